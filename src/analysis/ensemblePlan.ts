/**
 * The plan of a Monte Carlo run: draws cut into fixed blocks, the scenarios as the engine
 * needs them, and the rank correlations. Block b holds draws b·BLOCK_SIZE … (b+1)·BLOCK_SIZE − 1
 * whatever the number of workers, which is what makes results independent of it.
 */
import { N_PARAMS, SERIES_NAMES } from '../core/index.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import { planRunCorrelations } from './correlationCheck.ts';
import { outputColumns } from './drawOutputs.ts';
import type { EnsembleOptions, EnsemblePlan, PlanScenario } from './ensembleTypes.ts';
import type { RankCorrelationRequest } from './imanConover.ts';
import { compileRanges } from './rangeRemap.ts';
import { assertSeed } from './rng.ts';
import { ParamSampler } from './sampler.ts';

/** Draws per block: the unit of work, of rank correlation, and of the ordered sums. */
export const BLOCK_SIZE = 1000;
/** Up to this many draws quantiles are exact order statistics; above, they come from the sketch. */
export const EXACT_MAX_DRAWS = 100_000;

/** The quantile method of a run: as asked, or exact up to EXACT_MAX_DRAWS draws and sketched above. */
export function quantileMethodFor(draws: number, asked?: 'exact' | 'sketch'): 'exact' | 'sketch' {
  if (asked === 'exact' && draws > EXACT_MAX_DRAWS) {
    throw new RangeError(
      `exact quantiles are limited to ${EXACT_MAX_DRAWS} draws (memory); use the sketch for ${draws} draws`,
    );
  }
  return asked ?? (draws <= EXACT_MAX_DRAWS ? 'exact' : 'sketch');
}

/** The rank correlations of a run: the union over its scenarios (draws are shared by all). */
export function runCorrelations(resolved: readonly ResolvedScenario[]): RankCorrelationRequest[] {
  return resolved.flatMap((r) => r.scenario.correlations);
}

export function buildPlan(resolved: readonly ResolvedScenario[], opts: EnsembleOptions): EnsemblePlan {
  if (resolved.length === 0) throw new RangeError('runEnsemble needs at least one scenario');
  if (!Number.isSafeInteger(opts.draws) || opts.draws < 1) {
    throw new RangeError(`draws must be a positive integer, got ${opts.draws}`);
  }
  assertSeed(opts.seed);
  if (!Number.isInteger(opts.workers))
    throw new RangeError(`workers must be an integer, got ${opts.workers}`);
  const sampler = new ParamSampler();
  const scenarios = resolved.map((r) => planScenario(r, sampler));
  const correlations = planRunCorrelations(resolved, (slot) => sampler.drawn[slot] === 1);
  const perDraw = outputColumns(opts.perDraw ?? []);
  return {
    draws: opts.draws,
    seed: opts.seed,
    blockSize: BLOCK_SIZE,
    nBlocks: Math.ceil(opts.draws / BLOCK_SIZE),
    scenarios,
    correlations,
    perDrawSeries: perDraw.series,
    perDrawMonths: perDraw.months,
    plantNonFiniteDraw: opts.plantNonFiniteDraw ?? -1,
  };
}

function planScenario(r: ResolvedScenario, sampler: ParamSampler): PlanScenario {
  const name = r.scenario.name;
  if (r.params.length !== N_PARAMS)
    throw new RangeError(`scenario '${name}': params has ${r.params.length} values`);
  if (!(r.firstMonth >= 0 && r.firstMonth < r.nMonths)) {
    throw new RangeError(`scenario '${name}': first month ${r.firstMonth} is outside 0…${r.nMonths - 1}`);
  }
  const kept: number[] = [];
  const pinned: number[] = [];
  for (let i = 0; i < N_PARAMS; i++) {
    if (sampler.drawn[i] === 0 || r.pinned[i] === 1) kept.push(i);
    if (r.pinned[i] === 1) pinned.push(i);
  }
  const nShown = r.nMonths - r.firstMonth;
  return {
    name,
    nMonths: r.nMonths,
    firstMonth: r.firstMonth,
    nShown,
    nColumns: SERIES_NAMES.length * nShown,
    params: Float64Array.from(r.params),
    keptSlots: Int32Array.from(kept),
    pinnedSlots: Int32Array.from(pinned),
    ranges: compileRanges(r.scenario.ranges, r.params),
    schedule: Float64Array.from(r.schedule),
  };
}
