import { describe, expect, it } from 'vitest';
import { SummaryKernel } from '../../src/analysis/ensembleKernel.ts';
import { normalQuantile } from '../../src/analysis/mcSpecial.ts';
import {
  ATOM_A_SLOT,
  addPartial,
  buildGrid,
  COLUMN_STRIDE,
  emptyTotals,
  estimateInBin,
  highWord,
  KEY_UNITS_PER_OCTAVE,
  locateRanks,
  SKETCH_BINS,
  slotOf,
  valueOfLogKey,
} from '../../src/analysis/quantileSketch.ts';
import { quantileOfSorted } from '../../src/analysis/quantiles.ts';
import { DOMAIN_DRAW, DrawRandom } from '../../src/analysis/rng.ts';
import { pilotOf } from '../helpers/pilot.ts';

/** Three columns of n values: a lognormal (σ = 1.5), a normal, and 0/1 flags with P(1) = 0.3. */
function columns(n: number, stream: number): Float64Array[] {
  const rng = new DrawRandom();
  rng.seed(DOMAIN_DRAW, 1234, stream);
  const lognormal = new Float64Array(n);
  const normal = new Float64Array(n);
  const flag = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lognormal[i] = 1e24 * Math.exp(1.5 * normalQuantile(rng.uniform()));
    normal[i] = 5 + 3 * normalQuantile(rng.uniform());
    flag[i] = rng.uniform() < 0.3 ? 1 : 0;
  }
  return [lognormal, normal, flag];
}

/** Counts values with the production kernel (WebAssembly), merged into totals. */
function count(cols: Float64Array[], grid: ReturnType<typeof buildGrid>) {
  const n = cols[0].length;
  const C = cols.length;
  const lo = new Float64Array(C).fill(-Number.MAX_VALUE);
  const hi = new Float64Array(C).fill(Number.MAX_VALUE);
  const kernel = new SummaryKernel(n, [{ nColumns: C, lo, hi }]);
  kernel.setGrid(0, grid);
  const stride = kernel.stride(0);
  for (let d = 0; d < n; d++) for (let c = 0; c < C; c++) kernel.batch[d * stride + c] = cols[c][d];
  expect(kernel.count(0, n)).toBe(-1);
  const totals = emptyTotals(C);
  addPartial(totals, kernel.takePartial(0));
  return totals;
}

describe('buildGrid(pilot, n, nColumns)', () => {
  const grid = buildGrid(pilotOf(columns(1000, 0)), 1000, 3);

  it('puts a positive column spanning orders of magnitude on a log scale, a normal one on a linear scale', () => {
    expect(Array.from(grid.logScale)).toEqual([1, 0, 0]);
  });

  it('finds the atoms of a 0/1 column and none in continuous columns', () => {
    expect([grid.atomA[2], grid.atomB[2]].sort()).toEqual([0, 1]);
    expect(grid.atomA[0]).toBeNaN();
    expect(grid.atomA[1]).toBeNaN();
  });
});

describe('SummaryKernel.count and slotOf(grid, c, x)', () => {
  it('agree value by value: the kernel bins exactly as the reference', () => {
    const cols = columns(3000, 1);
    const grid = buildGrid(pilotOf(columns(1000, 0)), 1000, 3);
    const totals = count(cols, grid);
    const expected = new Int32Array(3 * COLUMN_STRIDE);
    cols.forEach((col, c) => {
      for (const x of col) expected[c * COLUMN_STRIDE + slotOf(grid, c, x)]++;
    });
    expect(Array.from(totals.counts)).toEqual(Array.from(expected));
    expect(
      totals.counts[2 * COLUMN_STRIDE + ATOM_A_SLOT] + totals.counts[2 * COLUMN_STRIDE + ATOM_A_SLOT + 1],
    ).toBe(3000);
  });
});

describe('addPartial(into, from)', () => {
  it('gives the same counters however the draws were split', () => {
    const grid = buildGrid(pilotOf(columns(1000, 0)), 1000, 3);
    const all = columns(2000, 2);
    const first = all.map((c) => c.slice(0, 700));
    const second = all.map((c) => c.slice(700));
    const whole = count(all, grid);
    const merged = emptyTotals(3);
    for (const part of [count(second, grid), count(first, grid)]) {
      addPartial(merged, { ...part, counts: Uint16Array.from(part.counts) });
    }
    expect(Array.from(merged.counts)).toEqual(Array.from(whole.counts));
    expect(Array.from(merged.columnMin)).toEqual(Array.from(whole.columnMin));
    expect(Array.from(merged.columnMax)).toEqual(Array.from(whole.columnMax));
  });
});

describe('estimateInBin(grid, totals, c, bin, rank) — the sketch estimate', () => {
  it('stays within one bin of the exact order statistic (log scale: relative; linear: absolute)', () => {
    const n = 20_000;
    const cols = columns(n, 3);
    const grid = buildGrid(pilotOf(columns(1000, 0)), 1000, 3);
    const totals = count(cols, grid);
    const ranks = [0.05, 0.1, 0.5, 0.9, 0.95].map((p) => Math.floor(p * (n - 1)));
    for (let c = 0; c < 3; c++) {
      const sorted = Float64Array.from(cols[c]).sort();
      const binWidth = 1 / grid.inv[c];
      locateRanks(grid, totals, c, ranks).forEach((at, k) => {
        const exact = sorted[ranks[k]];
        const estimate = at.atom ? at.value : estimateInBin(grid, totals, c, at.bin, at.rankInBin);
        if (at.atom) expect(estimate).toBe(exact);
        else if (grid.logScale[c] === 1)
          expect(Math.abs(estimate / exact - 1)).toBeLessThan(binWidth / KEY_UNITS_PER_OCTAVE);
        else expect(Math.abs(estimate - exact)).toBeLessThan(binWidth);
      });
    }
  });

  it('returns exact atoms: the median of a 30% flag is 0, the 95th percentile 1', () => {
    const n = 5000;
    const cols = columns(n, 4);
    const grid = buildGrid(pilotOf(columns(1000, 0)), 1000, 3);
    const totals = count(cols, grid);
    const sorted = Float64Array.from(cols[2]).sort();
    const [median, p95] = locateRanks(grid, totals, 2, [
      Math.floor(0.5 * (n - 1)),
      Math.floor(0.95 * (n - 1)),
    ]);
    expect(median).toEqual({ atom: true, value: quantileOfSorted(sorted, 0.5) });
    expect(p95).toEqual({ atom: true, value: 1 });
  });
});

describe('valueOfLogKey(highWord(x))', () => {
  it('recovers x to within 2⁻²⁰ relative (the high word keeps 20 mantissa bits)', () => {
    for (const x of [1e-3, 1, 3.7e24, 6.02e23]) {
      expect(Math.abs(valueOfLogKey(highWord(x)) / x - 1)).toBeLessThan(2 ** -20);
    }
  });

  it('has SKETCH_BINS bins between the edge bins', () => {
    expect(COLUMN_STRIDE).toBe(SKETCH_BINS + 4);
  });
});
