/** The least policy on the model. */
import { describe, expect, it } from 'vitest';
import { OUTCOME_MONTH } from '../../../src/analysis/outcomes.ts';
import { leastPolicy, searchedLevers } from '../../../src/analysis/policy/target.ts';
import { loadPreset, resolveScenario, runCentral } from '../../../src/scenario/index.ts';

describe('searchedLevers()', () => {
  it('is the US levers that move the lead, deterrence last', () => {
    expect(searchedLevers()).toEqual([
      'chipExports',
      'smugglingEnforcement',
      'locationVerification',
      'remoteAccess',
      'smeControls',
      'hbmControls',
      'distillationDeterrence',
    ]);
  });
});

describe('leastPolicy(base, options)', () => {
  it('at central values: every minimal setting reaches the lead, each loosening misses it', async () => {
    const baseline = loadPreset('baseline');
    const r = await leastPolicy(baseline, {
      goal: { minLeadMonths: 11, minProbability: 0.5 },
      draws: 0,
      seed: 1,
    });
    expect(r.reachable).toBe(true);
    expect(r.minimal.length).toBeGreaterThan(0);
    for (const m of r.minimal) {
      // Re-run the setting as a scenario: the reported lead is the engine's.
      const scenario = { ...baseline, levers: { ...baseline.levers, ...m.levers } };
      const lead = runCentral(resolveScenario(scenario)).series.leadMonths[OUTCOME_MONTH];
      expect(m.estimate.value).toBe(lead);
      expect(lead).toBeGreaterThanOrEqual(11);
      for (const l of m.loosenings) expect(l.verdict).toBe('misses');
    }
    expect(r.held.map((h) => h.lever)).toEqual([
      'usAiExports',
      'usAdoptionPush',
      'prcAdoptionPush',
      'prcSubsidies',
    ]);
  });

  it('says the goal is out of reach when even the most of every lever misses it', async () => {
    const r = await leastPolicy(loadPreset('baseline'), {
      goal: { minLeadMonths: 60, minProbability: 0.5 },
      draws: 0,
      seed: 1,
    });
    expect(r.reachable).toBe(false);
    expect(r.minimal).toEqual([]);
    expect(r.top.verdict).toBe('misses');
    expect(r.evaluated).toBe(1);
  });
});
