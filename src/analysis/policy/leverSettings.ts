/**
 * A lever's full setting — its value and its timing — and scenarios rebuilt from settings, for
 * the analyses that switch levers one at a time (attribution), move them in time (window) or
 * search over them (least policy).
 */
import { monthLabel, parseMonth } from '../../core/index.ts';
import {
  buildSchedule,
  LEVER_NAMES,
  type LeverName,
  type Levers,
  type LeverTiming,
  leverWindowsOf,
  POLICY_OF_MAY_2026,
  type Scenario,
} from '../../scenario/index.ts';

/** From this month on the policy timeline holds the policy of May 2026 (policyOfMay2026.ts). */
export const MAY_2026 = '2026-05';

/** A lever as it acts: its value from month `from` ("YYYY-MM"), reached over `rampMonths`. */
export interface LeverSetting {
  readonly value: Levers[LeverName];
  readonly from: string;
  readonly rampMonths: number;
}

/** Every lever the scenario sets, with its timing made explicit; unset levers are absent. */
export function leverSettings(scenario: Scenario): Partial<Record<LeverName, LeverSetting>> {
  const out: Partial<Record<LeverName, LeverSetting>> = {};
  for (const name of LEVER_NAMES) {
    const value = scenario.levers[name];
    if (value === undefined) continue;
    const timing = scenario.leverTiming?.[name];
    out[name] = {
      value,
      from: timing?.from ?? scenario.policyStart,
      rampMonths: timing?.rampMonths ?? scenario.rampMonths,
    };
  }
  return out;
}

/**
 * A setting that keeps the policy of May 2026 from 2026-05 on acts as the lever left unset (the
 * timeline already holds that value, and a ramp from a value to itself changes nothing):
 * undefined for such a setting, else the setting.
 */
export function effectiveSetting(
  name: LeverName,
  setting: LeverSetting | undefined,
): LeverSetting | undefined {
  if (setting === undefined) return undefined;
  if (setting.value === POLICY_OF_MAY_2026[name] && setting.from >= MAY_2026) return undefined;
  return setting;
}

/** Whether lever `name` acts alike under two settings (either possibly unset). */
export function sameSetting(
  name: LeverName,
  x: LeverSetting | undefined,
  y: LeverSetting | undefined,
): boolean {
  const a = effectiveSetting(name, x);
  const b = effectiveSetting(name, y);
  if (a === undefined || b === undefined) return a === b;
  return a.value === b.value && a.from === b.from && a.rampMonths === b.rampMonths;
}

/** `base` with its levers replaced by `settings` (each with its own timing). */
export function withLeverSettings(
  base: Scenario,
  settings: Partial<Record<LeverName, LeverSetting>>,
): Scenario {
  const levers: Partial<Record<LeverName, unknown>> = {};
  const leverTiming: Partial<Record<LeverName, LeverTiming>> = {};
  for (const name of LEVER_NAMES) {
    const setting = settings[name];
    if (setting === undefined) continue;
    levers[name] = setting.value;
    leverTiming[name] = { from: setting.from, rampMonths: setting.rampMonths };
  }
  return { ...base, levers: levers as Partial<Levers>, leverTiming };
}

/** The schedule of `base`'s months with the given lever settings. */
export function scheduleOf(base: Scenario, settings: Partial<Record<LeverName, LeverSetting>>): Float64Array {
  const scenario = withLeverSettings(base, settings);
  const window = { policyStart: parseMonth(scenario.policyStart), rampMonths: scenario.rampMonths };
  return buildSchedule(
    scenario.levers,
    window,
    parseMonth(scenario.end) + 1,
    leverWindowsOf(scenario.leverTiming ?? {}, window),
  );
}

/** "closed", "3", "closed from 2027-01 over 6 months", "h200 (May 2026)" — a setting in words. */
export function describeSetting(
  name: LeverName,
  setting: LeverSetting | undefined,
  scenarioDefault?: Scenario,
): string {
  if (setting === undefined) return `${String(POLICY_OF_MAY_2026[name])} (May 2026)`;
  const value = String(setting.value);
  if (
    scenarioDefault !== undefined &&
    setting.from === scenarioDefault.policyStart &&
    setting.rampMonths === scenarioDefault.rampMonths
  ) {
    return value;
  }
  return `${value} from ${setting.from} over ${setting.rampMonths} months`;
}

/**
 * The scenario simulated only up to `lastMonth` (a month index), when it ends later. Results up
 * to that month do not depend on the horizon (the engine looks no further ahead than the month
 * it computes), so the analyses that read one month stop there and save the rest.
 */
export function untilMonth(scenario: Scenario, lastMonth: number): Scenario {
  return lastMonth < parseMonth(scenario.end) ? { ...scenario, end: monthLabel(lastMonth) } : scenario;
}
