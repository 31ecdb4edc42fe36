/**
 * Paired comparison of two scenarios run in the same ensemble. Draw i of A and draw i of B
 * share their parameters (common random numbers), so the differences d_i = lead_A,i − lead_B,i
 * at 2028-12 isolate the scenarios' policies from parameter uncertainty:
 *   - the distribution of d (type-7 quantiles and mean),
 *   - P(A's lead > B's) = #{d_i > 0}/n with standard error √(p(1−p)/n),
 *   - the change in each outcome probability, Δ = p_A − p_B, with its paired standard error
 *     sd(1_A,i − 1_B,i)/√n — smaller than the unpaired √(se_A² + se_B²) when outcomes move together.
 */
import type { ScenarioEnsemble } from './ensembleTypes.ts';
import { isOutcome, OUTCOME_NAMES, type OutcomeName } from './outcomes.ts';
import { probability } from './probabilities.ts';
import { type QuantileSummary, summarizeValues } from './quantiles.ts';
import type { Probability } from './results.ts';

export interface ProbabilityChange {
  /** p under A and under B. */
  readonly a: number;
  readonly b: number;
  /** a − b. */
  readonly delta: number;
  /** Paired Monte Carlo standard error of delta. */
  readonly se: number;
}

export interface EnsembleComparison {
  readonly a: string;
  readonly b: string;
  readonly draws: number;
  readonly seed: number;
  /** Quantiles and mean of lead_A − lead_B at 2028-12 [months] over the paired draws. */
  readonly leadDifferenceAt2028Dec: QuantileSummary;
  /** P(lead_A > lead_B at 2028-12). */
  readonly probabilityALeadsMore: Probability;
  readonly probabilityChange: Record<OutcomeName, ProbabilityChange>;
  /** Each scenario's raceThresholdMonths (the neck-and-neck outcome's threshold) [months]. */
  readonly raceThresholdMonths: readonly [number, number];
}

/** Compares two ensembles of the same run (same draws and seed). */
export function compareEnsembles(a: ScenarioEnsemble, b: ScenarioEnsemble): EnsembleComparison {
  if (a.draws !== b.draws || a.seed !== b.seed || a.leadAt2028Dec.length !== b.leadAt2028Dec.length) {
    throw new Error(
      `compareEnsembles: '${a.scenario}' (${a.draws} draws, seed ${a.seed}) and '${b.scenario}' ` +
        `(${b.draws} draws, seed ${b.seed}) are not paired: run them in one ensemble`,
    );
  }
  const n = a.draws;
  const difference = new Float64Array(n);
  let aAhead = 0;
  for (let i = 0; i < n; i++) {
    difference[i] = a.leadAt2028Dec[i] - b.leadAt2028Dec[i];
    if (difference[i] > 0) aAhead++;
  }
  const probabilityChange = {} as Record<OutcomeName, ProbabilityChange>;
  for (const outcome of OUTCOME_NAMES) probabilityChange[outcome] = pairedChange(outcome, a, b);
  return {
    a: a.scenario,
    b: b.scenario,
    draws: n,
    seed: a.seed,
    leadDifferenceAt2028Dec: summarizeValues(difference),
    probabilityALeadsMore: probability(aAhead, n),
    probabilityChange,
    raceThresholdMonths: [a.raceThresholdMonths, b.raceThresholdMonths],
  };
}

/** Each scenario's outcome by its own thresholds (raceThresholdMonths may be pinned differently). */
function pairedChange(outcome: OutcomeName, a: ScenarioEnsemble, b: ScenarioEnsemble): ProbabilityChange {
  const leadA = a.leadAt2028Dec;
  const leadB = b.leadAt2028Dec;
  const n = leadA.length;
  let countA = 0;
  let countB = 0;
  let sumSq = 0; // Σ (1_A − 1_B)², each term 0 or 1
  for (let i = 0; i < n; i++) {
    const inA = isOutcome(outcome, leadA[i], a.raceThresholdMonths) ? 1 : 0;
    const inB = isOutcome(outcome, leadB[i], b.raceThresholdMonths) ? 1 : 0;
    countA += inA;
    countB += inB;
    sumSq += (inA - inB) * (inA - inB);
  }
  const pa = countA / n;
  const pb = countB / n;
  const delta = pa - pb;
  const variance = sumSq / n - delta * delta;
  return { a: pa, b: pb, delta, se: Math.sqrt(Math.max(0, variance) / n) };
}
