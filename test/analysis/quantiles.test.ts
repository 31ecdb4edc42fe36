/** Reference: R's quantile(x, type = 7) / NumPy's percentile(method="linear") definition. */
import { describe, expect, it } from 'vitest';
import { quantileOfSorted, quantileRank, selectKth, summarizeValues } from '../../src/analysis/quantiles.ts';

describe('quantileOfSorted(sorted, p)', () => {
  it('interpolates linearly between order statistics (type 7)', () => {
    const x = Float64Array.of(1, 2, 3, 4, 10);
    // h = 4p: p = 0.1 → 1.4; p = 0.5 → 3; p = 0.9 → 4 + 0.6·6 = 7.6
    expect(quantileOfSorted(x, 0.1)).toBeCloseTo(1.4, 14);
    expect(quantileOfSorted(x, 0.5)).toBe(3);
    expect(quantileOfSorted(x, 0.9)).toBeCloseTo(7.6, 14);
    expect(quantileOfSorted(x, 0)).toBe(1);
    expect(quantileOfSorted(x, 1)).toBe(10);
  });

  it('handles a single value', () => {
    expect(quantileOfSorted(Float64Array.of(5), 0.95)).toBe(5);
  });
});

describe('quantileRank(p, n)', () => {
  it('gives j = ⌊(n−1)p⌋ and g = (n−1)p − j', () => {
    expect(quantileRank(0.05, 1000)).toEqual({ lower: 49, weight: expect.closeTo(0.95, 12) });
    expect(quantileRank(0.5, 3)).toEqual({ lower: 1, weight: 0 });
  });
});

describe('selectKth(a, from, to, k)', () => {
  it('returns the k-th smallest of any arrangement, ties included', () => {
    const values = [5, 3, 3, 9, -1, 0, 3, 7, 7, 2];
    const sorted = [...values].sort((x, y) => x - y);
    for (let k = 0; k < values.length; k++) {
      const shuffled = Float64Array.from([...values].reverse());
      expect(selectKth(shuffled, 0, values.length, k)).toBe(sorted[k]);
    }
  });

  it('works on a sub-range', () => {
    const a = Float64Array.of(100, 4, 1, 3, 2, -100);
    expect(selectKth(a, 1, 5, 0)).toBe(1);
    expect(selectKth(a, 1, 5, 3)).toBe(4);
  });
});

describe('summarizeValues(values)', () => {
  it('gives quantiles and mean of 1 … 101 exactly', () => {
    const v = Float64Array.from({ length: 101 }, (_, i) => 101 - i);
    expect(summarizeValues(v)).toEqual({ p5: 6, p10: 11, p50: 51, p90: 91, p95: 96, mean: 51 });
  });
});
