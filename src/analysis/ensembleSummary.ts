/**
 * From merged counters (and, in exact mode, collected values) to per-month quantiles.
 *
 * Exact mode. After the counting pass the rank of every wanted order statistic is located
 * in a bin (or an atom) from exact counts; the collecting pass gathers the values of those
 * bins only; the order statistic is then the (rank within the bin)-th value of the bin's
 * values merged with its atoms. Memory: the targeted bins' values, about 0.8% of the draws
 * per column (docs/PERFORMANCE.md), instead of every value.
 * Sketch mode: quantileSketch.ts's within-bin estimate, no second pass.
 * Means: column sums of each block, folded in block order (BlockSumFolder), so the floating
 * point sum is the same for any number of workers.
 */
import { SERIES_NAMES, type SeriesName } from '../core/index.ts';
import { TARGETS_PER_COLUMN } from './ensembleKernel.ts';
import type { TargetSet } from './ensembleTypes.ts';
import {
  type AtomInBin,
  atomsInBin,
  COLUMN_STRIDE,
  estimateInBin,
  locateRanks,
  type RankLocation,
  type SketchGrid,
  type SketchTotals,
} from './quantileSketch.ts';
import { interpolateOrderStatistics, QUANTILE_KEYS, QUANTILE_LEVELS, quantileRank } from './quantiles.ts';
import type { SeriesQuantiles } from './results.ts';

/** Adds per-block column sums in block order, whatever order blocks arrive in. */
export class BlockSumFolder {
  readonly totals: Float64Array;
  private readonly pending = new Map<number, Float64Array>();
  private next = 0;

  constructor(nColumns: number) {
    this.totals = new Float64Array(nColumns);
  }

  add(block: number, sums: Float64Array): void {
    this.pending.set(block, sums);
    for (let ready = this.pending.get(this.next); ready; ready = this.pending.get(this.next)) {
      for (let c = 0; c < ready.length; c++) this.totals[c] += ready[c];
      this.pending.delete(this.next);
      this.next++;
    }
  }

  /** Blocks folded so far; all of them once the pass is over. */
  get folded(): number {
    return this.next;
  }
}

/**
 * The order statistics every quantile level needs: `ranks` holds them sorted ascending and
 * without repeats (locateRanks walks the bins once, so it needs them in order), and for level
 * k the type-7 pair j, j+1 sits at ranks[lowerAt[k]] and ranks[upperAt[k]]. At small n the
 * pairs of neighbouring levels overlap (n = 10: p5 and p10 both use x₀, x₁), which is why the
 * pairs are merged rather than listed level by level.
 */
export interface WantedRanks {
  readonly ranks: readonly number[];
  readonly lowerAt: readonly number[];
  readonly upperAt: readonly number[];
}

export function wantedRanks(draws: number): WantedRanks {
  const pairs = QUANTILE_LEVELS.map((p) => {
    const { lower } = quantileRank(p, draws);
    return [lower, Math.min(lower + 1, draws - 1)] as const;
  });
  const ranks = [...new Set(pairs.flat())].sort((a, b) => a - b);
  return {
    ranks,
    lowerAt: pairs.map(([lower]) => ranks.indexOf(lower)),
    upperAt: pairs.map(([, upper]) => ranks.indexOf(upper)),
  };
}

/** Where collected values of each targeted slot go: offset and size (= the bin's count). */
export interface CandidateLayout {
  readonly offset: Int32Array;
  readonly size: Int32Array;
  readonly total: number;
}

/** The bins the exact pass must collect for each column, and where their values will go. */
export function planTargets(
  grid: SketchGrid,
  totals: SketchTotals,
  draws: number,
): { targets: TargetSet; layout: CandidateLayout } {
  const nColumns = grid.nColumns;
  const bins = new Int32Array(nColumns * TARGETS_PER_COLUMN).fill(-1);
  const lo = new Int32Array(nColumns).fill(1);
  const hi = new Int32Array(nColumns);
  const offset = new Int32Array(nColumns * TARGETS_PER_COLUMN);
  const size = new Int32Array(nColumns * TARGETS_PER_COLUMN);
  const { ranks } = wantedRanks(draws);
  let total = 0;
  for (let c = 0; c < nColumns; c++) {
    let t = 0;
    for (const at of locateRanks(grid, totals, c, ranks)) {
      if (at.atom) continue;
      const slot = c * TARGETS_PER_COLUMN;
      let seen = false;
      for (let k = 0; k < t; k++) seen ||= bins[slot + k] === at.bin;
      if (seen) continue;
      bins[slot + t] = at.bin;
      offset[slot + t] = total;
      size[slot + t] = totals.counts[c * COLUMN_STRIDE + at.bin];
      total += size[slot + t];
      if (t === 0 || at.bin < lo[c]) lo[c] = at.bin;
      if (t === 0 || at.bin > hi[c]) hi[c] = at.bin;
      t++;
    }
  }
  return { targets: { bins, lo, hi }, layout: { offset, size, total } };
}

/** The collected values of one scenario, placed by slot; order-free once each slot is sorted. */
export class CandidateStore {
  readonly values: Float64Array;
  private readonly fill: Int32Array;

  constructor(private readonly layout: CandidateLayout) {
    this.values = new Float64Array(layout.total);
    this.fill = new Int32Array(layout.offset.length);
  }

  add(slots: Int32Array, values: Float64Array): void {
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      const at = this.fill[slot]++;
      if (at >= this.layout.size[slot])
        throw new Error(`internal: slot ${slot} received more values than counted`);
      this.values[this.layout.offset[slot] + at] = values[i];
    }
  }

  /** Checks every slot is complete and sorts it. */
  finish(): void {
    for (let slot = 0; slot < this.fill.length; slot++) {
      const size = this.layout.size[slot];
      if (this.fill[slot] !== size) {
        throw new Error(`internal: slot ${slot} received ${this.fill[slot]} values, counted ${size}`);
      }
      if (size > 1) this.values.subarray(this.layout.offset[slot], this.layout.offset[slot] + size).sort();
    }
  }
}

/** k-th (0-based) of a sorted run of values merged with atoms (ascending, not among the values). */
export function kthWithAtoms(sorted: Float64Array, atoms: readonly AtomInBin[], k: number): number {
  let index = 0;
  let remaining = k;
  for (const atom of atoms) {
    let below = index;
    while (below < sorted.length && sorted[below] < atom.value) below++;
    if (remaining < below - index) return sorted[index + remaining];
    remaining -= below - index;
    index = below;
    if (remaining < atom.count) return atom.value;
    remaining -= atom.count;
  }
  return sorted[index + remaining];
}

/** Quantiles and means of one scenario's columns, series-major, into SeriesQuantiles per series. */
export function summarizeColumns(
  grid: SketchGrid,
  totals: SketchTotals,
  sums: Float64Array,
  draws: number,
  nShown: number,
  exact: { targets: TargetSet; layout: CandidateLayout; store: CandidateStore } | null,
): Record<SeriesName, SeriesQuantiles> {
  const out = {} as Record<SeriesName, SeriesQuantiles>;
  const wanted = wantedRanks(draws);
  for (let s = 0; s < SERIES_NAMES.length; s++) {
    const q: SeriesQuantiles = { p5: [], p10: [], p50: [], p90: [], p95: [], mean: [] };
    for (let m = 0; m < nShown; m++) {
      const c = s * nShown + m;
      const located = locateRanks(grid, totals, c, wanted.ranks);
      for (let level = 0; level < QUANTILE_LEVELS.length; level++) {
        const lower = valueAt(grid, totals, c, located[wanted.lowerAt[level]], exact);
        const upper = valueAt(grid, totals, c, located[wanted.upperAt[level]], exact);
        q[QUANTILE_KEYS[level]].push(
          interpolateOrderStatistics(lower, upper, quantileRank(QUANTILE_LEVELS[level], draws).weight),
        );
      }
      q.mean.push(sums[c] / draws);
    }
    out[SERIES_NAMES[s]] = q;
  }
  return out;
}

function valueAt(
  grid: SketchGrid,
  totals: SketchTotals,
  c: number,
  at: RankLocation,
  exact: { targets: TargetSet; layout: CandidateLayout; store: CandidateStore } | null,
): number {
  if (at.atom) return at.value;
  if (!exact) return estimateInBin(grid, totals, c, at.bin, at.rankInBin);
  const first = c * TARGETS_PER_COLUMN;
  for (let slot = first; slot < first + TARGETS_PER_COLUMN; slot++) {
    if (exact.targets.bins[slot] !== at.bin) continue;
    const from = exact.layout.offset[slot];
    const values = exact.store.values.subarray(from, from + exact.layout.size[slot]);
    return kthWithAtoms(values, atomsInBin(grid, totals, c, at.bin), at.rankInBin);
  }
  throw new Error(`internal: bin ${at.bin} of column ${c} was not collected`);
}
