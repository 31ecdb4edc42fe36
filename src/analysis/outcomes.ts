/**
 * The paper's two 2028 worlds as thresholds on the lead at 2028-12 (spec §9, §10).
 * Scenario One: a 12–24 month US lead (P08); Scenario Two: within a few months (P10).
 */
import { monthIndex } from '../core/index.ts';

export const OUTCOME_MONTH = monthIndex(2028, 12);
export const OUTCOME_MONTH_LABEL = '2028-12';
/** Lead at 2028-12 at or above which the run lands in Scenario One [months] (P08). */
export const SCENARIO_ONE_MIN_LEAD_MONTHS = 12;
/** Lead at 2028-12 at or below which the run lands in Scenario Two [months] (P10, spec PC6). */
export const SCENARIO_TWO_MAX_LEAD_MONTHS = 4;

export type World = 'scenario-one' | 'scenario-two' | 'between';

export function worldOf(leadMonths2028: number): World {
  if (leadMonths2028 >= SCENARIO_ONE_MIN_LEAD_MONTHS) return 'scenario-one';
  if (leadMonths2028 <= SCENARIO_TWO_MAX_LEAD_MONTHS) return 'scenario-two';
  return 'between';
}

export function describeWorld(world: World, leadMonths: number, what = 'lead'): string {
  const lead = `${what} ${leadMonths.toFixed(1)} months at ${OUTCOME_MONTH_LABEL}`;
  switch (world) {
    case 'scenario-one':
      return `Scenario One world (commanding US lead, 12–24 months): ${lead}`;
    case 'scenario-two':
      return `Scenario Two world (neck-and-neck, ≤ 4 months): ${lead}`;
    case 'between':
      return `Between the two worlds (4–12 months): ${lead}`;
  }
}
