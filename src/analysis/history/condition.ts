/**
 * Conditioning on history by importance weighting. Each draw i of a run gets the weight
 *
 *   w_i ∝ L_i = exp(ℓ_i),   ℓ_i = Σ_k −z_ik² / 2   (likelihood.ts, error model in errorModel.ts)
 *
 * of the observations given the history that draw's parameters produce. Prior quantities are
 * the equal-weight shares of the draws; posterior ones are the w-weighted shares. The
 * effective sample size ESS = (Σw)²/Σw² says how many equally weighted draws the posterior is
 * worth; below ESS_FLOOR its probabilities rest on too few draws (their standard error
 * √(p(1−p)/ESS) exceeds ~5 points at p = 0.5) and the result is flagged as degenerate.
 *
 * Weights depend only on each draw's index and parameters, and every sum runs in draw order,
 * so the result is bit-identical for any number of workers.
 */
import type { ResolvedScenario } from '../../scenario/index.ts';
import type { RunIdentity } from '../ensembleDraws.ts';
import type { ScenarioEnsemble } from '../ensembleTypes.ts';
import { isOutcome, OUTCOME_NAMES, type OutcomeName } from '../probabilities.ts';
import { observationsWithin, observationValuesByDraw } from './historyDraws.ts';
import { drawLogLikelihoods } from './likelihood.ts';
import { isIndependent, type Observation } from './observations.ts';
import type { QuantityName } from './quantities.ts';
import { effectiveSampleSize, normalizeLogWeights, weightedQuantiles, weightedShare } from './weighted.ts';

/** Below this effective sample size the weighted results are flagged as degenerate [draws]. */
export const ESS_FLOOR = 100;

export interface WeightedProbability {
  readonly p: number;
  /** √(p(1−p)/n), with n = draws (prior) or ESS (posterior). */
  readonly se: number;
}

export interface WeightedSummary {
  readonly probabilities: Readonly<Record<OutcomeName, WeightedProbability>>;
  /** Lead at 2028-12: weighted 10th, 50th and 90th percentiles (type 1, weighted.ts) [months]. */
  readonly lead2028: { readonly p10: number; readonly p50: number; readonly p90: number };
}

export interface HistoryWeights {
  /** Normalised weights, one per draw (sum 1). */
  readonly weights: Float64Array;
  readonly logLikelihoods: Float64Array;
  readonly ess: number;
  /** Observations used (inside the scenario's horizon). */
  readonly observations: readonly Observation[];
  /** The ESS each quantity's observations would give alone: which measurements narrow the draws most. */
  readonly essByQuantity: Readonly<Partial<Record<QuantityName, number>>>;
}

export interface ConditionedScenario extends WeightsReport {
  readonly scenario: string;
  readonly draws: number;
  /** The scenario's raceThresholdMonths (a race too close to test carefully: |lead| below it). */
  readonly raceThresholdMonths: number;
  readonly prior: WeightedSummary;
  readonly posterior: WeightedSummary;
}

/** The history weights of every draw of scenario `scenarioIndex`. */
export function historyWeights(
  resolved: readonly ResolvedScenario[],
  run: RunIdentity,
  scenarioIndex: number,
  observations: readonly Observation[],
): HistoryWeights {
  const used = observationsWithin(observations, resolved[scenarioIndex].nMonths);
  const values = observationValuesByDraw(resolved, run, scenarioIndex, used);
  const logLikelihoods = drawLogLikelihoods(values, used, run.draws);
  const weights = normalizeLogWeights(logLikelihoods);
  const essByQuantity: Partial<Record<QuantityName, number>> = {};
  for (const quantity of new Set(used.map((o) => o.quantity))) {
    const k = used.length;
    const columns = used.flatMap((o, j) => (o.quantity === quantity ? [j] : []));
    const sub = new Float64Array(run.draws * columns.length);
    for (let i = 0; i < run.draws; i++)
      columns.forEach((j, c) => {
        sub[i * columns.length + c] = values[i * k + j];
      });
    const own = columns.map((j) => used[j]);
    essByQuantity[quantity] = effectiveSampleSize(
      normalizeLogWeights(drawLogLikelihoods(sub, own, run.draws)),
    );
  }
  return { weights, logLikelihoods, ess: effectiveSampleSize(weights), observations: used, essByQuantity };
}

/** Prior and posterior summaries of one scenario's ensemble under the given weights. */
export function weightedSummary(
  leadAt2028Dec: Float64Array,
  weights: Float64Array,
  raceThresholdMonths: number,
  n: number,
): WeightedSummary {
  const probabilities = {} as Record<OutcomeName, WeightedProbability>;
  for (const outcome of OUTCOME_NAMES) {
    const p = weightedShare(leadAt2028Dec, weights, (lead) => isOutcome(outcome, lead, raceThresholdMonths));
    probabilities[outcome] = { p, se: Math.sqrt((p * (1 - p)) / n) };
  }
  const [p10, p50, p90] = weightedQuantiles(leadAt2028Dec, weights, [0.1, 0.5, 0.9]);
  return { probabilities, lead2028: { p10, p50, p90 } };
}

/** Conditions each scenario's ensemble on history (ensembles[i] from resolved[i], same run). */
export function conditionOnHistory(
  resolved: readonly ResolvedScenario[],
  run: RunIdentity,
  ensembles: readonly ScenarioEnsemble[],
  observations: readonly Observation[],
): ConditionedScenario[] {
  return ensembles.map((ensemble, i) => {
    const h = historyWeights(resolved, run, i, observations);
    return conditionedScenario(ensemble, h);
  });
}

/** What the weights rest on: observations used, ESS against its floor, ESS per quantity. */
export interface WeightsReport {
  readonly observationsUsed: number;
  /** Of those, how many share no fact with the model's inputs. */
  readonly independentObservations: number;
  readonly ess: number;
  readonly essFloor: number;
  /** ESS < essFloor: the weights rest on too few draws. */
  readonly degenerate: boolean;
  /** The ESS of each quantity's observations alone. */
  readonly essByQuantity: Readonly<Partial<Record<QuantityName, number>>>;
}

function weightsReport(h: HistoryWeights): WeightsReport {
  return {
    observationsUsed: h.observations.length,
    independentObservations: h.observations.filter(isIndependent).length,
    ess: h.ess,
    essFloor: ESS_FLOOR,
    degenerate: h.ess < ESS_FLOOR,
    essByQuantity: h.essByQuantity,
  };
}

/** Prior vs posterior for one ensemble and its history weights. */
export function conditionedScenario(ensemble: ScenarioEnsemble, h: HistoryWeights): ConditionedScenario {
  const n = ensemble.leadAt2028Dec.length;
  const equal = new Float64Array(n).fill(1 / n);
  return {
    scenario: ensemble.scenario,
    draws: n,
    raceThresholdMonths: ensemble.raceThresholdMonths,
    ...weightsReport(h),
    prior: weightedSummary(ensemble.leadAt2028Dec, equal, ensemble.raceThresholdMonths, n),
    posterior: weightedSummary(ensemble.leadAt2028Dec, h.weights, ensemble.raceThresholdMonths, h.ess),
  };
}

export interface ConditionedComparison extends WeightsReport {
  readonly a: string;
  readonly b: string;
  readonly draws: number;
  readonly raceThresholdMonths: { readonly a: number; readonly b: number };
  /** Weights come from scenario b's history (the reference; before policyStart it is a's too). */
  readonly weightsFrom: string;
  readonly prior: ComparisonSummary;
  readonly posterior: ComparisonSummary;
}

export interface ComparisonSummary {
  readonly a: WeightedSummary;
  readonly b: WeightedSummary;
  /** Lead at 2028-12, a minus b, paired by draw: weighted 10th, 50th, 90th percentiles [months]. */
  readonly leadDifference: { readonly p10: number; readonly p50: number; readonly p90: number };
  /** Weighted share of draws in which a's lead exceeds b's. */
  readonly probabilityALeadsMore: WeightedProbability;
}

/** Paired comparison of two ensembles of one run, prior and conditioned on history. */
export function conditionComparison(
  resolved: readonly ResolvedScenario[],
  run: RunIdentity,
  ea: ScenarioEnsemble,
  eb: ScenarioEnsemble,
  observations: readonly Observation[],
): ConditionedComparison {
  const h = historyWeights(resolved, run, 1, observations);
  const n = ea.leadAt2028Dec.length;
  const difference = new Float64Array(n);
  for (let i = 0; i < n; i++) difference[i] = ea.leadAt2028Dec[i] - eb.leadAt2028Dec[i];
  const summary = (weights: Float64Array, size: number): ComparisonSummary => {
    const [p10, p50, p90] = weightedQuantiles(difference, weights, [0.1, 0.5, 0.9]);
    const p = weightedShare(difference, weights, (d) => d > 0);
    return {
      a: weightedSummary(ea.leadAt2028Dec, weights, ea.raceThresholdMonths, size),
      b: weightedSummary(eb.leadAt2028Dec, weights, eb.raceThresholdMonths, size),
      leadDifference: { p10, p50, p90 },
      probabilityALeadsMore: { p, se: Math.sqrt((p * (1 - p)) / size) },
    };
  };
  return {
    a: ea.scenario,
    b: eb.scenario,
    draws: n,
    raceThresholdMonths: { a: ea.raceThresholdMonths, b: eb.raceThresholdMonths },
    weightsFrom: eb.scenario,
    ...weightsReport(h),
    prior: summary(new Float64Array(n).fill(1 / n), n),
    posterior: summary(h.weights, h.ess),
  };
}
