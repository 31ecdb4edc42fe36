import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  effectiveSampleSize,
  normalizeLogWeights,
  weightedQuantile,
  weightedQuantiles,
  weightedShare,
} from '../../../src/analysis/history/weighted.ts';

/** Direct computation: replicate value i w_i times (integer weights), take the ⌈n·p⌉-th order statistic. */
function replicatedQuantile(values: number[], counts: number[], p: number): number {
  const sample: number[] = [];
  values.forEach((v, i) => {
    for (let c = 0; c < counts[i]; c++) sample.push(v);
  });
  sample.sort((a, b) => a - b);
  const k = Math.max(1, Math.ceil(sample.length * p));
  return sample[k - 1];
}

describe('weightedQuantile(values, weights, p)', () => {
  it('equals the order statistic of the sample with each value repeated w_i times (integer weights)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 5 })), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (pairs, p) => {
          const values = Float64Array.from(pairs.map(([v]) => v));
          const weights = Float64Array.from(pairs.map(([, w]) => w));
          expect(weightedQuantile(values, weights, p)).toBe(
            replicatedQuantile(
              pairs.map(([v]) => v),
              pairs.map(([, w]) => w),
              p,
            ),
          );
        },
      ),
    );
  });

  it('with equal normalised weights gives the ⌈n·p⌉-th order statistic', () => {
    const values = Float64Array.from([5, 1, 4, 2, 3, 9, 8, 7, 6, 10]);
    const weights = new Float64Array(10).fill(0.1);
    expect(weightedQuantiles(values, weights, [0.1, 0.5, 0.9, 1])).toEqual([1, 5, 9, 10]);
  });

  it('a small worked case: values 1, 2, 3 with weights 0.2, 0.5, 0.3', () => {
    const v = Float64Array.from([3, 1, 2]);
    const w = Float64Array.from([0.3, 0.2, 0.5]);
    // cumulative weight in value order: 1 → 0.2, 2 → 0.7, 3 → 1.0
    expect(weightedQuantiles(v, w, [0.1, 0.2, 0.21, 0.7, 0.71])).toEqual([1, 1, 2, 2, 3]);
  });

  it('skips NaN values and zero weights; NaN when nothing is left', () => {
    const v = Float64Array.from([Number.NaN, 7, 100]);
    const w = Float64Array.from([1, 1, 0]);
    expect(weightedQuantile(v, w, 0.9)).toBe(7);
    expect(weightedQuantile(Float64Array.from([Number.NaN]), Float64Array.from([1]), 0.5)).toBeNaN();
  });

  it('does not depend on the order of the draws', () => {
    const v = Float64Array.from([4, 1, 3, 2]);
    const w = Float64Array.from([0.1, 0.4, 0.3, 0.2]);
    const order = [2, 0, 3, 1];
    const v2 = Float64Array.from(order.map((i) => v[i]));
    const w2 = Float64Array.from(order.map((i) => w[i]));
    expect(weightedQuantiles(v2, w2, [0.25, 0.5, 0.75])).toEqual(weightedQuantiles(v, w, [0.25, 0.5, 0.75]));
  });
});

describe('effectiveSampleSize(weights)', () => {
  it('is n for equal weights, 1 for one non-zero weight', () => {
    expect(effectiveSampleSize(new Float64Array(40).fill(0.025))).toBeCloseTo(40, 12);
    expect(effectiveSampleSize(Float64Array.from([0, 0, 1, 0]))).toBe(1);
  });

  it('is (Σw)²/Σw² on a known case: weights 1, 1, 2 → 16/6', () => {
    expect(effectiveSampleSize(Float64Array.from([1, 1, 2]))).toBeCloseTo(16 / 6, 14);
  });

  it('is k when k of n draws share all the weight equally', () => {
    const w = new Float64Array(100);
    for (let i = 0; i < 25; i++) w[i * 4] = 1;
    expect(effectiveSampleSize(w)).toBeCloseTo(25, 12);
  });
});

describe('normalizeLogWeights(logWeights)', () => {
  it('gives exp(ℓ) / Σ exp(ℓ), stable for very negative ℓ', () => {
    const w = normalizeLogWeights(Float64Array.from([-1000, -1000 + Math.log(3)]));
    expect(w[0]).toBeCloseTo(0.25, 12);
    expect(w[1]).toBeCloseTo(0.75, 12);
  });

  it('gives weight 0 to −∞ and refuses when every draw is −∞', () => {
    const w = normalizeLogWeights(Float64Array.from([0, Number.NEGATIVE_INFINITY]));
    expect(Array.from(w)).toEqual([1, 0]);
    expect(() => normalizeLogWeights(Float64Array.from([Number.NEGATIVE_INFINITY]))).toThrow(
      /zero likelihood/,
    );
  });
});

describe('weightedShare(values, weights, inside)', () => {
  it('sums the weights of the draws inside over the weights of the non-NaN draws', () => {
    const v = Float64Array.from([13, 2, Number.NaN, 8]);
    const w = Float64Array.from([0.5, 0.25, 0.2, 0.05]);
    expect(weightedShare(v, w, (x) => x >= 12)).toBeCloseTo(0.5 / 0.8, 14);
  });
});
