/**
 * The 2028 outcomes: one table from which the probabilities, the verdicts, the terminal
 * table, the report, the charts and the JSON take their definitions and their words.
 *
 * Judged on the US lead L at 2028-12 [months] (spec §9, §10). The four worlds partition the
 * line, so their probabilities add up to 1 and every lead has a name that is true of it:
 *
 *   prcLead      L < −4          the PRC ahead by more than 4 months (its own outcome)
 *   scenarioTwo  −4 ≤ L ≤ 4      Scenario Two, "within a few months" (P10), read as ±4 months
 *   between      4 < L < 12      between the paper's two worlds
 *   scenarioOne  L ≥ 12          Scenario One, a US lead of 12 months or more (P08: 12–24)
 *
 * and, overlapping them, neckAndNeck: |L| < raceThresholdMonths, the scenario's own parameter
 * (3 by default), the same one its neckAndNeck series uses.
 */
import { monthIndex } from '../core/index.ts';
import { formatMonths, withMinus } from './format.ts';

export const OUTCOME_MONTH = monthIndex(2028, 12);
export const OUTCOME_MONTH_LABEL = '2028-12';
/** Lead at 2028-12 at or above which the run lands in Scenario One [months] (P08). */
export const SCENARIO_ONE_MIN_LEAD_MONTHS = 12;
/** The paper's upper end of Scenario One's lead [months] (P08); a longer lead is still Scenario One. */
export const SCENARIO_ONE_PAPER_MAX_LEAD_MONTHS = 24;
/** |lead| at 2028-12 at or below which the run lands in Scenario Two [months] (P10, spec PC6). */
export const SCENARIO_TWO_MAX_LEAD_MONTHS = 4;

/** The four worlds of the partition, in the order of the lead (most PRC-favourable first). */
export const WORLDS = ['prc-lead', 'scenario-two', 'between', 'scenario-one'] as const;
export type World = (typeof WORLDS)[number];

/** Outcome keys of the probabilities (results.ts OutcomeProbabilities), in table order. */
export const OUTCOME_NAMES = ['scenarioOne', 'between', 'scenarioTwo', 'prcLead', 'neckAndNeck'] as const;
export type OutcomeName = (typeof OUTCOME_NAMES)[number];

/** The world a lead at 2028-12 [months] lands in. */
export function worldOf(leadMonths2028: number): World {
  if (leadMonths2028 >= SCENARIO_ONE_MIN_LEAD_MONTHS) return 'scenario-one';
  if (leadMonths2028 > SCENARIO_TWO_MAX_LEAD_MONTHS) return 'between';
  if (leadMonths2028 >= -SCENARIO_TWO_MAX_LEAD_MONTHS) return 'scenario-two';
  return 'prc-lead';
}

/** The probability key of each world. */
export const WORLD_OUTCOME: Readonly<Record<World, Exclude<OutcomeName, 'neckAndNeck'>>> = {
  'scenario-one': 'scenarioOne',
  between: 'between',
  'scenario-two': 'scenarioTwo',
  'prc-lead': 'prcLead',
};

/**
 * Whether a lead at 2028-12 [months] counts as the outcome. `raceThresholdMonths` is the
 * scenario's parameter of that name.
 */
export function isOutcome(outcome: OutcomeName, leadMonths: number, raceThresholdMonths: number): boolean {
  switch (outcome) {
    case 'scenarioOne':
      return worldOf(leadMonths) === 'scenario-one';
    case 'between':
      return worldOf(leadMonths) === 'between';
    case 'scenarioTwo':
      return worldOf(leadMonths) === 'scenario-two';
    case 'prcLead':
      return worldOf(leadMonths) === 'prc-lead';
    case 'neckAndNeck':
      return Math.abs(leadMonths) < raceThresholdMonths;
  }
}

const ONE = SCENARIO_ONE_MIN_LEAD_MONTHS;
const TWO = SCENARIO_TWO_MAX_LEAD_MONTHS;

/** The outcome's name, as a reader sees it: "Scenario One world". */
export function outcomeName(outcome: OutcomeName): string {
  switch (outcome) {
    case 'scenarioOne':
      return 'Scenario One world';
    case 'between':
      return 'Between the two worlds';
    case 'scenarioTwo':
      return 'Scenario Two world';
    case 'prcLead':
      return 'PRC lead';
    case 'neckAndNeck':
      return 'Race too close to test carefully';
  }
}

/**
 * The outcome's condition on the lead, with the thresholds in force: "US lead ≥ 12 months",
 * "|lead| < 6 months" for a scenario that pins raceThresholdMonths at 6.
 */
export function outcomeCondition(
  outcome: OutcomeName,
  raceThresholdMonths: number | readonly number[],
): string {
  switch (outcome) {
    case 'scenarioOne':
      return `US lead ≥ ${ONE} months`;
    case 'between':
      return `US lead ${TWO}–${ONE} months`;
    case 'scenarioTwo':
      return `|lead| ≤ ${TWO} months`;
    case 'prcLead':
      return `PRC ahead > ${TWO} months`;
    case 'neckAndNeck':
      return `|lead| < ${thresholdText(raceThresholdMonths)}`;
  }
}

/** "Scenario One world (US lead ≥ 12 months)". */
export function outcomeLabel(outcome: OutcomeName, raceThresholdMonths: number | readonly number[]): string {
  return `${outcomeName(outcome)} (${outcomeCondition(outcome, raceThresholdMonths)})`;
}

/** A threshold in months as written in a label: 3 → "3", 2.5 → "2.5". */
export function formatThreshold(months: number): string {
  return String(Number(months.toPrecision(3)));
}

/**
 * The race threshold of one run, or of several runs shown together: "3 months", or
 * "3 or 6 months (by scenario)" when the runs pin different values.
 */
export function thresholdText(raceThresholdMonths: number | readonly number[]): string {
  const values = typeof raceThresholdMonths === 'number' ? [raceThresholdMonths] : raceThresholdMonths;
  const distinct = [...new Set(values)].sort((a, b) => a - b).map(formatThreshold);
  if (distinct.length <= 1) return `${distinct[0] ?? formatThreshold(3)} months`;
  return `${distinct.slice(0, -1).join(', ')} or ${distinct[distinct.length - 1]} months (by scenario)`;
}

/**
 * The verdict of a lead at 2028-12: "Scenario Two world (|lead| ≤ 4 months): median
 * lead 2.7 months at 2028-12". `what` names the statistic ("lead at central parameters",
 * "median lead").
 */
export function describeWorld(world: World, leadMonths: number, what = 'lead'): string {
  const outcome = WORLD_OUTCOME[world];
  return `${outcomeLabel(outcome, Number.NaN)}: ${what} ${formatLeadInWorld(leadMonths)} months at ${OUTCOME_MONTH_LABEL}`;
}

/**
 * A lead at 2028-12 [months] printed with as few decimals as keep it in its own world when
 * read back: 5.14 → "5.1", but 11.97 → "11.97" (not "12.0", which reads as Scenario One while
 * the lead is between the worlds) and 3.996 → "3.996". The world is decided on the unrounded
 * value; the text has one decimal unless rounding would cross a threshold, then up to three,
 * then the shortest exact form (which always reads back as the value itself).
 */
export function formatLeadInWorld(leadMonths: number): string {
  if (!Number.isFinite(leadMonths)) return formatMonths(leadMonths);
  const world = worldOf(leadMonths);
  for (let digits = 1; digits <= 3; digits++) {
    const text = leadMonths.toFixed(digits);
    if (worldOf(Number(text)) === world) return withMinus(text);
  }
  return withMinus(String(leadMonths));
}
