/**
 * The two hot loops of the Monte Carlo, over a batch of draws held draw-major in `batch`
 * (draw d's columns at d·nColumns …). Both walk column by column so each column's counters
 * stay in cache while its values stream past; both allocate nothing.
 *
 *   countColumns:   column sums (in draw order), exact min/max, the invariant check, and the
 *                   sketch counters (atom, or bin = clamp(⌊(key − base)·inv + 1⌋, 0, B + 1)).
 *   collectColumns: for the exact pass, the (slot, value) pairs of values whose bin is targeted.
 * The bin arithmetic is written exactly as binOfKey in quantileSketch.ts, so the two passes
 * and the summary agree to the bit.
 */

import type { TargetSet } from './ensembleTypes.ts';
import {
  ATOM_A_SLOT,
  ATOM_B_SLOT,
  COLUMN_STRIDE,
  HIGH_WORD,
  OVER_BIN,
  type SketchGrid,
  type SketchPartial,
} from './quantileSketch.ts';

/** Targeted bins per column in the exact pass: two order statistics for each of five levels. */
export const TARGETS_PER_COLUMN = 10;

/**
 * Adds a batch of `len` draws to the sketch counters and sums. Returns the first column that
 * broke its bounds [lo, hi], or −1 (the caller then finds the draw and throws). The check is
 * made per column from the batch's minimum, maximum and sum: NaN or ±∞ make the sum
 * non-finite (sum − sum ≠ 0), anything else out of bounds shows in the extremes.
 */
export function countColumns(
  batch: Float64Array,
  batchWords: Uint32Array,
  len: number,
  nColumns: number,
  grid: SketchGrid,
  partial: SketchPartial,
  sums: Float64Array,
  lo: Float64Array,
  hi: Float64Array,
): number {
  const counts = partial.counts;
  const columnMin = partial.columnMin;
  const columnMax = partial.columnMax;
  const base = grid.base;
  const inv = grid.inv;
  const atomA = grid.atomA;
  const atomB = grid.atomB;
  const logScale = grid.logScale;
  let bad = -1;
  for (let c = 0; c < nColumns; c++) {
    const b0 = base[c];
    const iv = inv[c];
    const a = atomA[c];
    const b = atomB[c];
    const off = c * COLUMN_STRIDE;
    let sum = 0;
    let mn = Number.POSITIVE_INFINITY;
    let mx = Number.NEGATIVE_INFINITY;
    if (Number.isNaN(a) && logScale[c] === 0) {
      // the common case: linear scale, no atoms
      for (let d = 0, i = c; d < len; d++, i += nColumns) {
        const x = batch[i];
        sum += x;
        if (x < mn) mn = x;
        if (x > mx) mx = x;
        counts[off + (Math.max(0, Math.min(OVER_BIN, (x - b0) * iv + 1)) | 0)]++;
      }
    } else {
      const log = logScale[c] === 1;
      for (let d = 0, i = c; d < len; d++, i += nColumns) {
        const x = batch[i];
        sum += x;
        if (x < mn) mn = x;
        if (x > mx) mx = x;
        if (x === a) counts[off + ATOM_A_SLOT]++;
        else if (x === b) counts[off + ATOM_B_SLOT]++;
        else {
          const key = log ? (x > 0 ? batchWords[2 * i + HIGH_WORD] : -1) : x;
          counts[off + (Math.max(0, Math.min(OVER_BIN, (key - b0) * iv + 1)) | 0)]++;
        }
      }
    }
    if (!(mn >= lo[c] && mx <= hi[c] && sum - sum === 0)) bad = c;
    sums[c] += sum;
    if (mn < columnMin[c]) columnMin[c] = mn;
    if (mx > columnMax[c]) columnMax[c] = mx;
  }
  return bad;
}

/** 32-bit words per column in a target bitmap: one bit for each bin 0 … OVER_BIN. */
export const TARGET_WORDS_PER_COLUMN = (OVER_BIN >>> 5) + 1;

/**
 * The targeted bins of every column as a bitmap (column c's bits at c·TARGET_WORDS_PER_COLUMN …):
 * an exact membership test, where the mask of a TargetSet (bin mod 32) lets about a third of
 * the values through to the search over the column's targets.
 */
export function targetBitmap(targets: TargetSet, nColumns: number): Uint32Array {
  const bits = new Uint32Array(nColumns * TARGET_WORDS_PER_COLUMN);
  for (let c = 0; c < nColumns; c++) {
    for (let t = c * TARGETS_PER_COLUMN; t < (c + 1) * TARGETS_PER_COLUMN; t++) {
      const bin = targets.bins[t];
      if (bin >= 0) bits[c * TARGET_WORDS_PER_COLUMN + (bin >>> 5)] |= 1 << (bin & 31);
    }
  }
  return bits;
}

/**
 * Appends to (outSlots, outValues) from index `start` every value of the batch whose bin is a
 * target of its column; slot = column·TARGETS_PER_COLUMN + target. Atoms are never collected
 * (their values are known). Returns the new end index, or −1 when the outputs are full (the
 * caller grows them and runs the batch again). `bits` is targetBitmap(targets, nColumns),
 * made once per pass by the caller (made here when absent).
 */
export function collectColumns(
  batch: Float64Array,
  batchWords: Uint32Array,
  len: number,
  nColumns: number,
  grid: SketchGrid,
  targets: TargetSet,
  outSlots: Int32Array,
  outValues: Float64Array,
  start: number,
  bits: Uint32Array = targetBitmap(targets, nColumns),
): number {
  const bins = targets.bins;
  let n = start;
  for (let c = 0; c < nColumns; c++) {
    const tlo = targets.lo[c];
    const thi = targets.hi[c];
    if (tlo > thi) continue;
    const b0 = grid.base[c];
    const iv = grid.inv[c];
    const a = grid.atomA[c];
    const b = grid.atomB[c];
    const logScale = grid.logScale[c] === 1;
    const first = c * TARGETS_PER_COLUMN;
    const word0 = c * TARGET_WORDS_PER_COLUMN;
    for (let d = 0, i = c; d < len; d++, i += nColumns) {
      const x = batch[i];
      if (x === a || x === b) continue;
      const key = logScale ? (x > 0 ? batchWords[2 * i + HIGH_WORD] : -1) : x;
      const bin = Math.max(0, Math.min(OVER_BIN, (key - b0) * iv + 1)) | 0;
      if (((bits[word0 + (bin >>> 5)] >>> (bin & 31)) & 1) === 0) continue;
      for (let t = first; t < first + TARGETS_PER_COLUMN; t++) {
        if (bins[t] === bin) {
          if (n === outSlots.length) return -1;
          outSlots[n] = t;
          outValues[n] = x;
          n++;
          break;
        }
      }
    }
  }
  return n;
}
