/**
 * Paired runs: many schedules (lever settings) on the same parameter draws of one scenario, so
 * that differences between settings are differences of the levers, not of the draws. Draw d
 * has the parameter vector the ensemble gives draw d (same seed → same draws as `leadline run`),
 * and every schedule is simulated on it. Only the lead at the requested months is kept.
 *
 * Layout of a result: leads[s][k · n + d] — schedule s, requested month k, draw d, with
 * n = draws (or 1 at central parameters, draws = 0).
 *
 * The work is split in blocks of draws (the ensemble's blocks); `runPairedBlock` does one, so a
 * runner may deal blocks to threads or Web Workers. Results do not depend on how blocks are dealt.
 */
import { createWorkspace, monthLabel, N_PARAMS, simulate } from '../../core/index.ts';
import type { ResolvedScenario } from '../../scenario/index.ts';
import { blockParameters } from '../ensembleDraws.ts';
import { BLOCK_SIZE } from '../ensemblePlan.ts';
import { evaluateDraws } from '../evaluateDraws.ts';
import type { SpawnWorker } from '../workerPool.ts';

export interface PairedRequest {
  /** Parameters, pins, correlations and months of every run. */
  readonly base: ResolvedScenario;
  /** Schedules (channel-major, base.nMonths months each). */
  readonly schedules: readonly Float64Array[];
  /** Monte Carlo draws; 0 = central parameters only. */
  readonly draws: number;
  readonly seed: number;
  /** Month indices at which the lead is kept. */
  readonly months: readonly number[];
}

export type PairedLeads = Float64Array[];

/** Runs a request; `onProgress(done, total)` in draws. */
export type PairedRunner = (
  request: PairedRequest,
  onProgress?: (done: number, total: number) => void,
) => Promise<PairedLeads>;

/** Number of draws a request returns per schedule and month (1 at central parameters). */
export function drawsOf(request: PairedRequest): number {
  return request.draws === 0 ? 1 : request.draws;
}

/** Number of blocks of a request. */
export function blocksOf(request: PairedRequest): number {
  return request.draws === 0 ? 1 : Math.ceil(request.draws / BLOCK_SIZE);
}

function checkRequest(request: PairedRequest): void {
  const { base, schedules, draws, months } = request;
  if (!Number.isSafeInteger(draws) || draws < 0)
    throw new RangeError(`draws must be an integer ≥ 0, got ${draws}`);
  for (const schedule of schedules) {
    if (schedule.length % base.nMonths !== 0)
      throw new RangeError('every schedule must span the base scenario');
  }
  for (const m of months) {
    if (!Number.isInteger(m) || m < 0 || m >= base.nMonths) {
      throw new RangeError(`month ${m} is outside the scenario (0…${base.nMonths - 1})`);
    }
  }
}

/**
 * Block `block` of a request: leads[s][k · size + d] for the block's draws (size of them).
 * At central parameters (draws 0) the only block holds the central run.
 */
export function runPairedBlock(
  request: PairedRequest,
  block: number,
): { first: number; leads: Float64Array[] } {
  checkRequest(request);
  const { base, schedules, months } = request;
  const ws = createWorkspace(base.nMonths);
  let matrix: Float64Array;
  let size: number;
  let first = 0;
  if (request.draws === 0) {
    matrix = base.params;
    size = 1;
  } else {
    matrix = blockParameters([base], { draws: request.draws, seed: request.seed }, block)[0];
    size = matrix.length / N_PARAMS;
    first = block * BLOCK_SIZE;
  }
  const leads = schedules.map(() => new Float64Array(months.length * size));
  for (let d = 0; d < size; d++) {
    const params = matrix.subarray(d * N_PARAMS, (d + 1) * N_PARAMS);
    for (let s = 0; s < schedules.length; s++) {
      const lead = simulate(params, schedules[s], ws, 'lead').series.leadMonths; // only the lead is read;
      const out = leads[s];
      for (let k = 0; k < months.length; k++) out[k * size + d] = lead[months[k]];
    }
  }
  return { first, leads };
}

/** Copies a block's leads into the full result. */
export function placeBlock(
  request: PairedRequest,
  result: PairedLeads,
  block: { first: number; leads: Float64Array[] },
): void {
  const n = drawsOf(request);
  const months = request.months.length;
  block.leads.forEach((leads, s) => {
    const size = leads.length / months;
    for (let k = 0; k < months; k++)
      result[s].set(leads.subarray(k * size, (k + 1) * size), k * n + block.first);
  });
}

/** Runs every block in the calling thread (browser-safe). */
export const inProcessPairedRunner: PairedRunner = async (request, onProgress) => {
  checkRequest(request);
  const n = drawsOf(request);
  const result = request.schedules.map(() => new Float64Array(request.months.length * n));
  const blocks = blocksOf(request);
  for (let b = 0; b < blocks; b++) {
    placeBlock(request, result, runPairedBlock(request, b));
    onProgress?.(Math.min(n, (b + 1) * BLOCK_SIZE), n);
  }
  return result;
};

/** The drawn parameters of a scenario, one column per parameter slot (draw d in row d). */
export function drawnParameters(base: ResolvedScenario, draws: number, seed: number): Float64Array[] {
  const columns = Array.from({ length: N_PARAMS }, () => new Float64Array(draws));
  const blocks = Math.ceil(draws / BLOCK_SIZE);
  for (let b = 0; b < blocks; b++) {
    const matrix = blockParameters([base], { draws, seed }, b)[0];
    const size = matrix.length / N_PARAMS;
    for (let d = 0; d < size; d++) {
      for (let p = 0; p < N_PARAMS; p++) columns[p][b * BLOCK_SIZE + d] = matrix[d * N_PARAMS + p];
    }
  }
  return columns;
}

/**
 * Paired runs on the ensemble's per-draw evaluation (evaluateDraws.ts): each schedule is a
 * scenario of one evaluation, so the blocks of draws go to `workers` workers started by `spawn`
 * (Node worker threads or Web Workers). Draw i is the ensemble's draw i, as in the in-process
 * runner, so the results are the same whatever the number of workers. Central runs (draws 0)
 * stay in this thread.
 */
export function pooledPairedRunner(spawn: SpawnWorker, workers: number): PairedRunner {
  return async (request, onProgress) => {
    if (request.draws === 0 || workers < 2) return inProcessPairedRunner(request, onProgress);
    checkRequest(request);
    const resolved = request.schedules.map((schedule) => ({ ...request.base, schedule }));
    const outputs = request.months.map((m) => ({ series: 'leadMonths' as const, month: monthLabel(m) }));
    const n = request.draws;
    const k = outputs.length;
    const result = request.schedules.map(() => new Float64Array(k * n));
    await evaluateDraws(
      resolved,
      { draws: n, seed: request.seed },
      {
        outputs,
        workers,
        spawn,
        onBlock: (block) => {
          block.values.forEach((values, s) => {
            const out = result[s];
            for (let d = 0; d < block.n; d++) {
              for (let j = 0; j < k; j++) out[j * n + block.first + d] = values[d * k + j];
            }
          });
          onProgress?.(block.first + block.n, n);
        },
      },
    );
    return result;
  };
}
