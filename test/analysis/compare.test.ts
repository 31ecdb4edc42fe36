import { describe, expect, it } from 'vitest';
import { COMPARED_OUTPUTS, compareEnsembles } from '../../src/analysis/compare.ts';
import { runEnsemble } from '../../src/analysis/ensemble.ts';
import type { ScenarioEnsemble } from '../../src/analysis/ensembleTypes.ts';
import { summarizeValues } from '../../src/analysis/quantiles.ts';
import { resolvedBaseline, resolvedScenarioOne } from './mcScenarios.ts';

function fake(name: string, leads: number[], seed = 1): ScenarioEnsemble {
  return {
    scenario: name,
    draws: leads.length,
    seed,
    failedDraws: 0,
    quantileMethod: 'exact',
    firstMonth: 0,
    nMonths: 96,
    quantiles: {} as ScenarioEnsemble['quantiles'],
    probabilities: {} as ScenarioEnsemble['probabilities'],
    raceThresholdMonths: 3,
    leadAt2028Dec: Float64Array.from(leads),
    perDraw: new Float64Array(0),
  };
}

describe('compareEnsembles(a, b)', () => {
  it('summarises the paired differences and P(A ahead) on a hand-made pair', () => {
    const a = fake('a', [14, 5, 2, 13, 9]);
    const b = fake('b', [10, 6, 2, 3, 1]);
    const c = compareEnsembles(a, b);
    expect(c.leadDifferenceAt2028Dec).toEqual(summarizeValues(Float64Array.of(4, -1, 0, 10, 8)));
    expect(c.probabilityALeadsMore.p).toBe(3 / 5);
    expect(c.probabilityALeadsMore.se).toBeCloseTo(Math.sqrt((0.6 * 0.4) / 5), 15);
    // Scenario One: A has 14, 13 → 2/5; B none → Δ = 0.4; paired differences 1,0,0,1,0: var = 0.4 − 0.16
    expect(c.probabilityChange.scenarioOne).toEqual({ a: 0.4, b: 0, delta: 0.4, se: Math.sqrt(0.24 / 5) });
    // Scenario Two: A has 2 → 1/5; B has 2, 3, 1 → 3/5
    expect(c.probabilityChange.scenarioTwo.delta).toBeCloseTo(-0.4, 15);
  });

  it('gives the paired difference of each per-draw output: median and 10–90% of x_A − x_B', () => {
    const a = { ...fake('a', [1, 2, 3]), perDraw: Float64Array.of(10, 0.5, 20, 0.6, 30, 0.7) };
    const b = { ...fake('b', [1, 2, 3]), perDraw: Float64Array.of(1, 0.5, 2, 0.4, 3, 0.1) };
    const outputs = [
      { series: 'computeUS', month: '2028-12' },
      { series: 'adoptionUS', month: '2028-12' },
    ] as const;
    const c = compareEnsembles(a, b, outputs);
    expect(c.differences.map((d) => d.output)).toEqual(['computeUS@2028-12', 'adoptionUS@2028-12']);
    expect(c.differences[0].difference).toEqual(summarizeValues(Float64Array.of(9, 18, 27)));
    expect(c.differences[1].difference.p50).toBeCloseTo(0.2, 15);
    expect(compareEnsembles(a, b).differences).toEqual([]);
    expect(() => compareEnsembles(fake('a', [1, 2, 3]), b, outputs)).toThrow(/per-draw outputs/);
  });

  it('refuses ensembles that are not paired', () => {
    expect(() => compareEnsembles(fake('a', [1, 2]), fake('b', [1, 2], 2))).toThrow(/not paired/);
  });

  it('finds scenario one ahead of baseline in most paired draws of a real run', async () => {
    const [base, one] = await runEnsemble([resolvedBaseline(), resolvedScenarioOne()], {
      draws: 400,
      seed: 21,
      workers: 1,
    });
    const c = compareEnsembles(one, base);
    expect(c.a).toBe('scenario-one');
    expect(c.probabilityALeadsMore.p).toBeGreaterThan(0.9);
    expect(c.leadDifferenceAt2028Dec.p50).toBeGreaterThan(0);
    const direct = one.probabilities.scenarioOne.p - base.probabilities.scenarioOne.p;
    expect(c.probabilityChange.scenarioOne.delta).toBeCloseTo(direct, 12);
  });

  it('the paired lead difference of the per-draw outputs equals the one from leadAt2028Dec, bit for bit', async () => {
    const [base, one] = await runEnsemble([resolvedBaseline(), resolvedScenarioOne()], {
      draws: 200,
      seed: 5,
      workers: 1,
      perDraw: COMPARED_OUTPUTS,
    });
    const c = compareEnsembles(one, base, COMPARED_OUTPUTS);
    expect(c.differences[0].output).toBe('leadMonths@2028-12');
    expect(c.differences[0].difference).toEqual(c.leadDifferenceAt2028Dec);
  });
});
