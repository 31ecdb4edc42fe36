/**
 * Lever → schedule mapping, built from the lever table (levers.ts). Before a lever's start every
 * channel follows the dated policy timeline; from its start s (the scenario's `policyStart`, or
 * the lever's own `from`) the lever's channels move to the values the lever asks for over its
 * ramp r (the scenario's `rampMonths`, or the lever's own):
 *   v(t) = v_hist(s − 1) + (v_lever − v_hist(s − 1)) · w,   w = min(1, (t − s + 1) / r)   (linear blend)
 *   v(t) = exp(ln v_hist(s − 1) + (ln v_lever − ln v_hist(s − 1)) · w)                  (log blend)
 * Export tiers are blended as weights, so a ramp moves volume from one tier to the next.
 * Enforcement is blended in logs (a multiple). Levers the scenario leaves unset keep history, which
 * reaches the policy of May 2026 (policyOfMay2026.ts).
 */
import { CH, type ChannelName, N_CHANNELS, parseMonth } from '../core/index.ts';
import { exp, log } from '../core/math/index.ts';
import {
  type ChannelValues,
  LEVER_NAMES,
  type LeverName,
  type Levers,
  leverChannels,
  leverRow,
} from './levers.ts';
import { POLICY_TIMELINE } from './timeline.ts';

export interface PolicyWindow {
  /** Month index at which the levers start to act (0 = 2023-01). */
  readonly policyStart: number;
  /** Months to reach full effect (≥ 1). */
  readonly rampMonths: number;
}

/** A window per lever, where a lever's own timing differs from the scenario's. */
export type LeverWindows = Readonly<Partial<Record<LeverName, PolicyWindow>>>;

/** Channel values the scenario's levers ask for (from the lever table). */
export function leverTargets(levers: Partial<Levers>): ChannelValues {
  const targets: ChannelValues = {};
  for (const name of LEVER_NAMES) {
    const value = levers[name];
    if (value !== undefined) Object.assign(targets, leverChannels(name, value));
  }
  return targets;
}

/** Channel-major schedule (core/channels.ts) of nMonths months from 2023-01. */
export function buildSchedule(
  levers: Partial<Levers>,
  window: PolicyWindow,
  nMonths: number,
  leverWindows: LeverWindows = {},
): Float64Array {
  const schedule = new Float64Array(N_CHANNELS * nMonths);
  fillHistory(schedule, nMonths);
  for (const name of LEVER_NAMES) {
    const value = levers[name];
    if (value === undefined) continue;
    const own = leverWindows[name] ?? window;
    const start = Math.max(0, own.policyStart);
    const ramp = Math.max(1, own.rampMonths);
    const inLogs = leverRow(name).blend === 'log';
    for (const [channel, target] of Object.entries(leverChannels(name, value)) as [ChannelName, number][]) {
      const base = CH[channel] * nMonths;
      const before = start > 0 ? schedule[base + start - 1] : schedule[base];
      for (let m = start; m < nMonths; m++) {
        const w = Math.min(1, (m - start + 1) / ramp);
        // written as v₀ + (v₁ − v₀)·w (in logs for a multiple): exactly v₀ when the lever
        // asks for the value already in force, so setting a lever to May 2026's changes nothing
        schedule[base + m] = inLogs
          ? exp(log(before) + (log(target) - log(before)) * w)
          : before + (target - before) * w;
      }
    }
  }
  return schedule;
}

/** Fills every channel from the timeline (each entry holds until the next that sets it). */
function fillHistory(schedule: Float64Array, nMonths: number): void {
  for (const entry of POLICY_TIMELINE) {
    const from = parseMonth(entry.month);
    for (const [name, value] of Object.entries(entry.set) as [ChannelName, number][]) {
      const base = CH[name] * nMonths;
      for (let m = Math.max(0, from); m < nMonths; m++) schedule[base + m] = value;
    }
  }
}

/** The windows of a scenario's levers that carry their own timing (month labels → indices). */
export function leverWindowsOf(
  timing: Readonly<Partial<Record<LeverName, { readonly from?: string; readonly rampMonths?: number }>>>,
  window: PolicyWindow,
): LeverWindows {
  const windows: Partial<Record<LeverName, PolicyWindow>> = {};
  for (const name of LEVER_NAMES) {
    const own = timing[name];
    if (own === undefined) continue;
    windows[name] = {
      policyStart: own.from === undefined ? window.policyStart : parseMonth(own.from),
      rampMonths: own.rampMonths ?? window.rampMonths,
    };
  }
  return windows;
}
