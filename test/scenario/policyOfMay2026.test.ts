/**
 * One definition of the policy of May 2026 (issue 14). Before the fix the timeline held the
 * fronts levers at 0 while the baseline preset set 0.2/0.3/0.6/0.4, so a scenario that set no
 * lever was not the baseline: US adoption 35% vs 39%, PRC 29% vs 35%, resilience −1.8% vs −3.0%
 * (`printf 'title: nothing set\n' > e.yaml; leadline run e.yaml baseline --draws 0`).
 */
import { describe, expect, it } from 'vitest';
import { CH, type ChannelName, parseMonth, SERIES_NAMES } from '../../src/core/index.ts';
import {
  buildSchedule,
  LEVER_NAMES,
  leverChannels,
  POLICY_OF_MAY_2026,
  parseScenarioText,
  resolveScenario,
  runCentral,
} from '../../src/scenario/index.ts';
import { PRESETS } from '../helpers/presets.ts';

const N = 96;
const MAY_2026 = parseMonth('2026-05');

describe('the policy of May 2026', () => {
  it('buildSchedule({}, window, n) reaches POLICY_OF_MAY_2026, lever by lever, by 2026-05 and holds it', () => {
    const schedule = buildSchedule({}, { policyStart: N, rampMonths: 12 }, N);
    for (const name of LEVER_NAMES) {
      for (const [channel, value] of Object.entries(leverChannels(name, POLICY_OF_MAY_2026[name])) as [
        ChannelName,
        number,
      ][]) {
        for (let m = MAY_2026; m < N; m++)
          expect(schedule[CH[channel] * N + m], `${name} → ${channel} at month ${m}`).toBe(value);
      }
    }
  });

  it('buildSchedule(POLICY_OF_MAY_2026, window, n) equals buildSchedule({}, window, n): setting a lever to its May-2026 value changes nothing', () => {
    const window = { policyStart: parseMonth('2026-07'), rampMonths: 12 };
    expect(buildSchedule(POLICY_OF_MAY_2026, window, N)).toEqual(buildSchedule({}, window, N));
  });

  it('a scenario file that sets no lever gives the baseline preset, bit for bit', () => {
    const nothingSet = parseScenarioText('title: nothing set\n', 'e.yaml');
    const empty = runCentral(resolveScenario(nothingSet));
    const baseline = runCentral(resolveScenario(PRESETS.baseline));
    for (const name of SERIES_NAMES) expect(empty.series[name], name).toEqual(baseline.series[name]);
  });

  it('the baseline preset sets no lever: it is the policy of May 2026 held', () => {
    expect(PRESETS.baseline.levers).toEqual({});
  });
});
