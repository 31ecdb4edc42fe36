import { describe, expect, it } from 'vitest';
import { parseDrawOutput } from '../../src/analysis/drawOutputs.ts';
import { runEnsemble } from '../../src/analysis/ensemble.ts';
import { drawParameters } from '../../src/analysis/ensembleDraws.ts';
import { type DrawBlock, drawValues, evaluateDraws } from '../../src/analysis/evaluateDraws.ts';
import { nodeWorkers } from '../../src/analysis/node.ts';
import { N_PARAMS, P } from '../../src/core/index.ts';
import { resolvedBaseline, SCENARIO_ONE, variant } from './mcScenarios.ts';

const OUTPUTS = [
  parseDrawOutput('leadMonths@2028-12'),
  parseDrawOutput('computeCN@2027-06'),
  parseDrawOutput('globalShareUS@2030-12'),
];
const correlated = () =>
  variant(SCENARIO_ONE, {
    params: { ...SCENARIO_ONE.params, rentedShareOpen: 0.04 },
    correlations: [{ a: 'spilloverPerYear', b: 'distillationPerYear', rho: 0.6 }],
  });
const bits = (a: Float64Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');

describe('drawValues(resolved, {draws, seed}, {outputs, params, workers})', () => {
  it("gives each draw's values as the ensemble's count pass keeps them (perDraw), bit for bit, with correlations and pins", async () => {
    const scenarios = [resolvedBaseline(), correlated()];
    const run = { draws: 1300, seed: 9 };
    const ensembles = await runEnsemble(scenarios, { ...run, workers: 1, perDraw: OUTPUTS });
    const { values } = await drawValues(scenarios, run, { outputs: OUTPUTS });
    for (let s = 0; s < scenarios.length; s++) {
      expect(bits(values[s])).toBe(bits(ensembles[s].perDraw));
      const leads = values[s].filter((_, i) => i % OUTPUTS.length === 0);
      expect(bits(leads)).toBe(bits(ensembles[s].leadAt2028Dec));
    }
  });

  it('is the same, values and parameters, with 1 and 2 workers', async () => {
    const scenarios = [resolvedBaseline(), correlated()];
    const run = { draws: 2100, seed: 4 };
    const one = await drawValues(scenarios, run, { outputs: OUTPUTS, params: true });
    const two = await drawValues(scenarios, run, {
      outputs: OUTPUTS,
      params: true,
      workers: 2,
      spawn: nodeWorkers,
    });
    for (let s = 0; s < scenarios.length; s++) {
      expect(bits(two.values[s])).toBe(bits(one.values[s]));
      expect(bits(two.params?.[s] as Float64Array)).toBe(bits(one.params?.[s] as Float64Array));
    }
  });

  it("hands back each draw's parameter vector as drawParameters gives it, pins in place", async () => {
    const scenarios = [resolvedBaseline(), correlated()];
    const run = { draws: 1200, seed: 2 };
    const { params } = await drawValues(scenarios, run, { outputs: OUTPUTS, params: true });
    for (const draw of [0, 999, 1000, 1199]) {
      const expected = drawParameters(scenarios, run, draw);
      for (let s = 0; s < scenarios.length; s++) {
        const row = (params as Float64Array[])[s].slice(draw * N_PARAMS, (draw + 1) * N_PARAMS);
        expect(bits(row)).toBe(bits(expected[s]));
      }
    }
    expect((params as Float64Array[])[1][5 * N_PARAMS + P.rentedShareOpen]).toBe(0.04);
  });
});

describe('drawValues(resolved, {rows}, …)', () => {
  it("given the draws' own parameter rows, gives the sampled draws' values; the scenario's pins replace the rows' values", async () => {
    const scenarios = [resolvedBaseline(), correlated()];
    const run = { draws: 1100, seed: 6 };
    const sampled = await drawValues(scenarios, run, { outputs: OUTPUTS, params: true });
    const rows = (sampled.params as Float64Array[])[0]; // baseline's vectors: no pins
    const given = await drawValues(scenarios, { rows }, { outputs: OUTPUTS, params: true });
    expect(bits(given.values[0])).toBe(bits(sampled.values[0]));
    // scenario-one's pin (rentedShareOpen) overrides the row; its other values are the row's
    const pinned = (given.params as Float64Array[])[1];
    expect(pinned[P.rentedShareOpen]).toBe(0.04);
    expect(pinned[P.spilloverPerYear]).toBe(rows[P.spilloverPerYear]);
    const twoWorkers = await drawValues(
      scenarios,
      { rows },
      { outputs: OUTPUTS, workers: 2, spawn: nodeWorkers },
    );
    expect(bits(twoWorkers.values[1])).toBe(bits(given.values[1]));
  });

  it('refuses rows that are not whole parameter vectors', async () => {
    await expect(
      drawValues([resolvedBaseline()], { rows: new Float64Array(N_PARAMS + 1) }, { outputs: OUTPUTS }),
    ).rejects.toThrow(`rows must hold whole parameter vectors of ${N_PARAMS} values, got ${N_PARAMS + 1}`);
  });
});

describe('evaluateDraws(resolved, rows, {onBlock})', () => {
  it('hands blocks over in order and awaits a slow consumer, with 2 workers', async () => {
    const seen: [number, number][] = [];
    await evaluateDraws(
      [resolvedBaseline()],
      { draws: 5500, seed: 1 },
      {
        outputs: OUTPUTS.slice(0, 1),
        workers: 2,
        spawn: nodeWorkers,
        onBlock: async (block: DrawBlock) => {
          seen.push([block.first, block.n]);
          await new Promise((resolve) => setTimeout(resolve, block.first === 0 ? 200 : 5));
        },
      },
    );
    expect(seen).toEqual([
      [0, 1000],
      [1000, 1000],
      [2000, 1000],
      [3000, 1000],
      [4000, 1000],
      [5000, 500],
    ]);
  });

  it('gives NaN for a month past the horizon', async () => {
    const { values } = await drawValues(
      [resolvedBaseline()],
      { draws: 3, seed: 1 },
      {
        outputs: [parseDrawOutput('leadMonths@2035-01')],
      },
    );
    expect(Array.from(values[0])).toEqual([Number.NaN, Number.NaN, Number.NaN]);
  });

  it('asks for a way to start workers when workers ≥ 2 comes without spawn', async () => {
    await expect(
      drawValues([resolvedBaseline()], { draws: 2000, seed: 1 }, { outputs: OUTPUTS, workers: 2 }),
    ).rejects.toThrow(
      "workers: 2 needs a way to start workers: pass spawn (nodeWorkers from 'leadline/node'",
    );
  });
});

describe('parseDrawOutput(text)', () => {
  it('reads series@YYYY-MM and names what was expected otherwise', () => {
    expect(parseDrawOutput('computeUS@2028-12')).toEqual({ series: 'computeUS', month: '2028-12' });
    expect(() => parseDrawOutput('leadMonths')).toThrow(
      'per-draw output: expected series@YYYY-MM, e.g. leadMonths@2028-12, found "leadMonths"',
    );
    expect(() => parseDrawOutput('lead@2028-12')).toThrow('expected a series name before');
    expect(() => parseDrawOutput('leadMonths@2028-13')).toThrow(
      "expected a month YYYY-MM from 2023-01 after '@'",
    );
    expect(() => parseDrawOutput('leadMonths@2022-12')).toThrow(
      "expected a month YYYY-MM from 2023-01 after '@'",
    );
  });
});
