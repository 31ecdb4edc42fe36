/**
 * Exact summaries of a small run read straight from the pilot (the explorer's first estimate).
 *
 * runEnsemble (ensemble.ts) first simulates the first PILOT_DRAWS draws of block 0 and keeps
 * every value, column by column, to place its sketch grids. For draws ≤ PILOT_DRAWS the pilot
 * therefore holds every value of every draw, and each column's quantiles are order statistics
 * of n values in memory: sort, then the same type-7 rule (quantiles.ts). This skips the
 * sketch's counters and the counting and collecting passes, whose fixed cost — about a
 * thousand bins for each of 3,840 columns a scenario, located, merged and cleared — is many
 * times the simulation's at a hundred draws (docs/PERFORMANCE.md, "The explorer").
 *
 * Same draws as runEnsemble (one BlockEngine, the same plan: seed, rank correlations, ranges,
 * pinned parameters, invariant checks); the quantiles are the same order statistics, so the
 * result equals runEnsemble's for the same draws and seed, up to PILOT_ENSEMBLE_MAX_DRAWS draws
 * (test/analysis/pilotEnsemble.test.ts). The means sum each column in draw order.
 */
import { P, SERIES_NAMES, type SeriesName } from '../core/index.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import { BATCH_SIZE, BlockEngine } from './ensembleBlocks.ts';
import { buildPlan } from './ensemblePlan.ts';
import type { PlanScenario, ScenarioEnsemble } from './ensembleTypes.ts';
import { OUTCOME_MONTH } from './outcomes.ts';
import { outcomeProbabilities } from './probabilities.ts';
import { QUANTILE_KEYS, QUANTILE_LEVELS, quantileOfSorted } from './quantiles.ts';
import type { SeriesQuantiles } from './results.ts';

/**
 * Most draws pilotEnsemble takes: one batch of the kernel (≤ PILOT_DRAWS, so the pilot holds them
 * all). Within it the means agree with runEnsemble's to the bit (the test checks 100 and 250
 * draws); at 500 draws they differ in the last bits (the kernel's order of summing past a batch
 * is not this loop's; measured), while the quantiles still agree.
 */
export const PILOT_ENSEMBLE_MAX_DRAWS = BATCH_SIZE;

/** The ensembles of `draws` ≤ PILOT_ENSEMBLE_MAX_DRAWS draws of every scenario, from the pilot alone. */
export function pilotEnsemble(
  resolved: readonly ResolvedScenario[],
  opts: { readonly draws: number; readonly seed: number },
): ScenarioEnsemble[] {
  if (!(opts.draws <= PILOT_ENSEMBLE_MAX_DRAWS)) {
    throw new RangeError(`pilotEnsemble takes at most ${PILOT_ENSEMBLE_MAX_DRAWS} draws, got ${opts.draws}`);
  }
  const plan = buildPlan(resolved, { draws: opts.draws, seed: opts.seed, workers: 1 });
  const engine = new BlockEngine(plan);
  return plan.scenarios.map((sc, s) => {
    const { values, n } = engine.pilot(s);
    const leads = leadsAt2028Dec(values, n, sc);
    return {
      scenario: sc.name,
      draws: plan.draws,
      seed: plan.seed,
      failedDraws: 0,
      quantileMethod: 'exact',
      firstMonth: sc.firstMonth,
      nMonths: sc.nMonths,
      quantiles: summarizePilot(values, n, sc.nShown),
      raceThresholdMonths: sc.params[P.raceThresholdMonths],
      probabilities: outcomeProbabilities(leads, sc.params[P.raceThresholdMonths]),
      leadAt2028Dec: leads,
      perDraw: new Float64Array(0),
    };
  });
}

/** Each draw's lead at 2028-12 from the pilot's leadMonths column (NaN when the horizon ends earlier). */
function leadsAt2028Dec(values: Float64Array, n: number, sc: PlanScenario): Float64Array {
  const leads = new Float64Array(n).fill(Number.NaN);
  if (sc.nMonths <= OUTCOME_MONTH) return leads;
  if (OUTCOME_MONTH < sc.firstMonth) {
    throw new RangeError(`pilotEnsemble: scenario '${sc.name}' starts after 2028-12; use runEnsemble`);
  }
  const c = SERIES_NAMES.indexOf('leadMonths') * sc.nShown + (OUTCOME_MONTH - sc.firstMonth);
  leads.set(values.subarray(c * n, c * n + n));
  return leads;
}

/** Type-7 quantiles and means of every column (column-major values, n a column), per series. */
function summarizePilot(
  values: Float64Array,
  n: number,
  nShown: number,
): Record<SeriesName, SeriesQuantiles> {
  const out = {} as Record<SeriesName, SeriesQuantiles>;
  const sorted = new Float64Array(n);
  for (let s = 0; s < SERIES_NAMES.length; s++) {
    const q: SeriesQuantiles = { p5: [], p10: [], p50: [], p90: [], p95: [], mean: [] };
    for (let m = 0; m < nShown; m++) {
      const from = (s * nShown + m) * n;
      let sum = 0;
      for (let d = 0; d < n; d++) {
        sorted[d] = values[from + d];
        sum += sorted[d];
      }
      sorted.sort();
      for (let level = 0; level < QUANTILE_LEVELS.length; level++) {
        q[QUANTILE_KEYS[level]].push(quantileOfSorted(sorted, QUANTILE_LEVELS[level]));
      }
      q.mean.push(sum / n);
    }
    out[SERIES_NAMES[s]] = q;
  }
  return out;
}
