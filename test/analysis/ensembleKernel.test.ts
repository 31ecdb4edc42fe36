import { describe, expect, it } from 'vitest';
import {
  rowStride,
  SummaryKernel,
  TARGET_WORDS_PER_COLUMN,
  TARGETS_PER_COLUMN,
  targetBitmap,
} from '../../src/analysis/ensembleKernel.ts';
import type { TargetSet } from '../../src/analysis/ensembleTypes.ts';
import {
  buildGrid,
  COLUMN_STRIDE,
  OVER_BIN,
  type SketchGrid,
  slotOf,
  valueOfKey,
} from '../../src/analysis/quantileSketch.ts';
import { DOMAIN_DRAW, DrawRandom } from '../../src/analysis/rng.ts';
import { pilotOf } from '../helpers/pilot.ts';

/**
 * The WebAssembly kernel against the scalar reference of quantileSketch.ts: slotOf for the
 * counters, a sum in draw order, `if (x < mn) mn = x` for the extremes.
 */

/**
 * Values that stress each step of the slot arithmetic: the values at bin edges (in key units,
 * mapped back to values — on a log column through the high word), just either side of them,
 * and the special values.
 */
function edgeValues(grid: SketchGrid, c: number): number[] {
  const width = 1 / grid.inv[c];
  const base = grid.base[c];
  const edgeKeys = [0, 1, 2, 511, 1023, 1024].map((k) => base + k * width);
  const keys = [
    ...edgeKeys,
    ...edgeKeys.map((k) => k + width * 1e-3),
    ...edgeKeys.map((k) => k - width * 1e-3),
  ];
  return [
    ...keys.map((key) => valueOfKey(grid, c, key)),
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    0,
    -0,
    -1,
    1,
    5e-324,
    -5e-324,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    1e300,
    valueOfKey(grid, c, base - 1e6 * width),
    valueOfKey(grid, c, base + 1e6 * width),
    grid.atomA[c],
    grid.atomB[c],
  ];
}

/** Pairs (2k, 2k + 1) the kernel takes through its shorter loop: both linear, without atoms. */
function plainPairs(grid: SketchGrid): number {
  let plain = 0;
  for (let c = 0; c + 1 < grid.nColumns; c += 2) {
    const simple = (k: number) =>
      grid.logScale[k] === 0 && Number.isNaN(grid.atomA[k]) && Number.isNaN(grid.atomB[k]);
    if (simple(c) && simple(c + 1)) plain++;
  }
  return plain;
}

/** Sum in draw order, as each lane of the kernel adds. */
function sequentialSum(col: Float64Array): number {
  let sum = 0;
  for (const x of col) sum += x;
  return sum;
}

/** Kind of column c: cycles through the five kinds. */
const CYCLED = (c: number): number => c % 5;
/** Kind of column c: two neighbours share a kind, so the kernel meets pairs of plain linear columns (its shorter loop) as well as mixed pairs. */
const PAIRED = (c: number): number => Math.floor(c / 2) % 5;

/** `nColumns` columns of mixed kinds: 0 linear, 1 log, 2 0/1 flags, 3 one atom, 4 constant. */
function mixedColumns(nColumns: number, n: number, stream: number, kindOf = CYCLED): Float64Array[] {
  const rng = new DrawRandom();
  rng.seed(DOMAIN_DRAW, 77, stream);
  return Array.from({ length: nColumns }, (_, c) => {
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const u = rng.uniform();
      switch (kindOf(c)) {
        case 0:
          col[i] = 10 * u - 3; // linear
          break;
        case 1:
          col[i] = 1e20 * Math.exp(12 * u); // positive over 5 orders: log scale
          break;
        case 2:
          col[i] = u < 0.3 ? 1 : 0; // flags: two atoms
          break;
        case 3:
          col[i] = u < 0.4 ? 0 : u; // clamped at zero: one atom
          break;
        default:
          col[i] = 2.5; // constant
      }
    }
    return col;
  });
}

interface Reference {
  counts: Int32Array;
  sums: Float64Array;
  min: Float64Array;
  max: Float64Array;
}

function reference(cols: Float64Array[], grid: SketchGrid): Reference {
  const C = cols.length;
  const out: Reference = {
    counts: new Int32Array(C * COLUMN_STRIDE),
    sums: new Float64Array(C),
    min: new Float64Array(C).fill(Number.POSITIVE_INFINITY),
    max: new Float64Array(C).fill(Number.NEGATIVE_INFINITY),
  };
  cols.forEach((col, c) => {
    let sum = 0;
    for (const x of col) {
      out.counts[c * COLUMN_STRIDE + slotOf(grid, c, x)]++;
      sum += x;
      if (x < out.min[c]) out.min[c] = x;
      if (x > out.max[c]) out.max[c] = x;
    }
    out.sums[c] = sum;
  });
  return out;
}

function unbounded(C: number): { nColumns: number; lo: Float64Array; hi: Float64Array } {
  return {
    nColumns: C,
    lo: new Float64Array(C).fill(Number.NEGATIVE_INFINITY),
    hi: new Float64Array(C).fill(Number.POSITIVE_INFINITY),
  };
}

function fill(kernel: SummaryKernel, s: number, cols: Float64Array[]): void {
  const stride = kernel.stride(s);
  cols.forEach((col, c) => {
    col.forEach((x, d) => {
      kernel.batch[d * stride + c] = x;
    });
  });
}

/** Object.is on every element: tells −0 from 0 and compares NaN. */
function sameBits(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

describe('rowStride(nColumns)', () => {
  it('is at least nColumns, whole cache lines, an odd number of them', () => {
    for (const n of [1, 2, 7, 8, 9, 16, 17, 3840, 3841]) {
      const stride = rowStride(n);
      expect(stride).toBeGreaterThanOrEqual(n);
      expect(stride % 8).toBe(0);
      expect((stride / 8) % 2).toBe(1);
      expect(stride - n).toBeLessThan(16);
    }
  });
});

describe('SummaryKernel.count (WebAssembly) against the scalar reference', () => {
  it('bins edge values exactly as slotOf: NaN, ±∞, −0, bin edges, atoms, x ≤ 0 on a log column', () => {
    const cols = mixedColumns(5, 600, 1);
    const grid = buildGrid(pilotOf(cols), 600, 5);
    expect(Array.from(grid.logScale)).toEqual([0, 1, 0, 0, 0]);
    const edge = cols.map((_, c) => edgeValues(grid, c));
    const n = Math.max(...edge.map((e) => e.length));
    const batchCols = edge.map((e) => Float64Array.from({ length: n }, (_, i) => e[i % e.length]));
    const kernel = new SummaryKernel(n, [unbounded(5)]);
    kernel.setGrid(0, grid);
    fill(kernel, 0, batchCols);
    // every column holds a NaN: the last column is the one reported
    expect(kernel.count(0, n)).toBe(4);
    const expected = reference(batchCols, grid);
    const partial = kernel.takePartial(0);
    expect(Array.from(partial.counts)).toEqual(Array.from(expected.counts));
    expect(sameBits(kernel.takeSums(0), expected.sums)).toBe(true);
    expect(sameBits(partial.columnMin, expected.min)).toBe(true);
    expect(sameBits(partial.columnMax, expected.max)).toBe(true);
    // the edges land in many different bins, on the log column too
    for (let c = 0; c < 2; c++) {
      const bins = new Set(batchCols[c].map((x) => slotOf(grid, c, x)));
      expect(bins.size).toBeGreaterThanOrEqual(8);
    }
  });

  it('takes a pair of linear columns without atoms through its shorter loop, binning edge values as slotOf', () => {
    const cols = mixedColumns(2, 600, 8, () => 0);
    const grid = buildGrid(pilotOf(cols), 600, 2);
    expect(plainPairs(grid)).toBe(1);
    const edge = cols.map((_, c) => edgeValues(grid, c));
    const n = Math.min(...edge.map((e) => e.length));
    const batchCols = edge.map((e) => Float64Array.from(e.slice(0, n)));
    const kernel = new SummaryKernel(n, [unbounded(2)]);
    kernel.setGrid(0, grid);
    fill(kernel, 0, batchCols);
    kernel.count(0, n);
    const expected = reference(batchCols, grid);
    const partial = kernel.takePartial(0);
    expect(Array.from(partial.counts)).toEqual(Array.from(expected.counts));
    expect(sameBits(kernel.takeSums(0), expected.sums)).toBe(true);
    expect(sameBits(partial.columnMin, expected.min)).toBe(true);
  });

  it('agrees on random batches of mixed columns, an odd count, over several calls', () => {
    const C = 37;
    const grid = buildGrid(pilotOf(mixedColumns(C, 500, 2, PAIRED)), 500, C);
    expect(plainPairs(grid)).toBeGreaterThanOrEqual(3);
    const kernel = new SummaryKernel(250, [unbounded(C)]);
    kernel.setGrid(0, grid);
    const all: Float64Array[] = Array.from({ length: C }, () => new Float64Array(0));
    // sums: a running sum per call in draw order, added to the block's sum (as the JS kernel did)
    const blockSums = new Float64Array(C);
    for (let call = 0; call < 3; call++) {
      const len = [250, 13, 100][call];
      const cols = mixedColumns(C, len, 10 + call, PAIRED);
      fill(kernel, 0, cols);
      expect(kernel.count(0, len)).toBe(-1);
      cols.forEach((col, c) => {
        all[c] = Float64Array.from([...all[c], ...col]);
        blockSums[c] += sequentialSum(col);
      });
    }
    const expected = reference(all, grid);
    const partial = kernel.takePartial(0);
    expect(Array.from(partial.counts)).toEqual(Array.from(expected.counts));
    expect(sameBits(kernel.takeSums(0), blockSums)).toBe(true);
    expect(sameBits(partial.columnMin, expected.min)).toBe(true);
    expect(sameBits(partial.columnMax, expected.max)).toBe(true);
    // the hand-over restarts the counters
    const again = kernel.takePartial(0);
    expect(again.counts.every((k) => k === 0)).toBe(true);
    expect(again.columnMin.every((x) => x === Number.POSITIVE_INFINITY)).toBe(true);
  });

  it('keeps two scenarios of different widths apart in one memory', () => {
    const a = mixedColumns(9, 200, 3);
    const b = mixedColumns(4, 200, 4);
    const gridA = buildGrid(pilotOf(a), 200, 9);
    const gridB = buildGrid(pilotOf(b), 200, 4);
    const kernel = new SummaryKernel(200, [unbounded(9), unbounded(4)]);
    kernel.setGrid(0, gridA);
    kernel.setGrid(1, gridB);
    fill(kernel, 0, a);
    kernel.count(0, 200);
    fill(kernel, 1, b);
    kernel.count(1, 200);
    expect(Array.from(kernel.takePartial(0).counts)).toEqual(Array.from(reference(a, gridA).counts));
    expect(Array.from(kernel.takePartial(1).counts)).toEqual(Array.from(reference(b, gridB).counts));
  });

  it('returns a column that left its bounds or was not finite, else −1', () => {
    const C = 4;
    const cols = mixedColumns(C, 50, 5).map((col) => col.map((x) => Math.abs(x) % 1));
    const grid = buildGrid(pilotOf(cols), 50, C);
    const bounds = { nColumns: C, lo: new Float64Array(C).fill(0), hi: new Float64Array(C).fill(1) };
    const run = (edit: (cols: Float64Array[]) => void): number => {
      const kernel = new SummaryKernel(50, [bounds]);
      kernel.setGrid(0, grid);
      const copy = cols.map((col) => col.slice());
      edit(copy);
      fill(kernel, 0, copy);
      return kernel.count(0, 50);
    };
    expect(run(() => {})).toBe(-1);
    expect(
      run((c) => {
        c[2][7] = Number.NaN;
      }),
    ).toBe(2);
    expect(
      run((c) => {
        c[1][0] = 1.5;
      }),
    ).toBe(1);
    expect(
      run((c) => {
        c[3][49] = Number.POSITIVE_INFINITY;
        c[0][3] = -0.1;
      }),
    ).toBe(3);
  });

  it('refuses more rows than its batch holds', () => {
    const kernel = new SummaryKernel(10, [unbounded(3)]);
    expect(() => kernel.count(0, 11)).toThrow(/11 rows, expected an integer in 0…10/);
    expect(() => kernel.collect(0, 2.5, 0)).toThrow(RangeError);
  });
});

function targetsFor(grid: SketchGrid, cols: Float64Array[], pick: (c: number) => number[]): TargetSet {
  const C = cols.length;
  const bins = new Int32Array(C * TARGETS_PER_COLUMN).fill(-1);
  const lo = new Int32Array(C).fill(1);
  const hi = new Int32Array(C).fill(0);
  for (let c = 0; c < C; c++) {
    const own = [...new Set(pick(c).map((d) => slotOf(grid, c, cols[c][d])))].filter((b) => b <= OVER_BIN);
    own.slice(0, TARGETS_PER_COLUMN).forEach((bin, t) => {
      bins[c * TARGETS_PER_COLUMN + t] = bin;
    });
    if (own.length > 0) {
      lo[c] = Math.min(...own);
      hi[c] = Math.max(...own);
    }
  }
  return { bins, lo, hi };
}

/** (slot, value) pairs of the reference, in the kernel's order: column pairs, then draws. */
function referencePairs(cols: Float64Array[], grid: SketchGrid, targets: TargetSet): [number, number][] {
  const out: [number, number][] = [];
  const n = cols[0].length;
  for (let c0 = 0; c0 < cols.length; c0 += 2) {
    for (let d = 0; d < n; d++) {
      for (let c = c0; c < Math.min(c0 + 2, cols.length); c++) {
        const slot = slotOf(grid, c, cols[c][d]);
        for (let t = c * TARGETS_PER_COLUMN; t < (c + 1) * TARGETS_PER_COLUMN; t++) {
          if (targets.bins[t] === slot && slot <= OVER_BIN) {
            out.push([t, cols[c][d]]);
            break;
          }
        }
      }
    }
  }
  return out;
}

describe('SummaryKernel.collect (WebAssembly) against the scalar reference', () => {
  it('collects exactly the values in targeted bins, never atoms, in column-pair order', () => {
    const C = 11;
    const cols = mixedColumns(C, 400, 6, PAIRED);
    const grid = buildGrid(pilotOf(cols), 400, C);
    expect(plainPairs(grid)).toBeGreaterThanOrEqual(1);
    const targets = targetsFor(grid, cols, (c) => [c, 2 * c + 5, 399 - c]);
    const kernel = new SummaryKernel(400, [unbounded(C)]);
    kernel.setGrid(0, grid);
    kernel.setTargets(0, targets);
    fill(kernel, 0, cols);
    const end = kernel.collect(0, 400, 0);
    const { slots, values } = kernel.collected(end);
    const got = Array.from(slots, (t, i): [number, number] => [t, values[i]]);
    expect(got).toEqual(referencePairs(cols, grid, targets));
    expect(got.length).toBeGreaterThan(10);
  });

  it('appends after `start` and grows its output past the first capacity (65,536 pairs)', () => {
    const C = 300;
    const n = 250;
    // every value of a column in one bin: 75,000 targeted values in one batch
    const cols = Array.from({ length: C }, (_, c) => new Float64Array(n).fill(c + 0.5));
    const spread = Array.from({ length: C }, (_, c) =>
      Float64Array.from({ length: 50 }, (_, i) => c + i / 50),
    );
    const grid = buildGrid(pilotOf(spread), 50, C);
    const targets = targetsFor(grid, cols, () => [0]);
    const kernel = new SummaryKernel(n, [unbounded(C)]);
    kernel.setGrid(0, grid);
    kernel.setTargets(0, targets);
    fill(kernel, 0, cols);
    const first = kernel.collect(0, n, 0);
    expect(first).toBe(C * n);
    const end = kernel.collect(0, 10, first);
    expect(end).toBe(C * n + C * 10);
    const { slots, values } = kernel.collected(end);
    expect(slots[C * n]).toBe(0);
    expect(values[C * n]).toBe(0.5);
    expect(values[end - 1]).toBe(C - 0.5);
    // the batch survived the memory's growth
    expect(kernel.batch[0]).toBe(0.5);
  });

  it('agrees with count on every bin: a value is collected iff count put it in a targeted bin', () => {
    const C = 6;
    const cols = mixedColumns(C, 300, 7, PAIRED);
    const grid = buildGrid(pilotOf(cols), 300, C);
    expect(plainPairs(grid)).toBeGreaterThanOrEqual(1);
    const targets = targetsFor(grid, cols, () => Array.from({ length: 300 }, (_, d) => d));
    const kernel = new SummaryKernel(300, [unbounded(C)]);
    kernel.setGrid(0, grid);
    kernel.setTargets(0, targets);
    fill(kernel, 0, cols);
    kernel.count(0, 300);
    const counts = kernel.takePartial(0).counts;
    const { slots } = kernel.collected(kernel.collect(0, 300, 0));
    for (let c = 0; c < C; c++) {
      let targeted = 0;
      for (let t = c * TARGETS_PER_COLUMN; t < (c + 1) * TARGETS_PER_COLUMN; t++) {
        if (targets.bins[t] >= 0) targeted += counts[c * COLUMN_STRIDE + targets.bins[t]];
      }
      const collected = slots.filter((t) => Math.floor(t / TARGETS_PER_COLUMN) === c).length;
      expect(collected).toBe(targeted);
    }
  });
});

describe('targetBitmap(targets, nColumns)', () => {
  it('sets exactly the targeted bins of each column, including the edge bins', () => {
    const C = 3;
    const bins = new Int32Array(C * TARGETS_PER_COLUMN).fill(-1);
    bins.set([0, 31, 32, 500], 0);
    bins.set([OVER_BIN], TARGETS_PER_COLUMN * 2);
    const targets = {
      bins,
      lo: Int32Array.of(0, 1, OVER_BIN),
      hi: Int32Array.of(500, 0, OVER_BIN),
    };
    const bits = targetBitmap(targets, C);
    expect(bits.length).toBe(C * TARGET_WORDS_PER_COLUMN);
    const set = (c: number): number[] => {
      const out: number[] = [];
      for (let bin = 0; bin <= OVER_BIN; bin++) {
        if ((bits[c * TARGET_WORDS_PER_COLUMN + (bin >>> 5)] >>> (bin & 31)) & 1) out.push(bin);
      }
      return out;
    };
    expect(set(0)).toEqual([0, 31, 32, 500]);
    expect(set(1)).toEqual([]);
    expect(set(2)).toEqual([OVER_BIN]);
  });
});
