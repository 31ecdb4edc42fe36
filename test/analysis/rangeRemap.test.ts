/**
 * A scenario's `ranges:` on the shared draws: a draw's value under the new range is the new
 * distribution's quantile at the draw's own uniform (closed forms of sampler.ts), other
 * scenarios of the run are untouched to the bit, and the draws obey the new bounds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEnsemble } from '../../src/analysis/ensemble.ts';
import { blockParameters } from '../../src/analysis/ensembleDraws.ts';
import { applyRanges, compileRanges } from '../../src/analysis/rangeRemap.ts';
import { inverseCdf } from '../../src/analysis/sampler.ts';
import { runSensitivity } from '../../src/analysis/sensitivity/sensitivity.ts';
import { N_PARAMS, P, type ParamName } from '../../src/core/index.ts';
import { centralParams, paramSpec, withBounds } from '../../src/params/index.ts';
import { resolveScenario, type Scenario } from '../../src/scenario/index.ts';
import type { ParamRange } from '../../src/scenario/scenario.ts';
import { BASELINE } from './mcScenarios.ts';

/** One parameter of each family the table uses, with a new range inside its allowed range. */
const CASES: { name: ParamName; range: ParamRange }[] = [
  { name: 'dieBankDrawdownMonths', range: { low: 6, high: 40, central: 20 } }, // uniform
  { name: 'westernGrowth2027', range: { low: 1.1, high: 3, central: 2.2 } }, // triangular, new mode
  { name: 'westernGrowthLongRun', range: { low: 1.2, high: 1.5 } }, // triangular, the table's mode
  { name: 'smugglingLeakShare', range: { low: 0.01, high: 0.2 } }, // lognormal90 (5–95%)
];

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

describe('applyRanges(compileRanges(ranges, central), vector)', () => {
  for (const { name, range } of CASES) {
    const spec = paramSpec(name);
    it(`maps ${name} (${spec.dist.kind}) from F_table⁻¹(u) to F_range⁻¹(u)`, () => {
      const central = centralParams();
      if (range.central !== undefined) central[P[name]] = range.central;
      const remap = compileRanges({ [name]: range }, central);
      const target = withBounds(spec.dist, range.low, range.high);
      const vector = new Float64Array(N_PARAMS);
      fc.assert(
        fc.property(fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), (u) => {
          vector[P[name]] = inverseCdf(spec.dist, spec.central, u);
          applyRanges(remap, vector);
          const expected = inverseCdf(target, central[P[name]], u);
          return close(vector[P[name]], expected);
        }),
      );
    });
  }

  it('with the table’s own bounds and central value, leaves each value (within rounding)', () => {
    for (const { name } of CASES) {
      const spec = paramSpec(name);
      const d = spec.dist;
      const [low, high] =
        d.kind === 'lognormal90' ? [d.p5, d.p95] : d.kind === 'fixed' ? [0, 0] : [d.low, d.high];
      const remap = compileRanges({ [name]: { low, high } }, centralParams());
      const vector = new Float64Array(N_PARAMS);
      for (const u of [0.001, 0.1, 0.37, 0.5, 0.9, 0.999]) {
        const x = inverseCdf(d, spec.central, u);
        vector[P[name]] = x;
        applyRanges(remap, vector);
        expect(close(vector[P[name]], x), `${name} at u = ${u}`).toBe(true);
      }
    }
  });

  it('touches only the ranged slots', () => {
    const remap = compileRanges({ smugglingLeakShare: { low: 0.01, high: 0.2 } }, centralParams());
    const vector = centralParams();
    const before = Float64Array.from(vector);
    applyRanges(remap, vector);
    for (let i = 0; i < N_PARAMS; i++) if (i !== P.smugglingLeakShare) expect(vector[i]).toBe(before[i]);
  });
});

describe('a scenario with ranges in a run', () => {
  const ranges = Object.fromEntries(CASES.map((c) => [c.name, c.range]));
  const ranged: Scenario = { ...BASELINE, name: 'ranged', ranges };

  it('draws each ranged parameter inside its new bounds (uniform, triangular) and moves its central value', () => {
    const resolved = [resolveScenario(BASELINE), resolveScenario(ranged)];
    expect(resolved[1].params[P.westernGrowth2027]).toBe(2.2);
    expect(resolved[1].pinned[P.westernGrowth2027]).toBe(0);
    let below = 0;
    const matrix = blockParameters(resolved, { draws: 400, seed: 3 }, 0)[1];
    for (let d = 0; d < 400; d++) {
      const own = matrix.subarray(d * N_PARAMS, (d + 1) * N_PARAMS);
      for (const name of ['dieBankDrawdownMonths', 'westernGrowth2027', 'westernGrowthLongRun'] as const) {
        const range = ranges[name] as ParamRange;
        expect(own[P[name]]).toBeGreaterThanOrEqual(range.low);
        expect(own[P[name]]).toBeLessThanOrEqual(range.high);
      }
      if (own[P.smugglingLeakShare] < 0.01) below += 1;
    }
    // the lognormal's new 5th percentile: about 5% of draws below it
    expect(below / 400).toBeGreaterThan(0.01);
    expect(below / 400).toBeLessThan(0.1);
  });

  it('leaves the other scenarios of the run unchanged, to the bit', async () => {
    const opts = { draws: 400, seed: 7, workers: 1 };
    const [alone] = await runEnsemble([resolveScenario(BASELINE)], opts);
    const [beside, withRanges] = await runEnsemble(
      [resolveScenario(BASELINE), resolveScenario(ranged)],
      opts,
    );
    expect(beside.quantiles).toEqual(alone.quantiles);
    expect(beside.probabilities).toEqual(alone.probabilities);
    expect(withRanges.quantiles.leadMonths.p50).not.toEqual(alone.quantiles.leadMonths.p50);
  });
});

describe('runSensitivity(scenario with ranges)', () => {
  it('is refused as an input error naming `ranges` (its factors come from the table)', async () => {
    const ranged: Scenario = {
      ...BASELINE,
      name: 'ranged',
      ranges: { smugglingLeakShare: { low: 0.01, high: 0.2 } },
    };
    await expect(runSensitivity(resolveScenario(ranged), { seed: 1, n: 64 })).rejects.toThrow(
      /ranges: expected no `ranges` for `leadline sensitivity` yet.*found ranges for smugglingLeakShare/,
    );
  });
});
