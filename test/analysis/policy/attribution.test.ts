/** Attribution of a scenario's lead to its levers on paired draws. */
import { describe, expect, it } from 'vitest';
import { OUTCOME_MONTH } from '../../../src/analysis/outcomes.ts';
import { attribute, differingLevers } from '../../../src/analysis/policy/attribution.ts';
import { InputError, loadPreset, resolveScenario, runCentral } from '../../../src/scenario/index.ts';

const one = loadPreset('scenario-one');
const baseline = loadPreset('baseline');

describe('attribute(to, from, options)', () => {
  it('splits scenario-one − baseline at central parameters; the shares sum to the difference', async () => {
    const result = await attribute(one, baseline, { draws: 0, seed: 1 });
    const leadOf = (s: typeof one) => runCentral(resolveScenario(s)).series.leadMonths[OUTCOME_MONTH];
    expect(result.fromLeadMonths).toBe(leadOf(baseline));
    expect(result.toLeadMonths).toBe(leadOf(one));
    const sum = result.levers.reduce((t, l) => t + l.leadMonths, 0);
    expect(sum).toBeCloseTo(result.total.central, 10);
    expect(result.total.central).toBeCloseTo(leadOf(one) - leadOf(baseline), 12);
    expect(result.levers.map((l) => l.lever)).toEqual([
      'chipExports',
      'smugglingEnforcement',
      'locationVerification',
      'remoteAccess',
      'smeControls',
      'hbmControls',
      'distillationDeterrence',
    ]);
    expect(result.frontsOnly).toEqual(['usAiExports', 'usAdoptionPush']);
    expect(differingLevers(one, baseline)).toEqual([
      ...result.levers.map((l) => l.lever),
      ...result.frontsOnly,
    ]);
    expect(result.coalitions).toBe(2 ** result.levers.length);
    for (const l of result.levers)
      expect(l.central.share).toBeCloseTo(l.central.alone + l.central.interaction, 12);
  });

  it('over draws: the mean shares sum to the mean difference, the world shares to each change', async () => {
    const result = await attribute(one, baseline, { draws: 60, seed: 3 });
    const sum = result.levers.reduce((t, l) => t + l.leadMonths, 0);
    expect(sum).toBeCloseTo(result.total.leadMonths, 10);
    for (const world of ['scenario-one', 'between', 'scenario-two', 'prc-lead'] as const) {
      const total = result.levers.reduce((t, l) => t + (l.probability?.[world] ?? Number.NaN), 0);
      expect(total).toBeCloseTo(result.total.probability?.[world] ?? Number.NaN, 10);
    }
    for (const l of result.levers) {
      const s = l.overDraws?.share;
      expect(s && s.p10 <= s.median && s.median <= s.p90).toBe(true);
    }
  });

  it('of a scenario from itself is empty, with a zero total', async () => {
    const result = await attribute(one, one, { draws: 0, seed: 1 });
    expect(result.levers).toEqual([]);
    expect(result.total.central).toBe(0);
  });

  it('refuses scenarios that differ in more than levers, naming the field', async () => {
    const pinned = { ...one, params: { mfu: 0.45 } };
    await expect(attribute(pinned, baseline, { draws: 0, seed: 1 })).rejects.toBeInstanceOf(InputError);
    await expect(attribute(pinned, baseline, { draws: 0, seed: 1 })).rejects.toThrow(
      /params: expected the same parameter values as baseline/,
    );
  });

  it('counts a lever whose only difference is its timing', () => {
    const later = { ...one, leverTiming: { remoteAccess: { from: '2027-07' } } };
    expect(differingLevers(later, one)).toEqual(['remoteAccess']);
  });
});
