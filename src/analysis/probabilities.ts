/**
 * Probabilities of the 2028 outcomes over the Monte Carlo draws, from each draw's US lead at
 * 2028-12 (the outcomes and their thresholds are outcomes.ts's table).
 * Each p is the fraction of draws, with its Monte Carlo standard error √(p(1−p)/n).
 */
import { isOutcome, OUTCOME_NAMES } from './outcomes.ts';
import type { OutcomeProbabilities, Probability } from './results.ts';

export { isOutcome, OUTCOME_NAMES, type OutcomeName } from './outcomes.ts';

/** A fraction k/n with its binomial standard error √(p(1−p)/n). */
export function probability(count: number, n: number): Probability {
  const p = count / n;
  return { p, se: Math.sqrt((p * (1 - p)) / n) };
}

/**
 * The outcome probabilities from each draw's lead at 2028-12. When the horizon ends
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
