/**
 * Sensitivity rows run by the per-draw evaluation API (evaluateDraws.ts): in the calling thread,
 * or on `workers` workers started by `spawn` (nodeWorkers from 'leadline/node' in Node,
 * webWorkers(…) in a browser). The API checks each run like an ensemble draw and hands the
 * values back in row order, so the outputs do not depend on the number of workers.
 */
import { monthLabel, N_PARAMS } from '../../core/index.ts';
import type { DrawOutput } from '../drawOutputs.ts';
import { drawValues } from '../evaluateDraws.ts';
import { isOutcome, OUTCOME_MONTH } from '../outcomes.ts';
import type { SpawnWorker } from '../workerPool.ts';
import type { RowEvaluatorFactory } from './rowEvaluator.ts';
import type { SensitivityOutput } from './sensitivityOutput.ts';

/** Rows per call with workers: a pool is started per call, so calls are few and large. */
const WORKER_CHUNK_ROWS = 100_000;
/** Rows per call in the calling thread. */
const LOCAL_CHUNK_ROWS = 8192;

/** The per-draw output the sensitivity output is read from. */
function drawOutputOf(output: SensitivityOutput): DrawOutput {
  return output.kind === 'series'
    ? { series: output.series, month: monthLabel(output.month) }
    : { series: 'leadMonths', month: monthLabel(OUTCOME_MONTH) };
}

export function drawValuesEvaluator(workers: number, spawn?: SpawnWorker): RowEvaluatorFactory {
  return (resolved, output) => {
    const outputs = [drawOutputOf(output)];
    return {
      chunkRows: workers >= 2 && spawn ? WORKER_CHUNK_ROWS : LOCAL_CHUNK_ROWS,
      evaluate: async (rows, nRows) => {
        const { values } = await drawValues(
          [resolved],
          { rows: rows.subarray(0, nRows * N_PARAMS) },
          {
            outputs,
            workers,
            spawn,
          },
        );
        const y = values[0];
        if (output.kind === 'scenarioOneWorld') {
          for (let i = 0; i < nRows; i++) y[i] = isOutcome('scenarioOne', y[i], Number.NaN) ? 1 : 0;
        }
        return y;
      },
      close: () => Promise.resolve(),
    };
  };
}
