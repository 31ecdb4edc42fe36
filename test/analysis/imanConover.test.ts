import { describe, expect, it } from 'vitest';
import {
  cholesky,
  ImanConover,
  pearsonForSpearman,
  planCorrelations,
} from '../../src/analysis/imanConover.ts';
import { DrawRandom } from '../../src/analysis/rng.ts';
import { ParamSampler } from '../../src/analysis/sampler.ts';
import { N_PARAMS, P } from '../../src/core/index.ts';
import { PARAM_TABLE } from '../../src/params/index.ts';

/** Spearman's rank correlation (no ties) of column a and b of a row-major matrix. */
function spearman(matrix: Float64Array, stride: number, n: number, a: number, b: number): number {
  const rank = (slot: number): Float64Array => {
    const order = Array.from({ length: n }, (_, i) => i).sort(
      (p, q) => matrix[p * stride + slot] - matrix[q * stride + slot],
    );
    const r = new Float64Array(n);
    order.forEach((row, k) => {
      r[row] = k;
    });
    return r;
  };
  const ra = rank(a);
  const rb = rank(b);
  let d2 = 0;
  for (let i = 0; i < n; i++) d2 += (ra[i] - rb[i]) ** 2;
  return 1 - (6 * d2) / (n * (n * n - 1));
}

const drawn = (slot: number): boolean => PARAM_TABLE[slot].dist.kind !== 'fixed';

describe('ImanConover.apply(matrix, stride, n, rng, seed, block)', () => {
  const n = 1000;
  const requests = [
    { a: 'spilloverPerYear', b: 'distillationPerYear', rho: 0.7 },
    { a: 'spilloverPerYear', b: 'algoProgressOOMPerYear', rho: -0.4 },
  ] as const;

  function sampledBlock(block: number): Float64Array {
    const matrix = new Float64Array(n * N_PARAMS);
    new ParamSampler().sampleBlock(new DrawRandom(), 99, block * n, n, matrix);
    return matrix;
  }

  it('reaches the requested Spearman correlations within ±0.03 in every block of 1,000', () => {
    const plan = planCorrelations(requests, drawn);
    if (!plan) throw new Error('expected a plan');
    const ic = new ImanConover(plan, n);
    for (let block = 0; block < 4; block++) {
      const matrix = sampledBlock(block);
      ic.apply(matrix, N_PARAMS, n, new DrawRandom(), 99, block);
      for (const r of requests) {
        expect(Math.abs(spearman(matrix, N_PARAMS, n, P[r.a], P[r.b]) - r.rho)).toBeLessThan(0.03);
      }
      // an unrequested pair among the correlated ones stays near 0.7 × −0.4 implied by the matrix, not forced
      expect(
        Math.abs(spearman(matrix, N_PARAMS, n, P.distillationPerYear, P.algoProgressOOMPerYear)),
      ).toBeLessThan(0.1);
    }
  });

  it('keeps every marginal: each column holds the same values, only re-ordered', () => {
    const plan = planCorrelations(requests, drawn);
    if (!plan) throw new Error('expected a plan');
    const before = sampledBlock(0);
    const after = Float64Array.from(before);
    new ImanConover(plan, n).apply(after, N_PARAMS, n, new DrawRandom(), 99, 0);
    for (let slot = 0; slot < N_PARAMS; slot++) {
      const col = (m: Float64Array): number[] => Array.from({ length: n }, (_, i) => m[i * N_PARAMS + slot]);
      const involved = plan.slots.includes(slot);
      if (involved) expect(col(after).sort((x, y) => x - y)).toEqual(col(before).sort((x, y) => x - y));
      else expect(col(after)).toEqual(col(before));
    }
  });

  it('is reproducible from (seed, block)', () => {
    const plan = planCorrelations(requests, drawn);
    if (!plan) throw new Error('expected a plan');
    const a = sampledBlock(2);
    const b = sampledBlock(2);
    new ImanConover(plan, n).apply(a, N_PARAMS, n, new DrawRandom(), 99, 2);
    new ImanConover(plan, n).apply(b, N_PARAMS, n, new DrawRandom(), 99, 2);
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});

describe('planCorrelations(requests, isDrawn)', () => {
  it('returns null when nothing is requested', () => {
    expect(planCorrelations([], drawn)).toBeNull();
  });

  it('rejects a fixed parameter, |rho| ≥ 1, conflicting duplicates and an impossible matrix', () => {
    expect(() => planCorrelations([{ a: 'runMonths2025', b: 'h100FlopPerSecond', rho: 0.5 }], drawn)).toThrow(
      /fixed/,
    );
    expect(() => planCorrelations([{ a: 'runMonths2025', b: 'talentCN', rho: 1 }], drawn)).toThrow(/rho/);
    expect(() =>
      planCorrelations(
        [
          { a: 'runMonths2025', b: 'talentCN', rho: 0.5 },
          { a: 'talentCN', b: 'runMonths2025', rho: 0.2 },
        ],
        drawn,
      ),
    ).toThrow(/twice/);
    expect(() =>
      planCorrelations(
        [
          { a: 'runMonths2025', b: 'talentCN', rho: 0.9 },
          { a: 'runMonths2025', b: 'boostMax', rho: 0.9 },
          { a: 'talentCN', b: 'boostMax', rho: -0.9 },
        ],
        drawn,
      ),
    ).toThrow(/not positive definite/);
  });
});

describe('pearsonForSpearman(rho)', () => {
  it('is 2 sin(π ρ / 6): 0 → 0, 1 → 1, 0.5 → 0.5176', () => {
    expect(pearsonForSpearman(0)).toBe(0);
    expect(pearsonForSpearman(1)).toBeCloseTo(1, 15);
    expect(pearsonForSpearman(0.5)).toBeCloseTo(0.5176380902050415, 15);
  });
});

describe('cholesky(matrix, k, out)', () => {
  it('factors a 2 × 2 correlation matrix and refuses a singular one', () => {
    const out = new Float64Array(4);
    expect(cholesky(Float64Array.of(1, 0.6, 0.6, 1), 2, out)).toBe(true);
    expect(Array.from(out)).toEqual([1, 0, 0.6, 0.8]);
    expect(cholesky(Float64Array.of(1, 1, 1, 1), 2, out)).toBe(false);
  });
});
