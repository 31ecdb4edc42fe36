import { describe, expect, it } from 'vitest';
import {
  collectColumns,
  TARGET_WORDS_PER_COLUMN,
  TARGETS_PER_COLUMN,
  targetBitmap,
} from '../../src/analysis/ensembleKernel.ts';
import { buildGrid, OVER_BIN, slotOf } from '../../src/analysis/quantileSketch.ts';

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

  it('collectColumns gives the same pairs with a bitmap made by the caller', () => {
    const C = 2;
    const n = 600;
    const batch = new Float64Array(n * C);
    for (let d = 0; d < n; d++) {
      batch[d * C] = Math.sin(d * 1.7) * 10; // linear
      batch[d * C + 1] = Math.exp(Math.cos(d * 0.9) * 6); // positive, wide: log scale
    }
    const pilot = new Float64Array(n * C);
    for (let d = 0; d < n; d++) for (let c = 0; c < C; c++) pilot[c * n + d] = batch[d * C + c];
    const grid = buildGrid(pilot, n, C);
    const bins = new Int32Array(C * TARGETS_PER_COLUMN).fill(-1);
    for (let c = 0; c < C; c++) {
      for (let t = 0; t < 4; t++) bins[c * TARGETS_PER_COLUMN + t] = slotOf(grid, c, batch[t * 97 * C + c]);
    }
    const lo = new Int32Array(C);
    const hi = new Int32Array(C);
    for (let c = 0; c < C; c++) {
      const own = Array.from(bins.subarray(c * TARGETS_PER_COLUMN, c * TARGETS_PER_COLUMN + 4));
      lo[c] = Math.min(...own);
      hi[c] = Math.max(...own);
    }
    const targets = { bins, lo, hi };
    const words = new Uint32Array(batch.buffer);
    const run = (bits?: Uint32Array): [number[], number[]] => {
      const slots = new Int32Array(n * C);
      const values = new Float64Array(n * C);
      const end = collectColumns(batch, words, n, C, grid, targets, slots, values, 0, bits);
      return [Array.from(slots.subarray(0, end)), Array.from(values.subarray(0, end))];
    };
    const [slots, values] = run(targetBitmap(targets, C));
    expect(run()).toEqual([slots, values]);
    for (let k = 0; k < slots.length; k++) {
      const c = Math.floor(slots[k] / TARGETS_PER_COLUMN);
      expect(slotOf(grid, c, values[k])).toBe(bins[slots[k]]);
    }
    expect(slots.length).toBeGreaterThanOrEqual(8);
  });
});
