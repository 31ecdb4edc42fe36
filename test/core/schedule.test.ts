/**
 * The policy schedule the engine reads (src/scenario/schedule.ts, channels of src/core/channels.ts):
 * history from the dated timeline, then each lever ramping linearly from policyStart over
 * rampMonths. Kept beside the engine's tests because it is the engine's input; it belongs in
 * test/scenario once that folder exists.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CH,
  CHANNEL_NAMES,
  type ChannelName,
  monthIndex,
  N_CHANNELS,
  parseMonth,
} from '../../src/core/index.ts';
import { buildSchedule, leverTargets } from '../../src/scenario/schedule.ts';
import { POLICY_TIMELINE } from '../../src/scenario/timeline.ts';
import { leversArbitrary } from '../helpers/leverDraws.ts';

const N = 96;
const TIERS: readonly ChannelName[] = ['tierNone', 'tierH20', 'tierH200', 'tierBlackwell'];

function channel(schedule: Float64Array, name: ChannelName, nMonths = N): Float64Array {
  return schedule.subarray(CH[name] * nMonths, (CH[name] + 1) * nMonths);
}

/** Value the timeline gives channel `name` in month m: the last entry at or before m that sets it. */
function timelineValue(name: ChannelName, m: number): number | undefined {
  let value: number | undefined;
  for (const entry of POLICY_TIMELINE) {
    const v = entry.set[name];
    if (v !== undefined && parseMonth(entry.month) <= m) value = v;
  }
  return value;
}

describe('buildSchedule', () => {
  it('buildSchedule(levers, window, n) has one value per channel per month', () => {
    expect(buildSchedule({}, { policyStart: 42, rampMonths: 12 }, N).length).toBe(N_CHANNELS * N);
  });

  it('buildSchedule({}, window, n) follows the policy timeline: every entry’s values from its month until the next entry that sets the channel', () => {
    const schedule = buildSchedule({}, { policyStart: monthIndex(2026, 7), rampMonths: 12 }, N);
    for (const entry of POLICY_TIMELINE) {
      const from = parseMonth(entry.month);
      for (const [name, value] of Object.entries(entry.set) as [ChannelName, number][]) {
        expect(channel(schedule, name)[from], `${name} at ${entry.month}`).toBe(value);
      }
    }
    for (const name of CHANNEL_NAMES) {
      for (let m = 0; m < N; m++)
        expect(channel(schedule, name)[m], `${name} month ${m}`).toBe(timelineValue(name, m));
    }
  });

  it('buildSchedule({}, window, n) gives the dated history the spec lists (§7)', () => {
    const schedule = buildSchedule({}, { policyStart: N, rampMonths: 12 }, N);
    const tierAt = (label: string) => TIERS.find((name) => channel(schedule, name)[parseMonth(label)] === 1);
    expect(tierAt('2023-06')).toBe('tierH200'); // 2022-10 controls: A800/H800 sell
    expect(tierAt('2023-12')).toBe('tierNone'); // 2023-10 controls
    expect(tierAt('2024-06')).toBe('tierH20');
    expect(tierAt('2025-05')).toBe('tierNone'); // H20 licence 2025-04
    expect(tierAt('2025-08')).toBe('tierH20'); // H20 resumed
    expect(tierAt('2026-01')).toBe('tierH200'); // H200 allowed
    expect(channel(schedule, 'hbmControls')[parseMonth('2024-11')]).toBe(-1);
    expect(channel(schedule, 'hbmControls')[parseMonth('2024-12')]).toBe(0);
  });

  it('buildSchedule(levers, window, n) ramps a lever linearly from policyStart over rampMonths', () => {
    const start = monthIndex(2026, 7);
    const ramp = 12;
    const schedule = buildSchedule(
      { distillationDeterrence: 0.9 },
      { policyStart: start, rampMonths: ramp },
      N,
    );
    const deterrence = channel(schedule, 'distillationDeterrence');
    const before = deterrence[start - 1];
    expect(before).toBe(0.1); // timeline, 2026-02
    for (let m = start; m < N; m++) {
      const w = Math.min(1, (m - start + 1) / ramp);
      expect(deterrence[m], `month ${m}`).toBeCloseTo(before + (0.9 - before) * w, 14);
    }
    expect(deterrence[start + ramp - 1]).toBeCloseTo(0.9, 14);
    expect(deterrence[N - 1]).toBe(0.9);
  });

  it('buildSchedule(levers, window, n) keeps history before policyStart whatever the levers', () => {
    fc.assert(
      fc.property(
        leversArbitrary,
        fc.integer({ min: 1, max: N - 1 }),
        fc.integer({ min: 1, max: 36 }),
        (levers, start, ramp) => {
          const history = buildSchedule({}, { policyStart: start, rampMonths: ramp }, N);
          const schedule = buildSchedule(levers, { policyStart: start, rampMonths: ramp }, N);
          for (let c = 0; c < N_CHANNELS; c++)
            for (let m = 0; m < start; m++) if (schedule[c * N + m] !== history[c * N + m]) return false;
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('buildSchedule(levers, window, n) keeps export-tier weights summing to 1 in every month', () => {
    fc.assert(
      fc.property(
        leversArbitrary,
        fc.integer({ min: 0, max: N + 5 }),
        fc.integer({ min: 1, max: 48 }),
        (levers, start, ramp) => {
          const schedule = buildSchedule(levers, { policyStart: start, rampMonths: ramp }, N);
          for (let m = 0; m < N; m++) {
            let total = 0;
            for (const tier of TIERS) {
              const w = channel(schedule, tier)[m];
              if (w < 0 || w > 1) return false;
              total += w;
            }
            if (Math.abs(total - 1) > 1e-12) return false;
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('buildSchedule(levers, window, n) blends enforcement in logs: a geometric ramp from the 2025 budget', () => {
    const start = monthIndex(2026, 7);
    const schedule = buildSchedule({ smugglingEnforcement: 4 }, { policyStart: start, rampMonths: 10 }, N);
    const enforcement = channel(schedule, 'enforcement');
    expect(enforcement[start - 1]).toBe(1);
    for (let k = 0; k < 10; k++) expect(enforcement[start + k]).toBeCloseTo(4 ** ((k + 1) / 10), 13);
    expect(enforcement[start + 4]).toBeCloseTo(2, 13); // halfway in logs: √(1·4)
  });

  it('buildSchedule(levers, window, n) with rampMonths 1 switches fully at policyStart', () => {
    const schedule = buildSchedule(
      { remoteAccess: 'closed', locationVerification: true },
      { policyStart: 0, rampMonths: 1 },
      N,
    );
    for (const name of ['remoteAccessClosed', 'locationVerification'] as const) {
      expect(
        Array.from(channel(schedule, name)).every((v) => v === 1),
        name,
      ).toBe(true);
    }
  });
});

describe('leverTargets', () => {
  it('leverTargets(levers) maps each export tier to a one-hot weight and control levels to −1/0/+1', () => {
    expect(leverTargets({ chipExports: 'blackwell' })).toEqual({
      tierNone: 0,
      tierH20: 0,
      tierH200: 0,
      tierBlackwell: 1,
    });
    expect(leverTargets({ smeControls: 'tightened', hbmControls: 'loosened' })).toEqual({
      smeControls: 1,
      hbmControls: -1,
    });
    expect(leverTargets({ remoteAccess: 'closed', locationVerification: false })).toEqual({
      remoteAccessClosed: 1,
      locationVerification: 0,
    });
    expect(leverTargets({})).toEqual({});
  });
});
