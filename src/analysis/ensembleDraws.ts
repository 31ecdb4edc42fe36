/**
 * The parameter vectors of individual draws, computed the way the ensemble computes them:
 * for reproducing a draw (an invariant failure names its index and seed), for tests, and
 * for analyses that need the inputs behind a draw. With rank correlations a draw depends on
 * its whole block (Iman–Conover re-orders values within it), so the run's draw count matters
 * for the last, possibly shorter, block; without correlations it does not.
 */
import { N_PARAMS } from '../core/index.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import { buildPlan } from './ensemblePlan.ts';
import { ImanConover } from './imanConover.ts';
import { applyRanges } from './rangeRemap.ts';
import { DrawRandom } from './rng.ts';
import { ParamSampler } from './sampler.ts';

export interface RunIdentity {
  readonly draws: number;
  readonly seed: number;
}

/**
 * Parameter vectors of every draw of block `block`, per scenario: a row-major matrix
 * (draw block·BLOCK_SIZE + d in row d) with the scenario's pinned and fixed values in place.
 */
export function blockParameters(
  resolved: readonly ResolvedScenario[],
  run: RunIdentity,
  block: number,
): Float64Array[] {
  const plan = buildPlan(resolved, { draws: run.draws, seed: run.seed, workers: 1 });
  if (!Number.isInteger(block) || block < 0 || block >= plan.nBlocks) {
    throw new RangeError(`block must be an integer in 0…${plan.nBlocks - 1}, got ${block}`);
  }
  const first = block * plan.blockSize;
  const n = Math.min(plan.blockSize, plan.draws - first);
  const matrix = new Float64Array(n * N_PARAMS);
  const rng = new DrawRandom();
  new ParamSampler().sampleBlock(rng, plan.seed, first, n, matrix);
  if (plan.correlations)
    new ImanConover(plan.correlations, n).apply(matrix, N_PARAMS, n, rng, plan.seed, block);
  return plan.scenarios.map((sc) => {
    const own = Float64Array.from(matrix);
    for (let d = 0; d < n; d++) {
      for (const slot of sc.keptSlots) own[d * N_PARAMS + slot] = sc.params[slot];
      applyRanges(sc.ranges, own, d * N_PARAMS);
    }
    return own;
  });
}

/** Draw `drawIndex`'s parameter vector in each scenario of a run. */
export function drawParameters(
  resolved: readonly ResolvedScenario[],
  run: RunIdentity,
  drawIndex: number,
): Float64Array[] {
  if (!Number.isSafeInteger(drawIndex) || drawIndex < 0 || drawIndex >= run.draws) {
    throw new RangeError(`draw index must be an integer in 0…${run.draws - 1}, got ${drawIndex}`);
  }
  const blockSize = buildPlan(resolved, { ...run, workers: 1 }).blockSize;
  const block = Math.floor(drawIndex / blockSize);
  const row = (drawIndex - block * blockSize) * N_PARAMS;
  return blockParameters(resolved, run, block).map((m) => m.slice(row, row + N_PARAMS));
}
