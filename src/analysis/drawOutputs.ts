/**
 * Per-draw outputs: a series at a month, written `series@YYYY-MM` (e.g. `leadMonths@2028-12`).
 * A month before 2023-01 or an unknown series is an error. The low-level evaluator gives NaN
 * for a month past a scenario's horizon; the front ends (`run({perDraw})`, `leadline draws`)
 * refuse such a month first with `outputsBeyondHorizon`, so no blank or null is published.
 */
import { monthLabel, parseMonth, SERIES_NAMES, type SeriesName } from '../core/index.ts';
import type { InputIssue, ResolvedScenario } from '../scenario/index.ts';

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

/**
 * One issue per (output, scenario) whose month lies past that scenario's last month (`end`):
 * its value would be undefined. `where` names the option or field the outputs came from.
 */
export function outputsBeyondHorizon(
  resolved: readonly ResolvedScenario[],
  outputs: readonly DrawOutput[],
  where: string,
): InputIssue[] {
  return outputs.flatMap((output) =>
    resolved.flatMap((r) =>
      parseMonth(output.month) < r.nMonths
        ? []
        : [
            {
              file: where,
              path: [],
              expected: `a month up to scenario ${JSON.stringify(r.scenario.name)}'s end, ${r.scenario.end}`,
              found: JSON.stringify(drawOutputLabel(output)),
            },
          ],
    ),
  );
}
