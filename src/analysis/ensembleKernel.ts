/**
 * The two hot loops of the Monte Carlo summary, run in WebAssembly (wasm/summaryKernel.wat):
 *
 *   count:   column sums (in draw order), exact min/max, the invariant check, and the sketch
 *            counters (atom, or bin = clamp(⌊(key − base)·inv + 1⌋, 0, B + 1));
 *   collect: for the exact pass, the (slot, value) pairs of values whose bin is targeted.
 * Each lane of the kernel performs, operation for operation, the scalar arithmetic of
 * quantileSketch.ts (keyOf, binOfKey, slotOf), so the counters and the summary agree to the bit
 * (test/analysis/ensembleKernel.test.ts compares them on edge cases and random batches).
 *
 * One SummaryKernel per BlockEngine owns a WebAssembly memory laid out once:
 *   batch       BATCH_SIZE rows × stride (draw-major; stride = rowStride(columns), which
 *               leaves a padding column after an odd count; it holds 0)
 *   per scenario: 7 column tables (base, inv, atomA, atomB, logMask, lo, hi), the 16-bit
 *               counters, block sums, extremes, the target bitmap and bins of the exact pass
 *   collect output (target slot, value), grown when a batch overflows it.
 * Nothing is allocated per draw; per block, only the arrays handed back.
 */

import type { TargetSet } from './ensembleTypes.ts';
import {
  ATOM_A_SLOT,
  ATOM_B_SLOT,
  COLUMN_STRIDE,
  OVER_BIN,
  type SketchGrid,
  type SketchPartial,
} from './quantileSketch.ts';
import { SUMMARY_KERNEL_BASE64 } from './wasm/summaryKernelBinary.ts';

/** Targeted bins per column in the exact pass: two order statistics for each of five levels. */
export const TARGETS_PER_COLUMN = 10;

/** 32-bit words per column in a target bitmap: one bit for each bin 0 … OVER_BIN. */
export const TARGET_WORDS_PER_COLUMN = (OVER_BIN >>> 5) + 1;

/** The per-column tables of the kernel, in this order (summaryKernel.wat). */
const TABLES = ['base', 'inv', 'atomA', 'atomB', 'logMask', 'lo', 'hi'] as const;
const WASM_PAGE_BYTES = 65536;
/** First capacity of the collect output (pairs); doubled when a batch overflows it. */
const INITIAL_COLLECT_CAPACITY = 1 << 16;

/** The targeted bins of every column as a bitmap (column c's bits at c·TARGET_WORDS_PER_COLUMN …). */
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

/** The exports of summaryKernel.wat (byte offsets into the kernel's memory). */
interface KernelExports {
  count(
    batch: number,
    stride: number,
    nColumns: number,
    len: number,
    grid: number,
    counts: number,
    sums: number,
    colMin: number,
    colMax: number,
  ): number;
  collect(
    batch: number,
    stride: number,
    nColumns: number,
    len: number,
    grid: number,
    bitmap: number,
    bins: number,
    outSlots: number,
    outValues: number,
    start: number,
    capacity: number,
  ): number;
}

/** Byte offsets of one scenario's regions. */
interface ScenarioRegions {
  readonly nColumns: number;
  readonly stride: number;
  readonly grid: number;
  readonly counts: number;
  readonly sums: number;
  readonly colMin: number;
  readonly colMax: number;
  readonly bitmap: number;
  readonly bins: number;
}

let compiled: WebAssembly.Module | null = null;

/** The compiled kernel, shared by every instance in this thread (compiled on first use). */
function kernelModule(): WebAssembly.Module {
  if (compiled === null) {
    const bytes = Uint8Array.from(atob(SUMMARY_KERNEL_BASE64), (ch) => ch.charCodeAt(0));
    compiled = new WebAssembly.Module(bytes);
  }
  return compiled;
}

/**
 * Row stride of the batch for n columns [values]: n rounded up to a multiple of 8 (whole cache
 * lines of 64 bytes), then to an odd number of cache lines, so that a column's values, a row
 * apart, spread over all cache sets instead of aliasing onto a few.
 */
export function rowStride(nColumns: number): number {
  const lines = Math.ceil(nColumns / 8);
  return 8 * (lines % 2 === 1 ? lines : lines + 1);
}

/** Rounds a byte count up to a multiple of 16 (v128 alignment). */
function align16(bytes: number): number {
  return Math.ceil(bytes / 16) * 16;
}

export interface KernelScenario {
  readonly nColumns: number;
  /** Bounds of every column: the invariant check of the count pass. */
  readonly lo: Float64Array;
  readonly hi: Float64Array;
}

export class SummaryKernel {
  private readonly memory: WebAssembly.Memory;
  private readonly kernel: KernelExports;
  private readonly regions: ScenarioRegions[];
  private readonly batchAt: number;
  private readonly batchLength: number;
  private collectAt: number;
  private collectCapacity = INITIAL_COLLECT_CAPACITY;
  /**
   * Draw-major batch of up to `batchRows` draws; row stride `stride(s)`. A new view after
   * `collect` grows the memory (the old one is then detached): read it again after collect.
   */
  batch: Float64Array;

  constructor(
    readonly batchRows: number,
    scenarios: readonly KernelScenario[],
  ) {
    let at = 0;
    const take = (bytes: number): number => {
      const start = at;
      at += align16(bytes);
      return start;
    };
    const strides = scenarios.map((sc) => rowStride(sc.nColumns));
    this.batchAt = take(batchRows * Math.max(...strides) * 8);
    this.regions = scenarios.map((sc, s) => {
      const stride = strides[s];
      return {
        nColumns: sc.nColumns,
        stride,
        grid: take(TABLES.length * stride * 8),
        counts: take(stride * COLUMN_STRIDE * 2),
        sums: take(stride * 8),
        colMin: take(stride * 8),
        colMax: take(stride * 8),
        bitmap: take(sc.nColumns * TARGET_WORDS_PER_COLUMN * 4),
        bins: take(sc.nColumns * TARGETS_PER_COLUMN * 4),
      };
    });
    this.collectAt = at;
    at += this.collectCapacity * 12;
    this.memory = new WebAssembly.Memory({ initial: Math.ceil(at / WASM_PAGE_BYTES) });
    const instance = new WebAssembly.Instance(kernelModule(), {
      env: {
        memory: this.memory,
        overBin: new WebAssembly.Global({ value: 'f64' }, OVER_BIN),
        atomASlot: new WebAssembly.Global({ value: 'f64' }, ATOM_A_SLOT),
        atomBSlot: new WebAssembly.Global({ value: 'f64' }, ATOM_B_SLOT),
        overBinSlot: new WebAssembly.Global({ value: 'i32' }, OVER_BIN),
        counterBytes: new WebAssembly.Global({ value: 'i32' }, COLUMN_STRIDE * 2),
        bitmapWords: new WebAssembly.Global({ value: 'i32' }, TARGET_WORDS_PER_COLUMN),
        targetsPerColumn: new WebAssembly.Global({ value: 'i32' }, TARGETS_PER_COLUMN),
      },
    });
    this.kernel = instance.exports as unknown as KernelExports;
    this.batchLength = batchRows * Math.max(...strides);
    this.batch = this.f64(this.batchAt, this.batchLength);
    scenarios.forEach((sc, s) => {
      const r = this.regions[s];
      this.table(s, 'lo').set(sc.lo);
      this.table(s, 'hi').set(sc.hi);
      // the padding column: bin 1 always, never out of bounds
      this.table(s, 'inv').fill(1);
      this.table(s, 'lo').fill(Number.NEGATIVE_INFINITY, sc.nColumns);
      this.table(s, 'hi').fill(Number.POSITIVE_INFINITY, sc.nColumns);
      this.table(s, 'atomA').fill(Number.NaN);
      this.table(s, 'atomB').fill(Number.NaN);
      this.resetCounters(s);
      this.f64(r.sums, r.stride).fill(0);
    });
  }

  /** Row stride of scenario s in the batch: rowStride of its column count. */
  stride(s: number): number {
    return this.regions[s].stride;
  }

  /** Scenario s counts on `grid` from now on; its counters start at zero. */
  setGrid(s: number, grid: SketchGrid): void {
    const n = this.regions[s].nColumns;
    this.table(s, 'base').set(grid.base.subarray(0, n));
    this.table(s, 'inv').set(grid.inv.subarray(0, n));
    this.table(s, 'atomA').set(grid.atomA.subarray(0, n));
    this.table(s, 'atomB').set(grid.atomB.subarray(0, n));
    const logMask = this.table(s, 'logMask');
    const words = new Uint32Array(logMask.buffer, logMask.byteOffset, logMask.length * 2);
    for (let c = 0; c < n; c++) {
      const word = grid.logScale[c] === 1 ? 0xffffffff : 0;
      words[2 * c] = word;
      words[2 * c + 1] = word;
    }
    this.resetCounters(s);
  }

  /**
   * Counts the batch's first `len` rows into scenario s's counters, extremes and block sums.
   * Returns a column that broke its bounds or was not finite, or −1.
   */
  count(s: number, len: number): number {
    const r = this.regions[s];
    this.prepareRows(r, len);
    return this.kernel.count(
      this.batchAt,
      r.stride,
      r.nColumns,
      len,
      r.grid,
      r.counts,
      r.sums,
      r.colMin,
      r.colMax,
    );
  }

  /** The column sums counted since the last call (a copy), then zeroes them. */
  takeSums(s: number): Float64Array {
    const r = this.regions[s];
    const sums = this.f64(r.sums, r.stride);
    const out = sums.slice(0, r.nColumns);
    sums.fill(0);
    return out;
  }

  /** The counters and extremes since the last hand-over (copies); the kernel's restart at zero. */
  takePartial(s: number): SketchPartial {
    const r = this.regions[s];
    const partial: SketchPartial = {
      counts: new Uint16Array(this.memory.buffer, r.counts, r.nColumns * COLUMN_STRIDE).slice(),
      columnMin: this.f64(r.colMin, r.nColumns).slice(),
      columnMax: this.f64(r.colMax, r.nColumns).slice(),
    };
    this.resetCounters(s);
    return partial;
  }

  /** Targets of scenario s for the collecting pass. */
  setTargets(s: number, targets: TargetSet): void {
    const r = this.regions[s];
    new Uint32Array(this.memory.buffer, r.bitmap, r.nColumns * TARGET_WORDS_PER_COLUMN).set(
      targetBitmap(targets, r.nColumns),
    );
    new Int32Array(this.memory.buffer, r.bins, r.nColumns * TARGETS_PER_COLUMN).set(
      targets.bins.subarray(0, r.nColumns * TARGETS_PER_COLUMN),
    );
  }

  /**
   * Collects, after the pairs [0, start) already held, every value of the batch's first `len`
   * rows whose bin is targeted; grows the output when it is full. Returns the new end.
   */
  collect(s: number, len: number, start: number): number {
    const r = this.regions[s];
    this.prepareRows(r, len);
    for (;;) {
      const valuesAt = this.collectAt + this.collectCapacity * 4;
      const end = this.kernel.collect(
        this.batchAt,
        r.stride,
        r.nColumns,
        len,
        r.grid,
        r.bitmap,
        r.bins,
        this.collectAt,
        valuesAt,
        start,
        this.collectCapacity,
      );
      if (end >= 0) return end;
      this.growCollect(start);
    }
  }

  /** Copies of the collected pairs [0, end). */
  collected(end: number): { slots: Int32Array; values: Float64Array } {
    return {
      slots: new Int32Array(this.memory.buffer, this.collectAt, end).slice(),
      values: this.f64(this.collectAt + this.collectCapacity * 4, end).slice(),
    };
  }

  /** Doubles the collect output at the end of memory, keeping its first `keep` pairs. */
  private growCollect(keep: number): void {
    const oldAt = this.collectAt;
    const oldCapacity = this.collectCapacity;
    const capacity = 2 * oldCapacity;
    const at = align16(this.memory.buffer.byteLength);
    this.memory.grow(Math.ceil((capacity * 12) / WASM_PAGE_BYTES));
    const buffer = this.memory.buffer;
    new Int32Array(buffer, at, keep).set(new Int32Array(buffer, oldAt, keep));
    new Float64Array(buffer, at + capacity * 4, keep).set(
      new Float64Array(buffer, oldAt + oldCapacity * 4, keep),
    );
    this.collectAt = at;
    this.collectCapacity = capacity;
    // growing the memory detaches every view of the old buffer
    this.batch = this.f64(this.batchAt, this.batchLength);
  }

  /**
   * Checks that `len` rows fit the batch (the kernel would otherwise read past it), and zeroes
   * the padding column after an odd column count: its lane is counted into padding counters
   * that are never handed over.
   */
  private prepareRows(r: ScenarioRegions, len: number): void {
    if (!(Number.isInteger(len) && len >= 0 && len <= this.batchRows)) {
      throw new RangeError(`SummaryKernel: ${len} rows, expected an integer in 0…${this.batchRows}`);
    }
    if (r.nColumns % 2 === 0) return;
    const batch = this.batch;
    for (let d = 0; d < len; d++) batch[d * r.stride + r.nColumns] = 0;
  }

  private resetCounters(s: number): void {
    const r = this.regions[s];
    new Uint16Array(this.memory.buffer, r.counts, r.stride * COLUMN_STRIDE).fill(0);
    this.f64(r.colMin, r.stride).fill(Number.POSITIVE_INFINITY);
    this.f64(r.colMax, r.stride).fill(Number.NEGATIVE_INFINITY);
  }

  private table(s: number, name: (typeof TABLES)[number]): Float64Array {
    const r = this.regions[s];
    return this.f64(r.grid + TABLES.indexOf(name) * r.stride * 8, r.stride);
  }

  private f64(byteOffset: number, length: number): Float64Array {
    return new Float64Array(this.memory.buffer, byteOffset, length);
  }
}
