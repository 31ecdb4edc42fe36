/**
 * Reference values: SciPy 1.17.1 (scipy.stats triang, lognorm, beta .ppf and .mean), computed
 * once and pasted here; uniform quantiles in closed form.
 */
import { describe, expect, it } from 'vitest';
import { DrawRandom } from '../../src/analysis/rng.ts';
import {
  inverseCdf,
  lognormal90Shape,
  ParamSampler,
  triangularQuantile,
  Z_95,
} from '../../src/analysis/sampler.ts';
import { N_PARAMS } from '../../src/core/index.ts';
import type { Distribution, ParamSpec } from '../../src/params/index.ts';
import { PARAM_TABLE } from '../../src/params/index.ts';

const LEVELS = [0.001, 0.05, 0.1, 0.5, 0.9, 0.95, 0.999];

interface Family {
  readonly label: string;
  readonly dist: Distribution;
  readonly central: number;
  readonly mean: number;
  /** F⁻¹ at LEVELS (SciPy). */
  readonly quantiles: readonly number[];
}

const FAMILIES: readonly Family[] = [
  {
    label: 'uniform(2, 5)',
    dist: { kind: 'uniform', low: 2, high: 5 },
    central: 3,
    mean: 3.5,
    quantiles: LEVELS.map((p) => 2 + 3 * p),
  },
  {
    label: 'triangular(1, mode 2, 6)',
    dist: { kind: 'triangular', low: 1, high: 6 },
    central: 2,
    mean: 3,
    quantiles: [
      1.0707106781186548, 1.5, 1.7071067811865477, 2.8377223398316205, 4.585786437626905, 5.0,
      5.858578643762691,
    ],
  },
  {
    label: 'lognormal90(0.01, 0.08)',
    dist: { kind: 'lognormal90', p5: 0.01, p95: 0.08 },
    central: 0.03,
    mean: 0.03453883862173611,
    quantiles: [
      0.004010650722107679, 0.01, 0.01258153506648032, 0.0282842712474619, 0.06358524582038937, 0.08,
      0.19946887810254976,
    ],
  },
  {
    label: 'beta(2, 5) on [10, 20]',
    dist: { kind: 'beta', alpha: 2, beta: 5, low: 10, high: 20 },
    central: 12,
    mean: 10 + 10 * (2 / 7),
    quantiles: [
      0.008255492787746678, 0.06284989170835438, 0.09259525891312873, 0.26444998329566005, 0.5103163065514917,
      0.5818034092520259, 0.818613866919134,
    ].map((x) => 10 + 10 * x),
  },
];

function specOf(family: Family): ParamSpec {
  return { ...PARAM_TABLE[0], dist: family.dist, central: family.central };
}

describe('inverseCdf(dist, central, u)', () => {
  for (const family of FAMILIES) {
    it(`matches SciPy's ppf for ${family.label}`, () => {
      for (let i = 0; i < LEVELS.length; i++) {
        const x = inverseCdf(family.dist, family.central, LEVELS[i]);
        expect(x).toBeCloseTo(family.quantiles[i], 10);
      }
    });
  }

  it('returns the central value for a fixed distribution', () => {
    expect(inverseCdf({ kind: 'fixed' }, 9.89e14, 0.3)).toBe(9.89e14);
  });
});

describe('lognormal90Shape(p5, p95)', () => {
  it('puts p5 and p95 at the 5th and 95th percentiles: median √(p5·p95), σ = ln(p95/p5)/(2·1.6448536)', () => {
    const { median, sigma } = lognormal90Shape(0.01, 0.08);
    expect(median).toBeCloseTo(Math.sqrt(0.0008), 15);
    expect(sigma).toBeCloseTo(Math.log(8) / (2 * 1.6448536), 7);
    expect(median * Math.exp(-sigma * Z_95)).toBeCloseTo(0.01, 14);
  });
});

describe('triangularQuantile(low, mode, high, u)', () => {
  it('is continuous at the mode and hits the ends', () => {
    const fc = (2 - 1) / (6 - 1);
    expect(triangularQuantile(1, 2, 6, fc)).toBeCloseTo(2, 12);
    expect(triangularQuantile(1, 2, 6, 0)).toBe(1);
    expect(triangularQuantile(1, 2, 6, 1)).toBe(6);
    expect(triangularQuantile(1, 1, 6, 0.5)).toBeCloseTo(6 - Math.sqrt(0.5 * 25), 12); // mode at the low end
  });
});

describe('ParamSampler.sampleDraw(rng, seed, draw, out, offset)', () => {
  const N = 40_000;
  for (const family of FAMILIES) {
    it(`draws ${family.label} with the reference mean and quantiles`, () => {
      const sampler = new ParamSampler([specOf(family)]);
      const rng = new DrawRandom();
      const values = new Float64Array(N);
      for (let i = 0; i < N; i++) sampler.sampleDraw(rng, 11, i, values, i);
      const sorted = Float64Array.from(values).sort();
      let sum = 0;
      for (const v of values) sum += v;
      const spread = family.quantiles[5] - family.quantiles[1];
      expect(Math.abs(sum / N - family.mean)).toBeLessThan(0.01 * spread);
      for (const i of [1, 2, 3, 4, 5]) {
        // a quantile's Monte Carlo error at n = 40,000 is well under 1% of the 90% range here
        expect(Math.abs(sorted[Math.floor(LEVELS[i] * N)] - family.quantiles[i])).toBeLessThan(0.01 * spread);
      }
    });
  }

  it('leaves fixed parameters at their central value and draws the others', () => {
    const sampler = new ParamSampler();
    const out = new Float64Array(N_PARAMS);
    sampler.sampleDraw(new DrawRandom(), 1, 0, out, 0);
    for (let i = 0; i < N_PARAMS; i++) {
      if (PARAM_TABLE[i].dist.kind === 'fixed') expect(out[i]).toBe(PARAM_TABLE[i].central);
      else expect(sampler.drawn[i]).toBe(1);
    }
  });

  it('gives a draw the same vector whatever else was drawn before', () => {
    const sampler = new ParamSampler();
    const rng = new DrawRandom();
    const a = new Float64Array(N_PARAMS);
    const b = new Float64Array(N_PARAMS);
    sampler.sampleDraw(rng, 3, 777, a, 0);
    sampler.sampleBlock(rng, 3, 770, 1, new Float64Array(N_PARAMS));
    sampler.sampleDraw(rng, 3, 777, b, 0);
    expect(Array.from(b)).toEqual(Array.from(a));
  });
});

describe('new ParamSampler(table)', () => {
  it('rejects a triangular distribution whose mode lies outside [low, high]', () => {
    const bad: ParamSpec = { ...PARAM_TABLE[0], central: 7, dist: { kind: 'triangular', low: 1, high: 6 } };
    expect(() => new ParamSampler([bad])).toThrow(/triangular needs low ≤ central ≤ high/);
  });

  it('accepts the parameter table', () => {
    expect(() => new ParamSampler()).not.toThrow();
  });
});
