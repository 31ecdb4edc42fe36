/**
 * A mergeable fixed-grid quantile sketch, one per (series, month) column.
 *
 * Grid. A pilot (the first PILOT_DRAWS = 500 draws) fixes each column's grid before counting starts:
 *   - atoms: the pilot's minimum and maximum when they repeat — where 0/1 flags, clamped
 *     values and constant columns put them — are counted exactly, apart from the bins;
 *   - scale: key(x) = x (linear), or, when the pilot's values are all positive and span more
 *     than LOG_SCALE_RATIO, the high 32 bits of x's IEEE-754 pattern (a piecewise-linear
 *     log₂ x: 2²⁰ key units per octave), with key = −1 for x ≤ 0;
 *   - bins: SKETCH_BINS equal bins in key over the pilot's 0.5–99.5% range widened by
 *     GRID_MARGIN of that range on each side, plus an under- and an overflow bin.
 *   bin(x) = clamp(⌊(key(x) − base)·inv + 1⌋, 0, B + 1): 0 under, 1…B the grid, B + 1 over.
 * Counts are integers, so sketches merge by addition in any order: the result does not
 * depend on how draws were split between workers.
 *
 * Error bound (quantileMethod 'sketch'). The rank of every order statistic is located
 * exactly (atoms included); within its bin the value is interpolated assuming the bin's
 * values are spread evenly, so the error is at most one bin width:
 *   linear columns: (1 + 2·GRID_MARGIN)/SKETCH_BINS = 0.146% of the pilot's 0.5–99.5% range;
 *   log columns:    a relative error of at most keyWidth/2²⁰ (0.1–1% for pilot ranges of
 *                   10× to 10⁵×); values in an atom are exact.
 * Outside the grid (edge bins) the value is interpolated between the grid edge and the
 * exact column minimum/maximum; p5…p95 land there only if the pilot is grossly
 * unrepresentative. Exact mode uses the same grid to find which bin holds each wanted
 * order statistic, then collects that bin's values in a second pass (ensembleSummary.ts).
 */
import { selectKth } from './quantiles.ts';

export const SKETCH_BINS = 1024;
export const UNDER_BIN = 0;
export const OVER_BIN = SKETCH_BINS + 1;
/** Per-column counter layout: [under, bin 1 … bin B, over, atom A, atom B]. */
export const ATOM_A_SLOT = SKETCH_BINS + 2;
export const ATOM_B_SLOT = SKETCH_BINS + 3;
export const COLUMN_STRIDE = SKETCH_BINS + 4;
/** Half-width of the margin added on each side of the pilot's 0.5–99.5% range, in ranges. */
export const GRID_MARGIN = 0.25;
/** A positive column whose pilot range spans more than this factor gets a log-scale grid. */
export const LOG_SCALE_RATIO = 8;
/** Key units per octave on a log-scale grid: the 20 mantissa bits of the high word. */
export const KEY_UNITS_PER_OCTAVE = 1048576;
/** Pilot values below this count use the full pilot range instead of its 0.5–99.5% range. */
const PILOT_TAIL_MIN = 200;
const PILOT_TAIL = 0.005;

/** Index of the high 32-bit word of a float64 inside a Uint32Array view (1 on little-endian). */
export const HIGH_WORD = new Uint32Array(new Float64Array([1]).buffer)[1] === 0x3ff00000 ? 1 : 0;

/** High 32 bits of x's IEEE-754 pattern, as an unsigned number (not for hot loops: allocates). */
export function highWord(x: number): number {
  return new Uint32Array(new Float64Array([x]).buffer)[HIGH_WORD];
}

/** The float64 whose pattern has high word ⌊key⌋ and low word ⌊frac(key)·2³²⌋ (inverse of a log key). */
export function valueOfLogKey(key: number): number {
  const whole = Math.floor(key);
  const words = new Uint32Array(2);
  words[HIGH_WORD] = whole;
  words[1 - HIGH_WORD] = Math.floor((key - whole) * 4294967296);
  return new Float64Array(words.buffer)[0];
}

export interface SketchGrid {
  readonly nColumns: number;
  /** Key at the lower edge of bin 1. */
  readonly base: Float64Array;
  /** Bins per key unit. */
  readonly inv: Float64Array;
  /** 1 where the key is the high word (log scale). */
  readonly logScale: Uint8Array;
  /** Atom values, NaN when absent (NaN never equals a value, so the check costs nothing more). */
  readonly atomA: Float64Array;
  readonly atomB: Float64Array;
}

/** The key of x on column c's scale. */
export function keyOf(grid: SketchGrid, c: number, x: number): number {
  if (grid.logScale[c] === 0) return x;
  return x > 0 ? highWord(x) : -1;
}

/** Bin of key `key` on column c — the arithmetic of the count kernel, operation for operation. */
export function binOfKey(grid: SketchGrid, c: number, key: number): number {
  return Math.max(0, Math.min(OVER_BIN, (key - grid.base[c]) * grid.inv[c] + 1)) | 0;
}

/** Counter slot of x on column c: an atom's slot, or its bin. */
export function slotOf(grid: SketchGrid, c: number, x: number): number {
  if (x === grid.atomA[c]) return ATOM_A_SLOT;
  if (x === grid.atomB[c]) return ATOM_B_SLOT;
  return binOfKey(grid, c, keyOf(grid, c, x));
}

/** Value at key on column c's scale. */
export function valueOfKey(grid: SketchGrid, c: number, key: number): number {
  return grid.logScale[c] === 0 ? key : valueOfLogKey(Math.max(0, key));
}

/** Key range [lower, upper) of grid bin 1…B. */
export function binKeyRange(grid: SketchGrid, c: number, bin: number): [number, number] {
  const width = 1 / grid.inv[c];
  return [grid.base[c] + (bin - 1) * width, grid.base[c] + bin * width];
}

/**
 * Builds every column's grid from pilot values stored column-major (column c at c·n … c·n + n).
 * Linear time per column: atoms are sought where clamps and flags put them — the column's
 * minimum and maximum — and kept when they occur at least twice (an atom elsewhere is still
 * counted correctly, in its bin); the 0.5% and 99.5% points of the other values are found by
 * selection.
 */
export function buildGrid(pilot: Float64Array, n: number, nColumns: number): SketchGrid {
  const grid: SketchGrid = {
    nColumns,
    base: new Float64Array(nColumns),
    inv: new Float64Array(nColumns),
    logScale: new Uint8Array(nColumns),
    atomA: new Float64Array(nColumns).fill(Number.NaN),
    atomB: new Float64Array(nColumns).fill(Number.NaN),
  };
  const rest = new Float64Array(n);
  for (let c = 0; c < nColumns; c++) {
    const column = pilot.subarray(c * n, c * n + n);
    findAtoms(column, grid, c);
    let m = 0;
    for (let i = 0; i < n; i++) {
      const x = column[i];
      if (x !== grid.atomA[c] && x !== grid.atomB[c]) rest[m++] = x;
    }
    placeGrid(rest, m, grid, c);
  }
  return grid;
}

/** The column's minimum and maximum become atoms A and B (most frequent first) when they occur at least twice. */
function findAtoms(column: Float64Array, grid: SketchGrid, c: number): void {
  const n = column.length;
  let min = column[0];
  let max = column[0];
  for (let i = 1; i < n; i++) {
    if (column[i] < min) min = column[i];
    if (column[i] > max) max = column[i];
  }
  let atMin = 0;
  let atMax = 0;
  for (let i = 0; i < n; i++) {
    if (column[i] === min) atMin++;
    else if (column[i] === max) atMax++;
  }
  const first = atMin >= atMax ? min : max;
  const second = atMin >= atMax ? max : min;
  const firstCount = Math.max(atMin, atMax);
  const secondCount = Math.min(atMin, atMax);
  if (firstCount >= 2) grid.atomA[c] = first;
  if (secondCount >= 2 && second !== first) grid.atomB[c] = second;
}

/** Grid over the 0.5–99.5% range of rest[0 … m), widened by GRID_MARGIN each side (selection reorders rest). */
function placeGrid(rest: Float64Array, m: number, grid: SketchGrid, c: number): void {
  if (m === 0) {
    grid.base[c] = 0;
    grid.inv[c] = 1;
    return;
  }
  const tail = m >= PILOT_TAIL_MIN ? PILOT_TAIL : 0;
  const lo = selectKth(rest, 0, m, Math.floor(tail * (m - 1)));
  const hi = selectKth(rest, 0, m, Math.ceil((1 - tail) * (m - 1)));
  const logScale = lo > 0 && hi / lo > LOG_SCALE_RATIO;
  grid.logScale[c] = logScale ? 1 : 0;
  const keyLo = keyOf(grid, c, lo);
  let span = keyOf(grid, c, hi) - keyLo;
  if (!(span > 0)) span = Math.abs(lo) > 0 ? Math.abs(lo) * 1e-3 : 1;
  grid.base[c] = keyLo - GRID_MARGIN * span;
  grid.inv[c] = SKETCH_BINS / (span * (1 + 2 * GRID_MARGIN));
}

/** Merged counters of one scenario: COLUMN_STRIDE counts per column, and exact extremes. */
export interface SketchTotals {
  readonly counts: Int32Array;
  readonly columnMin: Float64Array;
  readonly columnMax: Float64Array;
}

/**
 * One engine's counters since it last handed them over: 16-bit, half the memory traffic of
 * the hot loop. A counter gains at most one per draw, so handing over before 2¹⁶ draws
 * (FLUSH_BLOCKS in ensembleBlocks.ts) keeps them exact.
 */
export interface SketchPartial {
  readonly counts: Uint16Array;
  readonly columnMin: Float64Array;
  readonly columnMax: Float64Array;
}

export function emptyTotals(nColumns: number): SketchTotals {
  return {
    counts: new Int32Array(nColumns * COLUMN_STRIDE),
    columnMin: new Float64Array(nColumns).fill(Number.POSITIVE_INFINITY),
    columnMax: new Float64Array(nColumns).fill(Number.NEGATIVE_INFINITY),
  };
}

/** Adds a partial into totals: integer sums and extremes, the same in any order. */
export function addPartial(into: SketchTotals, from: SketchPartial): void {
  const counts = into.counts;
  const add = from.counts;
  for (let i = 0; i < counts.length; i++) counts[i] += add[i];
  for (let c = 0; c < into.columnMin.length; c++) {
    if (from.columnMin[c] < into.columnMin[c]) into.columnMin[c] = from.columnMin[c];
    if (from.columnMax[c] > into.columnMax[c]) into.columnMax[c] = from.columnMax[c];
  }
}

/** Where an order statistic lies: in an atom (value known) or in a bin at a rank within it. */
export type RankLocation =
  | { readonly atom: true; readonly value: number }
  | { readonly atom: false; readonly bin: number; readonly rankInBin: number };

/** An atom inside a bin: its value and count. */
export interface AtomInBin {
  readonly value: number;
  readonly count: number;
}

/** Atoms of column c that fall in `bin`, ascending by value. */
export function atomsInBin(grid: SketchGrid, totals: SketchTotals, c: number, bin: number): AtomInBin[] {
  const found: AtomInBin[] = [];
  const off = c * COLUMN_STRIDE;
  for (const [value, slot] of [
    [grid.atomA[c], ATOM_A_SLOT],
    [grid.atomB[c], ATOM_B_SLOT],
  ] as const) {
    const count = totals.counts[off + slot];
    if (count > 0 && binOfKey(grid, c, keyOf(grid, c, value)) === bin) found.push({ value, count });
  }
  return found.sort((p, q) => p.value - q.value);
}

/** Locates order statistic `rank` (0-based) of column c: bins in order, each with its atoms. */
export function locateRank(grid: SketchGrid, totals: SketchTotals, c: number, rank: number): RankLocation {
  return locateRanks(grid, totals, c, [rank])[0];
}

/** locateRank for several ranks, given in non-decreasing order, in one walk over the bins. */
export function locateRanks(
  grid: SketchGrid,
  totals: SketchTotals,
  c: number,
  ranks: readonly number[],
): RankLocation[] {
  const off = c * COLUMN_STRIDE;
  const counts = totals.counts;
  const atomBinA = counts[off + ATOM_A_SLOT] > 0 ? binOfKey(grid, c, keyOf(grid, c, grid.atomA[c])) : -1;
  const atomBinB = counts[off + ATOM_B_SLOT] > 0 ? binOfKey(grid, c, keyOf(grid, c, grid.atomB[c])) : -1;
  const found: RankLocation[] = [];
  let below = 0;
  let r = 0;
  for (let bin = 0; bin <= OVER_BIN && r < ranks.length; bin++) {
    let total = counts[off + bin];
    if (bin === atomBinA) total += counts[off + ATOM_A_SLOT];
    if (bin === atomBinB) total += counts[off + ATOM_B_SLOT];
    while (r < ranks.length && ranks[r] < below + total) {
      const rankInBin = ranks[r] - below;
      if (counts[off + bin] === 0) {
        // the bin holds atoms only
        const atoms = atomsInBin(grid, totals, c, bin);
        found.push({
          atom: true,
          value: rankInBin < atoms[0].count ? atoms[0].value : atoms[atoms.length - 1].value,
        });
      } else {
        found.push({ atom: false, bin, rankInBin });
      }
      r++;
    }
    below += total;
  }
  if (r < ranks.length)
    throw new RangeError(`rank ${ranks[r]} is beyond the ${below} values counted in column ${c}`);
  return found;
}

/**
 * Sketch estimate of the rankInBin-th value of `bin`, whose non-atom values are taken as
 * spread evenly in key over the bin (in value between the grid edge and the column
 * extreme for the edge bins), with its atoms at their exact values.
 */
export function estimateInBin(
  grid: SketchGrid,
  totals: SketchTotals,
  c: number,
  bin: number,
  rankInBin: number,
): number {
  const spread = totals.counts[c * COLUMN_STRIDE + bin];
  const atoms = atomsInBin(grid, totals, c, bin);
  const edge = bin === UNDER_BIN || bin === OVER_BIN;
  let lower: number;
  let upper: number;
  if (edge) {
    const gridEdge = valueOfKey(
      grid,
      c,
      bin === UNDER_BIN ? grid.base[c] : binKeyRange(grid, c, SKETCH_BINS)[1],
    );
    lower = bin === UNDER_BIN ? totals.columnMin[c] : gridEdge;
    upper = bin === UNDER_BIN ? Math.min(gridEdge, totals.columnMax[c]) : totals.columnMax[c];
  } else {
    [lower, upper] = binKeyRange(grid, c, bin);
  }
  // position on the interpolation axis: value for edge bins, key otherwise
  const axis = (x: number): number => (edge ? x : keyOf(grid, c, x));
  const toValue = (t: number): number => (edge ? t : valueOfKey(grid, c, t));
  const width = upper - lower;
  let from = lower;
  let spreadUsed = 0;
  let consumed = 0;
  for (const atom of atoms) {
    const at = Math.min(Math.max(axis(atom.value), lower), upper);
    const share = width > 0 ? (at - lower) / width : 0;
    const segment = spread * share - spreadUsed;
    if (rankInBin < consumed + segment)
      return toValue(from + ((rankInBin - consumed + 0.5) / segment) * (at - from));
    consumed += segment;
    spreadUsed += segment;
    if (rankInBin < consumed + atom.count) return atom.value;
    consumed += atom.count;
    from = at;
  }
  const segment = spread - spreadUsed;
  const position = segment > 0 ? Math.min(1, (rankInBin - consumed + 0.5) / segment) : 0.5;
  const estimate = toValue(from + position * (upper - from));
  return Math.min(Math.max(estimate, totals.columnMin[c]), totals.columnMax[c]);
}
