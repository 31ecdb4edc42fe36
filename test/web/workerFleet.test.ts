import { describe, expect, it } from 'vitest';
import { ensembleService } from '../../src/analysis/ensembleService.ts';
import type { WorkerReply, WorkerRequest } from '../../src/analysis/ensembleWorkerProtocol.ts';
import { runEnsemble, type ScenarioEnsemble } from '../../src/analysis/index.ts';
import { loadPreset, resolveScenario } from '../../src/scenario/index.ts';
import { expectsReply, type FleetWorker, WorkerFleet } from '../../web/src/engine/workerFleet.ts';

/**
 * A stand-in for a Web Worker: the library's worker service, with messages delivered in order
 * on later turns of the event loop (as a worker's are), structured-cloned both ways.
 */
class FakeWorker implements FleetWorker {
  static started = 0;
  terminated = false;
  handled = 0;
  private readonly listeners: Array<(event: MessageEvent<WorkerReply>) => void> = [];
  private readonly serve = ensembleService((reply) => {
    setTimeout(() => {
      if (this.terminated) return;
      for (const l of this.listeners) l({ data: structuredClone(reply) } as MessageEvent<WorkerReply>);
    }, 0);
  });

  constructor() {
    FakeWorker.started++;
  }

  postMessage(message: WorkerRequest): void {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (this.terminated) return;
      this.handled++;
      this.serve(copy);
    }, 0);
  }

  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerReply>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  addEventListener(type: 'messageerror', listener: (event: MessageEvent) => void): void;
  addEventListener(
    type: string,
    listener: ((event: MessageEvent<WorkerReply>) => void) | ((event: ErrorEvent) => void),
  ): void {
    // errors are not simulated
    if (type === 'message') this.listeners.push(listener as (event: MessageEvent<WorkerReply>) => void);
  }

  terminate(): void {
    this.terminated = true;
  }
}

const scenarios = (...names: ('baseline' | 'scenario-one' | 'scenario-two')[]) =>
  names.map((n) => resolveScenario(loadPreset(n)));

function sameBits(a: readonly ScenarioEnsemble[], b: readonly ScenarioEnsemble[]): void {
  expect(a.length).toBe(b.length);
  for (let s = 0; s < a.length; s++) {
    expect(Buffer.from(a[s].leadAt2028Dec.buffer).equals(Buffer.from(b[s].leadAt2028Dec.buffer))).toBe(true);
    expect(a[s].quantiles).toEqual(b[s].quantiles);
    expect(a[s].probabilities).toEqual(b[s].probabilities);
  }
}

describe('WorkerFleet', () => {
  it('expectsReply(request): the requests the worker answers once each', () => {
    expect(expectsReply({ type: 'count', block: 0 })).toBe(true);
    expect(expectsReply({ type: 'collect', block: 1 })).toBe(true);
    expect(expectsReply({ type: 'finish', pass: 'count' })).toBe(true);
    expect(expectsReply({ type: 'evaluate', block: 0, rows: null })).toBe(true);
    expect(expectsReply({ type: 'grids', grids: [] })).toBe(false);
    expect(expectsReply({ type: 'targets', targets: [] })).toBe(false);
  });

  it('reuses its workers from run to run, and a run on them equals one in this thread, bit for bit', async () => {
    FakeWorker.started = 0;
    const fleet = new WorkerFleet(() => new FakeWorker());
    fleet.warm(2);
    expect(FakeWorker.started).toBe(2);
    const opts = { draws: 1200, seed: 3 };
    const local = await runEnsemble(scenarios('baseline', 'scenario-one'), { ...opts, workers: 1 });
    for (let round = 0; round < 2; round++) {
      const pooled = await runEnsemble(scenarios('baseline', 'scenario-one'), {
        ...opts,
        workers: 2,
        spawn: fleet.spawn,
      });
      sameBits(pooled, local);
    }
    expect(FakeWorker.started).toBe(2);
    expect(fleet.waiting).toEqual({ count: 2, busy: 0 });
  });

  it('a run cancelled with blocks in flight hands its workers back; the next run drops their old replies and gets its own numbers', async () => {
    FakeWorker.started = 0;
    const fleet = new WorkerFleet(() => new FakeWorker());
    fleet.warm(2);
    const cancelled = runEnsemble(scenarios('scenario-two'), {
      draws: 3000,
      seed: 5,
      workers: 2,
      spawn: fleet.spawn,
      onProgress: () => {
        throw new Error('cancelled');
      },
    });
    await expect(cancelled).rejects.toThrow('cancelled');
    // a block was still being computed for the cancelled run
    expect(fleet.waiting.busy).toBeGreaterThan(0);
    const next = await runEnsemble(scenarios('baseline'), {
      draws: 2000,
      seed: 1,
      workers: 2,
      spawn: fleet.spawn,
    });
    const local = await runEnsemble(scenarios('baseline'), { draws: 2000, seed: 1, workers: 1 });
    sameBits(next, local);
    expect(FakeWorker.started).toBe(2);
  });

  it('a worker that replied with an error is terminated when handed back, not reused', async () => {
    const made: FakeWorker[] = [];
    const fleet = new WorkerFleet(() => {
      const w = new FakeWorker();
      made.push(w);
      return w;
    });
    fleet.warm(1);
    const link = fleet.spawn(0);
    const replies: WorkerReply[] = [];
    link.listen(
      (r) => replies.push(r),
      () => {},
    );
    // 'count' before 'init': the service answers with an error
    link.post({ type: 'count', block: 0 }, []);
    for (let i = 0; i < 500 && replies.length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(replies.map((r) => r.type)).toEqual(['error']);
    await link.terminate();
    expect(made[0].terminated).toBe(true);
    expect(fleet.waiting.count).toBe(0);
    fleet.spawn(0);
    expect(made.length).toBe(2);
  });
});
