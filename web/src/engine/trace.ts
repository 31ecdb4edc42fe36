/**
 * Timing marks of a run, for the benchmark (bench/web.ts) and for profiling by hand: off unless
 * the page's address has `?trace` (the query, not the link's fragment). The coordinator worker
 * stamps its phases and sends them with its replies; the page adds its own and records all of
 * them as `performance.mark`s named `leadline:<phase>` (open the browser's Performance panel, or
 * read `performance.getEntriesByType('mark')`).
 *
 * A mark's time is milliseconds since the Unix epoch (performance.timeOrigin + performance.now()),
 * so marks from the page and from a worker, whose clocks start at different origins, line up.
 */

export interface TraceMark {
  /** The phase that ended, e.g. 'estimate:ensemble' (see docs/PERFORMANCE.md for the list). */
  readonly name: string;
  /** ms since the Unix epoch. */
  readonly atEpochMs: number;
}

export function epochNowMs(): number {
  return performance.timeOrigin + performance.now();
}

/** Collects marks when on; does nothing (and allocates nothing) when off. */
export class Trace {
  readonly marks: TraceMark[] = [];

  constructor(readonly on: boolean) {}

  mark(name: string): void {
    if (this.on) this.marks.push({ name, atEpochMs: epochNowMs() });
  }

  /** The marks so far, handed over (the list starts empty again). */
  take(): TraceMark[] {
    return this.marks.splice(0, this.marks.length);
  }
}

/** Whether this page was opened with `?trace`. */
export function traceRequested(search: string): boolean {
  return new URLSearchParams(search).has('trace');
}

/** Records marks (from any thread) as performance marks of this document. */
export function recordMarks(marks: readonly TraceMark[]): void {
  for (const m of marks) {
    performance.mark(`leadline:${m.name}`, { startTime: m.atEpochMs - performance.timeOrigin });
  }
}
