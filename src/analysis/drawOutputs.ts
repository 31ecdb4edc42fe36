/**
 * Per-draw outputs: a series at a month, written `series@YYYY-MM` (e.g. `leadMonths@2028-12`).
 * A month past a scenario's horizon gives NaN for that scenario (scenarios of a run may end at
 * different months); a month before 2023-01 or an unknown series is an error.
 */
import { monthLabel, parseMonth, SERIES_NAMES, type SeriesName } from '../core/index.ts';

export interface DrawOutput {
  readonly series: SeriesName;
  /** "YYYY-MM", from 2023-01. */
  readonly month: string;
}

/** `series@YYYY-MM`. */
export function drawOutputLabel(output: DrawOutput): string {
  return `${output.series}@${output.month}`;
}

/** Why `text` is not a per-draw output, or null. */
export function drawOutputProblem(text: string): string | null {
  const at = text.indexOf('@');
  if (at < 0) return 'series@YYYY-MM, e.g. leadMonths@2028-12';
  const series = text.slice(0, at);
  if (!(SERIES_NAMES as readonly string[]).includes(series)) {
    return `a series name before '@', one of ${SERIES_NAMES.join(', ')}`;
  }
  const month = parseMonth(text.slice(at + 1));
  if (!(month >= 0)) return `a month YYYY-MM from ${monthLabel(0)} after '@'`;
  return null;
}

/** Parses `series@YYYY-MM`; throws a RangeError naming what was expected. */
export function parseDrawOutput(text: string): DrawOutput {
  const problem = drawOutputProblem(text);
  if (problem !== null)
    throw new RangeError(`per-draw output: expected ${problem}, found ${JSON.stringify(text)}`);
  const at = text.indexOf('@');
  return { series: text.slice(0, at) as SeriesName, month: text.slice(at + 1) };
}

/** Series index (into SERIES_NAMES) and month index of every output. */
export function outputColumns(outputs: readonly DrawOutput[]): { series: Int32Array; months: Int32Array } {
  const series = new Int32Array(outputs.length);
  const months = new Int32Array(outputs.length);
  outputs.forEach((output, o) => {
    const label = drawOutputLabel(output);
    parseDrawOutput(label);
    series[o] = SERIES_NAMES.indexOf(output.series);
    months[o] = parseMonth(output.month);
  });
  return { series, months };
}
