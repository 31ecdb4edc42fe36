/**
 * Paired comparison of two scenarios run in the same ensemble. Draw i of A and draw i of B
 * share their parameters (common random numbers), so the differences d_i = lead_A,i − lead_B,i
 * at 2028-12 isolate the scenarios' policies from parameter uncertainty:
 *   - the distribution of d (type-7 quantiles and mean),
 *   - P(A's lead > B's) = #{d_i > 0}/n with standard error √(p(1−p)/n),
 *   - the change in each outcome probability, Δ = p_A − p_B, with its paired standard error
 *     sd(1_A,i − 1_B,i)/√n — smaller than the unpaired √(se_A² + se_B²) when outcomes move together;
 *   - for each of COMPARED_OUTPUTS (the four fronts and compute at 2028-12), the distribution of
 *     the per-draw difference x_A,i − x_B,i, when the ensembles kept those values per draw
 *     (EnsembleOptions.perDraw = COMPARED_OUTPUTS). The median of the differences is not the
 *     difference of the medians.
 */
import { type DrawOutput, drawOutputLabel } from './drawOutputs.ts';
import type { ScenarioEnsemble } from './ensembleTypes.ts';
import { isOutcome, OUTCOME_MONTH_LABEL, OUTCOME_NAMES, type OutcomeName } from './outcomes.ts';
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

/** The values whose paired differences a comparison reports: the four fronts and compute at 2028-12. */
export const COMPARED_OUTPUTS: readonly DrawOutput[] = (
  [
    'leadMonths',
    'adoptionUS',
    'adoptionCN',
    'globalShareUS',
    'resilienceUS',
    'resilienceCN',
    'computeUS',
    'computeCN',
    'computeRatio',
  ] as const
).map((series) => ({ series, month: OUTCOME_MONTH_LABEL }));

/** The paired difference A − B of one output over the draws. */
export interface PairedDifference {
  /** "series@YYYY-MM". */
  readonly output: string;
  readonly series: DrawOutput['series'];
  readonly month: string;
  /** Quantiles and mean of x_A,i − x_B,i, in the series' unit. */
  readonly difference: QuantileSummary;
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
  /** Each scenario's raceThresholdMonths (the threshold of a race too close to test carefully) [months]. */
  readonly raceThresholdMonths: readonly [number, number];
  /** Paired differences of `outputs` (empty when none were given). */
  readonly differences: readonly PairedDifference[];
}

/**
 * Compares two ensembles of the same run (same draws and seed). `outputs` are the per-draw
 * outputs both ensembles kept (EnsembleOptions.perDraw, in that order): each gets its paired
 * difference.
 */
export function compareEnsembles(
  a: ScenarioEnsemble,
  b: ScenarioEnsemble,
  outputs: readonly DrawOutput[] = [],
): EnsembleComparison {
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
    differences: outputs.map((output, o) => pairedDifference(a, b, outputs.length, output, o)),
  };
}

/** Output o of k per-draw outputs: the summary of x_A,i − x_B,i over the draws. */
function pairedDifference(
  a: ScenarioEnsemble,
  b: ScenarioEnsemble,
  k: number,
  output: DrawOutput,
  o: number,
): PairedDifference {
  const n = a.draws;
  if (a.perDraw.length !== n * k || b.perDraw.length !== n * k) {
    throw new Error(
      `compareEnsembles: ${k} per-draw outputs asked for, but the ensembles kept ` +
        `${a.perDraw.length / n} and ${b.perDraw.length / n}: run them with perDraw set to the same outputs`,
    );
  }
  const difference = new Float64Array(n);
  for (let i = 0; i < n; i++) difference[i] = a.perDraw[i * k + o] - b.perDraw[i * k + o];
  return {
    output: drawOutputLabel(output),
    series: output.series,
    month: output.month,
    difference: summarizeValues(difference),
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
