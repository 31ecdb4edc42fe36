/**
 * Per-draw evaluation: the values of chosen outputs for every draw, streamed in blocks, without
 * the ensemble's summaries (no sketch, no quantiles, no WebAssembly kernel).
 *
 *   rows: the ensemble's sampled draws {draws, seed} — draw i is the ensemble's draw i, bit for
 *         bit, paired across scenarios — or given parameter rows {rows} (row-major, N_PARAMS a row)
 *   → blocks of BLOCK_SIZE rows, in the calling thread or on workers (`spawn`)
 *   → onBlock(block) in row order, awaited before more than a few blocks are computed ahead
 *
 * Results do not depend on the number of workers. Memory is constant in the number of rows.
 */
import { N_PARAMS } from '../core/index.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import { type DrawBlockResult, DrawEvaluator, type DrawPlan } from './drawEvaluator.ts';
import { type DrawOutput, outputColumns } from './drawOutputs.ts';
import { buildPlan } from './ensemblePlan.ts';
import { HostYield } from './hostYield.ts';
import { workerCount } from './workerCount.ts';
import { type SpawnWorker, WorkerPool } from './workerPool.ts';

/** The ensemble's draws 0 … draws − 1 of `seed`. */
export interface SampledRows {
  readonly draws: number;
  readonly seed: number;
}

/** Given parameter vectors, row-major (N_PARAMS values a row); each scenario's pins replace theirs. */
export interface GivenRows {
  readonly rows: Float64Array;
}

export interface EvaluateOptions {
  readonly outputs: readonly DrawOutput[];
  /** Also hand back the parameter vector each row ran with in each scenario. */
  readonly params?: boolean;
  /** ≤ 1: the calling thread; n ≥ 2: n workers started by `spawn`. */
  readonly workers?: number;
  readonly spawn?: SpawnWorker;
  /** Each block, in row order; a returned promise is awaited (backpressure). */
  onBlock(block: DrawBlock): void | Promise<void>;
}

export interface DrawBlock {
  /** Index of the block's first row (draw index). */
  readonly first: number;
  /** Rows in the block. */
  readonly n: number;
  /** Per scenario (in the order given): row-major n × outputs. */
  readonly values: readonly Float64Array[];
  /** Per scenario: row-major n × N_PARAMS, when `params` was asked for; else null. */
  readonly params: readonly Float64Array[] | null;
}

/** The plan of a per-draw evaluation (validates the rows and outputs). */
export function buildDrawPlan(
  resolved: readonly ResolvedScenario[],
  rows: SampledRows | GivenRows,
  outputs: readonly DrawOutput[],
  withParams: boolean,
): DrawPlan {
  const given = 'rows' in rows;
  const nRows = given ? rows.rows.length / N_PARAMS : rows.draws;
  if (given && !Number.isInteger(nRows)) {
    throw new RangeError(
      `rows must hold whole parameter vectors of ${N_PARAMS} values, got ${rows.rows.length}`,
    );
  }
  if (given && nRows === 0) throw new RangeError('rows must hold at least one parameter vector');
  const base = buildPlan(resolved, { draws: nRows, seed: given ? 0 : rows.seed, workers: 1 });
  const columns = outputColumns(outputs);
  return {
    draws: base.draws,
    seed: base.seed,
    blockSize: base.blockSize,
    nBlocks: base.nBlocks,
    scenarios: base.scenarios,
    correlations: given ? null : base.correlations,
    sampled: !given,
    outputSeries: columns.series,
    outputMonths: columns.months,
    withParams,
  };
}

/** Evaluates every row in every scenario and hands the values over block by block, in order. */
export async function evaluateDraws(
  resolved: readonly ResolvedScenario[],
  rows: SampledRows | GivenRows,
  options: EvaluateOptions,
): Promise<void> {
  const plan = buildDrawPlan(resolved, rows, options.outputs, options.params ?? false);
  const given = 'rows' in rows ? rows.rows : null;
  /** The given rows of a block: a copy to hand to a worker, or a view in this thread. */
  const rowsOf = (block: number, copy: boolean): Float64Array | null => {
    if (given === null) return null;
    const from = block * plan.blockSize * N_PARAMS;
    const to = Math.min(plan.draws, (block + 1) * plan.blockSize) * N_PARAMS;
    return copy ? given.slice(from, to) : given.subarray(from, to);
  };
  const toBlock = (block: number, result: DrawBlockResult): DrawBlock => ({
    first: block * plan.blockSize,
    n: Math.min(plan.blockSize, plan.draws - block * plan.blockSize),
    values: result.values,
    params: result.params,
  });
  const nWorkers = workerCount(options.workers, options.spawn, plan.nBlocks);
  if (options.spawn && nWorkers >= 2) {
    const pool = new WorkerPool(options.spawn, nWorkers, { type: 'initDraws', plan });
    try {
      await pool.run({
        nBlocks: plan.nBlocks,
        ordered: true,
        request: (block) => {
          const blockRows = rowsOf(block, true);
          return {
            request: { type: 'evaluate', block, rows: blockRows },
            transfer: blockRows ? [blockRows.buffer as ArrayBuffer] : [],
          };
        },
        onBlock: (block, reply) => {
          if (reply.type === 'evaluated') return options.onBlock(toBlock(block, reply.result));
        },
      });
    } finally {
      await pool.close();
    }
    return;
  }
  const evaluator = new DrawEvaluator(plan);
  const host = new HostYield();
  for (let block = 0; block < plan.nBlocks; block++) {
    await options.onBlock(toBlock(block, evaluator.evaluateBlock(block, rowsOf(block, false))));
    await host.maybe();
  }
}

/** All rows' values at once (for modest row counts): per scenario, row-major rows × outputs. */
export async function drawValues(
  resolved: readonly ResolvedScenario[],
  rows: SampledRows | GivenRows,
  options: Omit<EvaluateOptions, 'onBlock'>,
): Promise<{ values: Float64Array[]; params: Float64Array[] | null }> {
  const nRows = 'rows' in rows ? rows.rows.length / N_PARAMS : rows.draws;
  const nOut = options.outputs.length;
  const values = resolved.map(() => new Float64Array(nRows * nOut));
  const params = options.params ? resolved.map(() => new Float64Array(nRows * N_PARAMS)) : null;
  await evaluateDraws(resolved, rows, {
    ...options,
    onBlock: (block) => {
      for (let s = 0; s < values.length; s++) {
        values[s].set(block.values[s], block.first * nOut);
        if (params && block.params) params[s].set(block.params[s], block.first * N_PARAMS);
      }
    },
  });
  return { values, params };
}
