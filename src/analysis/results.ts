/**
 * The results document: what `leadline run --json` prints and `--out` writes as results.json,
 * and what `leadline report results.json` reads back. Plain JSON (numbers and strings).
 */

import type { SeriesName } from '../core/index.ts';

export const RESULTS_SCHEMA_VERSION = 1;

/** Per-month summary of one series over the Monte Carlo draws. */
export interface SeriesQuantiles {
  p5: number[];
  p10: number[];
  p50: number[];
  p90: number[];
  p95: number[];
  mean: number[];
}

export interface Probability {
  /** Fraction of draws with the outcome. */
  p: number;
  /** Monte Carlo standard error √(p(1−p)/n). */
  se: number;
}

/** Outcomes at 2028-12 (outcomes.ts); the first four partition the lead and add up to 1. */
export interface OutcomeProbabilities {
  /** US lead ≥ 12 months. */
  scenarioOne: Probability;
  /** 4 < US lead < 12 months. */
  between: Probability;
  /** |lead| ≤ 4 months. */
  scenarioTwo: Probability;
  /** PRC ahead by more than 4 months (lead < −4). */
  prcLead: Probability;
  /** |lead| < raceThresholdMonths (3 by default). */
  neckAndNeck: Probability;
}

/** The numbers of the main table for one scenario (central run, or medians when drawn). */
export interface RunSummary {
  leadMonths2026_05: number;
  leadMonths2027_12: number;
  leadMonths2028_12: number;
  /** Accessible compute at 2028-12 [H100e]. */
  computeUS2028_12: number;
  computeCN2028_12: number;
  computeRatio2028_12: number;
  /** Huawei annual output as a share of NVIDIA's [fraction]. */
  huaweiShareOfNvidia2026: number;
  huaweiShareOfNvidia2027: number;
  /** "YYYY-MM", or null when not before the horizon. */
  openWeightMythosMonth: string | null;
  /** The other fronts at 2028-12: share of firms using AI in production. */
  adoptionUS2028_12: number;
  adoptionCN2028_12: number;
  /** US share of third-country AI-stack deployment (the PRC's is 1 − this). */
  globalShareUS2028_12: number;
  /** Resilience index, ILLUSTRATIVE (no calibration target) [share of jobs per year]. */
  resilienceUS2028_12: number;
  resilienceCN2028_12: number;
  /** Lead less pre-deployment testing time at 2028-12 [months]. */
  safetyMarginMonths2028_12: number;
  /** Which 2028 world the lead lands in (outcomes.ts World): central run, or median when drawn. */
  verdict: 'scenario-one' | 'between' | 'scenario-two' | 'prc-lead';
  verdictText: string;
}

export interface RunResult {
  /** Scenario id (preset name or file stem). */
  scenario: string;
  title: string;
  /** Where the scenario came from, without any machine path: "preset:NAME" or "file:NAME.yaml". */
  source: string;
  /**
   * The resolved scenario in scenario-file form (every field explicit: levers with their timing,
   * pinned params, correlations, start/end, policyStart, rampMonths; the description left out).
   * It validates with the scenario schema; `leadline run --from-results` reruns it.
   */
  definition?: Record<string, unknown>;
  /** "YYYY-MM" for each month shown. */
  months: string[];
  /** Central-parameter run: one number per month per series. */
  series: Partial<Record<SeriesName, number[]>>;
  /** Units of every series in `series`. */
  units: Partial<Record<SeriesName, string>>;
  summary: RunSummary;
  /** The scenario's raceThresholdMonths: |lead| below it is a race too close to test carefully [months]. */
  raceThresholdMonths: number;
  /** Present when draws > 0. */
  quantiles?: Partial<Record<SeriesName, SeriesQuantiles>>;
  probabilities?: OutcomeProbabilities;
  draws: number;
  seed: number;
  failedDraws: number;
  /** Set when quantiles come from a mergeable sketch rather than exact order statistics. */
  quantileMethod?: 'exact' | 'sketch';
}

export interface CheckResult {
  id: string;
  description: string;
  /** Model value; null for a property check (PC7, PC8: it holds in every case tried or not; `detail` says what was measured). */
  value: number | null;
  /** [lo, hi]; null bounds are open. For properties, null. */
  target: [number | null, number | null] | null;
  pass: boolean;
  source: string;
  detail?: string;
}

export interface ResultsDocument {
  schemaVersion: number;
  leadlineVersion: string;
  draws: number;
  seed: number;
  runs: RunResult[];
  /** Paper checks at central parameters (the report shows them as a table). */
  checks?: CheckResult[];
}
