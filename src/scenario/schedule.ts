/**
 * Lever → schedule mapping. Before `policyStart` every channel follows the dated policy
 * timeline; from `policyStart` it moves linearly to the scenario's value over `rampMonths`:
 *   v(t) = v_hist(policyStart − 1) · (1 − w) + v_lever · w,  w = min(1, (t − policyStart + 1) / rampMonths).
 * Export tiers are blended as weights, so a ramp moves volume from one tier to the next.
 * Enforcement is blended in logs (a multiple). Levers the scenario leaves unset keep history.
 */
import { CH, type ChannelName, N_CHANNELS, parseMonth } from '../core/index.ts';
import { CONTROL_INTENSITY, type Levers } from './levers.ts';
import { POLICY_TIMELINE } from './timeline.ts';

export interface PolicyWindow {
  /** Month index at which the scenario's levers start to act (0 = 2023-01). */
  readonly policyStart: number;
  /** Months to reach full effect (≥ 1). */
  readonly rampMonths: number;
}

/** Channel values the scenario's levers ask for. */
export function leverTargets(levers: Partial<Levers>): Partial<Record<ChannelName, number>> {
  const t: Partial<Record<ChannelName, number>> = {};
  if (levers.chipExports !== undefined) {
    t.tierNone = levers.chipExports === 'none' ? 1 : 0;
    t.tierH20 = levers.chipExports === 'h20' ? 1 : 0;
    t.tierH200 = levers.chipExports === 'h200' ? 1 : 0;
    t.tierBlackwell = levers.chipExports === 'blackwell' ? 1 : 0;
  }
  if (levers.smugglingEnforcement !== undefined) t.enforcement = levers.smugglingEnforcement;
  if (levers.locationVerification !== undefined) t.locationVerification = levers.locationVerification ? 1 : 0;
  if (levers.remoteAccess !== undefined) t.remoteAccessClosed = levers.remoteAccess === 'closed' ? 1 : 0;
  if (levers.smeControls !== undefined) t.smeControls = CONTROL_INTENSITY[levers.smeControls];
  if (levers.hbmControls !== undefined) t.hbmControls = CONTROL_INTENSITY[levers.hbmControls];
  if (levers.distillationDeterrence !== undefined) t.distillationDeterrence = levers.distillationDeterrence;
  if (levers.usAiExports !== undefined) t.usAiExports = levers.usAiExports;
  if (levers.usAdoptionPush !== undefined) t.usAdoptionPush = levers.usAdoptionPush;
  if (levers.prcAdoptionPush !== undefined) t.prcAdoptionPush = levers.prcAdoptionPush;
  if (levers.prcSubsidies !== undefined) t.prcSubsidies = levers.prcSubsidies;
  return t;
}

/** Channel-major schedule (core/channels.ts) of nMonths months from 2023-01. */
export function buildSchedule(levers: Partial<Levers>, window: PolicyWindow, nMonths: number): Float64Array {
  const schedule = new Float64Array(N_CHANNELS * nMonths);
  fillHistory(schedule, nMonths);
  const targets = leverTargets(levers);
  const start = Math.max(0, window.policyStart);
  const ramp = Math.max(1, window.rampMonths);
  for (const [name, target] of Object.entries(targets) as [ChannelName, number][]) {
    const base = CH[name] * nMonths;
    const before = start > 0 ? schedule[base + start - 1] : schedule[base];
    const inLogs = name === 'enforcement';
    for (let m = start; m < nMonths; m++) {
      const w = Math.min(1, (m - start + 1) / ramp);
      schedule[base + m] = inLogs
        ? Math.exp(Math.log(before) * (1 - w) + Math.log(target) * w)
        : before * (1 - w) + target * w;
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
