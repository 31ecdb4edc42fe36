import { describe, expect, it } from 'vitest';
import { runEnsemble } from '../../../src/analysis/ensemble.ts';
import {
  conditionComparison,
  conditionOnHistory,
  ESS_FLOOR,
  historyWeights,
} from '../../../src/analysis/history/condition.ts';
import { defaultObservations } from '../../../src/analysis/history/defaultObservations.ts';
import { observationValuesByDraw } from '../../../src/analysis/history/historyDraws.ts';
import { drawLogLikelihoods } from '../../../src/analysis/history/likelihood.ts';
import { effectiveSampleSize, normalizeLogWeights } from '../../../src/analysis/history/weighted.ts';
import { nodeWorkers } from '../../../src/analysis/node.ts';
import { resolveScenario } from '../../../src/scenario/index.ts';
import { resolveScenarioArg } from '../../../src/scenario/node.ts';

const resolved = ['baseline', 'scenario-one'].map((name) => resolveScenario(resolveScenarioArg(name)));
const observations = defaultObservations();
const run = { draws: 300, seed: 7 };

describe('conditionOnHistory(resolved, run, ensembles, observations)', () => {
  it('is bit-identical on 1 and 2 workers', async () => {
    const one = await runEnsemble(resolved, { ...run, workers: 1 });
    const two = await runEnsemble(resolved, { ...run, workers: 2, spawn: nodeWorkers });
    const a = conditionOnHistory(resolved, run, one, observations);
    const b = conditionOnHistory(resolved, run, two, observations);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const ca = conditionComparison(resolved, run, one[1], one[0], observations);
    const cb = conditionComparison(resolved, run, two[1], two[0], observations);
    expect(JSON.stringify(cb)).toBe(JSON.stringify(ca));
  }, 60_000);

  it('gives the prior the unweighted shares of the ensemble, and flags an ESS below the floor', async () => {
    const [ensemble] = await runEnsemble(resolved.slice(0, 1), { ...run, workers: 1 });
    const [c] = conditionOnHistory(resolved.slice(0, 1), run, [ensemble], observations);
    expect(c.prior.probabilities.scenarioTwo.p).toBeCloseTo(ensemble.probabilities.scenarioTwo.p, 14);
    expect(c.prior.probabilities.scenarioOne.p).toBeCloseTo(ensemble.probabilities.scenarioOne.p, 14);
    expect(c.degenerate).toBe(c.ess < ESS_FLOOR);
    expect(c.ess).toBeGreaterThan(0);
    expect(c.ess).toBeLessThanOrEqual(run.draws);
  }, 60_000);
});

describe('historyWeights(resolved, run, index, observations)', () => {
  it('weights each draw by exp(Σ −z²/2) of its own history, normalised', () => {
    const h = historyWeights(resolved, run, 0, observations);
    const values = observationValuesByDraw(resolved, run, 0, h.observations);
    const w = normalizeLogWeights(drawLogLikelihoods(values, h.observations, run.draws));
    expect(Array.from(h.weights)).toEqual(Array.from(w));
    expect(h.ess).toBe(effectiveSampleSize(w));
    let sum = 0;
    for (const x of h.weights) sum += x;
    expect(sum).toBeCloseTo(1, 12);
  });

  it('with no observations gives equal weights and ESS = draws', () => {
    const h = historyWeights(resolved, run, 0, []);
    expect(h.ess).toBeCloseTo(run.draws, 9);
  });
});
