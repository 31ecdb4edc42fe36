/**
 * Probabilities of the paper's 2028 outcomes over the Monte Carlo draws, from each draw's US
 * lead at 2028-12 (thresholds from outcomes.ts, as defined in results.ts):
 *   Scenario One:   leadMonths ≥ 12      Scenario Two:   leadMonths ≤ 4
 *   neck-and-neck:  |leadMonths| < raceThresholdMonths (the scenario's parameter, 3 by default)
 * Each p is the fraction of draws, with its Monte Carlo standard error √(p(1−p)/n).
 */
import { SCENARIO_ONE_MIN_LEAD_MONTHS, SCENARIO_TWO_MAX_LEAD_MONTHS } from './outcomes.ts';
import type { OutcomeProbabilities, Probability } from './results.ts';

export const OUTCOME_NAMES = ['scenarioOne', 'scenarioTwo', 'neckAndNeck'] as const;
export type OutcomeName = (typeof OUTCOME_NAMES)[number];

/**
 * Whether a lead at 2028-12 [months] counts as the outcome. `raceThresholdMonths` is the
 * scenario's parameter of that name, the same one its neckAndNeck series uses.
 */
export function isOutcome(outcome: OutcomeName, leadMonths: number, raceThresholdMonths: number): boolean {
  switch (outcome) {
    case 'scenarioOne':
      return leadMonths >= SCENARIO_ONE_MIN_LEAD_MONTHS;
    case 'scenarioTwo':
      return leadMonths <= SCENARIO_TWO_MAX_LEAD_MONTHS;
    case 'neckAndNeck':
      return Math.abs(leadMonths) < raceThresholdMonths;
  }
}

/** A fraction k/n with its binomial standard error √(p(1−p)/n). */
export function probability(count: number, n: number): Probability {
  const p = count / n;
  return { p, se: Math.sqrt((p * (1 - p)) / n) };
}

/**
 * The three outcome probabilities from each draw's lead at 2028-12. When the horizon ends
 * before 2028-12 the leads are NaN and so are p and se (the outcomes are undefined).
 */
export function outcomeProbabilities(
  leadAt2028Dec: Float64Array,
  raceThresholdMonths: number,
): OutcomeProbabilities {
  const n = leadAt2028Dec.length;
  const out = {} as OutcomeProbabilities;
  for (const outcome of OUTCOME_NAMES) {
    let count = 0;
    let undefinedLeads = 0;
    for (let i = 0; i < n; i++) {
      const lead = leadAt2028Dec[i];
      if (Number.isNaN(lead)) undefinedLeads++;
      else if (isOutcome(outcome, lead, raceThresholdMonths)) count++;
    }
    out[outcome] = undefinedLeads > 0 ? { p: Number.NaN, se: Number.NaN } : probability(count, n);
  }
  return out;
}
