import { describe, expect, it } from 'vitest';
import {
  estimateResolved,
  PILOT_ENSEMBLE_MAX_DRAWS,
  pilotEnsemble,
  runEnsemble,
  runResolved,
} from '../../src/analysis/index.ts';
import { loadPreset, parseScenarioText, resolveScenario } from '../../src/scenario/index.ts';

const presets = (...names: ('baseline' | 'scenario-one' | 'scenario-two')[]) =>
  names.map((n) => resolveScenario(loadPreset(n)));

describe('pilotEnsemble(resolved, {draws, seed})', () => {
  it.each([
    [100, 3],
    [PILOT_ENSEMBLE_MAX_DRAWS, 11],
    [1, 2],
  ])('equals runEnsemble to the bit: %i draws, seed %i', async (draws, seed) => {
    const resolved = presets('baseline', 'scenario-one', 'scenario-two');
    const quick = pilotEnsemble(resolved, { draws, seed });
    const full = await runEnsemble(resolved, { draws, seed, workers: 1 });
    expect(quick.length).toBe(full.length);
    for (let s = 0; s < full.length; s++) {
      const { perDraw: _a, leadAt2028Dec: leadsQuick, ...restQuick } = quick[s];
      const { perDraw: _b, leadAt2028Dec: leadsFull, ...restFull } = full[s];
      // toEqual on numbers uses Object.is: the same bits (NaN equals NaN, +0 differs from −0)
      expect(restQuick).toEqual(restFull);
      expect([...leadsQuick]).toEqual([...leadsFull]);
    }
  });

  it("keeps a scenario's rank correlations and ranges (the same draws as the full run)", async () => {
    const own = parseScenarioText(
      [
        'title: Own beliefs',
        'ranges:',
        '  smugglingLeakShare: {low: 0.005, high: 0.3, central: 0.03}',
        'correlations:',
        '  - {a: spilloverPerYear, b: distillationPerYear, rho: -0.3}',
      ].join('\n'),
      'own.yaml',
    );
    const resolved = [resolveScenario(loadPreset('baseline')), resolveScenario(own)];
    const quick = pilotEnsemble(resolved, { draws: 60, seed: 9 });
    const full = await runEnsemble(resolved, { draws: 60, seed: 9, workers: 1 });
    expect(quick[1].quantiles).toEqual(full[1].quantiles);
    expect(quick[1].probabilities).toEqual(full[1].probabilities);
  });

  it('refuses more draws than the pilot holds', () => {
    expect(() =>
      pilotEnsemble(presets('baseline'), { draws: PILOT_ENSEMBLE_MAX_DRAWS + 1, seed: 1 }),
    ).toThrow(
      `pilotEnsemble takes at most ${PILOT_ENSEMBLE_MAX_DRAWS} draws, got ${PILOT_ENSEMBLE_MAX_DRAWS + 1}`,
    );
  });
});

describe('estimateResolved(resolved, {draws, seed})', () => {
  it('is the results document runResolved gives for the same draws and seed', async () => {
    const resolved = presets('baseline', 'scenario-two');
    const estimate = estimateResolved(resolved, { draws: 100, seed: 5 });
    const full = await runResolved(resolved, { draws: 100, seed: 5 });
    expect(JSON.parse(JSON.stringify(estimate))).toEqual(JSON.parse(JSON.stringify(full)));
  });
});
