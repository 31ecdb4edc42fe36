/**
 * The paper's reference points that the charts draw (fact ids from data/sources.csv).
 * They are annotations, not model parameters.
 */
import {
  SCENARIO_ONE_MIN_LEAD_MONTHS,
  SCENARIO_ONE_PAPER_MAX_LEAD_MONTHS,
  SCENARIO_TWO_MAX_LEAD_MONTHS,
} from '../../analysis/outcomes.ts';

/** "Today" in the paper: its publication month (2026-05-14). */
export const TODAY_MONTH = '2026-05';
/** The month at which the 2028 worlds are judged (results.ts: probabilities at 2028-12). */
export const HORIZON_MONTH = '2028-12';
export const HORIZON_YEAR = 2028;

/** Scenario One: a 12–24 month US lead by 2028 [months] (P08); counted from its lower end. */
export const SCENARIO_ONE_BAND: readonly [number, number] = [
  SCENARIO_ONE_MIN_LEAD_MONTHS,
  SCENARIO_ONE_PAPER_MAX_LEAD_MONTHS,
];
/** Scenario Two: within a few months; leadline reads it as |lead| ≤ 4 months (P10). */
export const SCENARIO_TWO_HALF_WIDTH = SCENARIO_TWO_MAX_LEAD_MONTHS;

/** Huawei annual AI compute as a share of NVIDIA's (P01: 4% in 2026; P02: 2% in 2027). */
export const HUAWEI_SHARE_POINTS: readonly { year: number; share: number; fact: string }[] = [
  { year: 2026, share: 0.04, fact: 'P01' },
  { year: 2027, share: 0.02, fact: 'P02' },
];

/** US : PRC accessible compute "about 11x" under strengthened controls (P03). */
export const PAPER_COMPUTE_RATIO = 11;
