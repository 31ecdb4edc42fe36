/**
 * Runs the engine on given parameter rows and keeps one output per row — the evaluation step of
 * a sensitivity analysis. An evaluator is injected, so the same analysis runs in this thread,
 * in worker threads or in Web Workers; every row's output depends on that row alone, so the
 * results do not depend on which evaluator ran them or how rows were split.
 */
import { createWorkspace, extentFor, N_PARAMS, simulate } from '../../core/index.ts';
import type { ResolvedScenario } from '../../scenario/scenario.ts';
import { readOutput, type SensitivityOutput } from './sensitivityOutput.ts';

export interface RowEvaluator {
  /**
   * Rows it prefers per call: few for this thread (memory), many for a pool of workers (each
   * call may start one).
   */
  readonly chunkRows: number;
  /** Outputs of rows 0 … nRows − 1 of `rows` (row-major, N_PARAMS values a row). */
  evaluate(rows: Float64Array, nRows: number): Promise<Float64Array>;
  /** Releases threads or other resources. */
  close(): Promise<void>;
}

/** Makes the evaluator of one scenario and output. */
export type RowEvaluatorFactory = (resolved: ResolvedScenario, output: SensitivityOutput) => RowEvaluator;

/** Evaluates rows synchronously in this thread, with one preallocated workspace. */
export function evaluateRowsInto(
  resolved: ResolvedScenario,
  output: SensitivityOutput,
  rows: Float64Array,
  nRows: number,
  out: Float64Array,
): void {
  const ws = createWorkspace(resolved.nMonths);
  const row = new Float64Array(N_PARAMS);
  const extent = extentFor([output.kind === 'series' ? output.series : 'leadMonths']);
  for (let r = 0; r < nRows; r++) {
    for (let i = 0; i < N_PARAMS; i++) row[i] = rows[r * N_PARAMS + i];
    simulate(row, resolved.schedule, ws, extent);
    out[r] = readOutput(output, ws);
  }
}

/** The in-process evaluator (the default). */
export const inProcessEvaluator: RowEvaluatorFactory = (resolved, output) => ({
  chunkRows: 8192,
  evaluate: (rows, nRows) => {
    const out = new Float64Array(nRows);
    evaluateRowsInto(resolved, output, rows, nRows, out);
    return Promise.resolve(out);
  },
  close: () => Promise.resolve(),
});
