/**
 * Computes blocks of draws, the same way in the calling thread and in workers.
 *
 *   sample the block's parameter matrix (draw streams from (seed, draw index))
 *     → Iman–Conover within the block (stream from (seed, block index))
 *     → per scenario, per batch of BATCH_SIZE draws:
 *          draw's vector with the scenario's kept slots → simulate → copy the shown months
 *          into the batch (draw-major) → count (sketch, sums, checks) or collect (exact pass)
 * All buffers are allocated once; a block allocates only the arrays it hands back.
 */
import {
  createWorkspace,
  N_PARAMS,
  SERIES_NAMES,
  type SeriesName,
  simulate,
  type Workspace,
} from '../core/index.ts';
import { BlockSampler, vectorOf } from './blockSampler.ts';
import { SummaryKernel } from './ensembleKernel.ts';
import type {
  CollectBlockResult,
  CountBlockResult,
  EnsemblePlan,
  PlanScenario,
  TargetSet,
} from './ensembleTypes.ts';
import { columnBounds, DrawInvariantError, firstViolation, seriesBounds } from './invariants.ts';
import { OUTCOME_MONTH } from './outcomes.ts';
import type { SketchGrid, SketchPartial } from './quantileSketch.ts';

/** Draws summarised together, column by column (a block of 1000 = 4 × 250). */
export const BATCH_SIZE = 250;
/** Draws of the pilot that places the sketch grids (the first draws of block 0). */
export const PILOT_DRAWS = 500;

/** Blocks after which an engine hands over its 16-bit counters: fewer than 2¹⁶ draws. */
export function flushBlocks(blockSize: number): number {
  return Math.max(1, Math.floor(0xffff / blockSize));
}

interface ScenarioState {
  readonly plan: PlanScenario;
  readonly ws: Workspace;
  /** The shown months of each series, as views on the workspace (made once). */
  readonly shown: Float64Array[];
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  /** Bounds of each series, for months before firstMonth (not in the batch). */
  readonly seriesLo: Float64Array;
  readonly seriesHi: Float64Array;
}

type Mode = 'pilot' | 'count' | 'collect';

export class BlockEngine {
  private readonly sampler: BlockSampler;
  private readonly params = new Float64Array(N_PARAMS);
  private readonly states: ScenarioState[];
  /** The batch, the sketch counters and the hot loops (WebAssembly). */
  private readonly kernel: SummaryKernel;
  /** Blocks counted since the counters were last handed over. */
  private blocksSinceFlush = 0;

  constructor(private readonly plan: EnsemblePlan) {
    this.sampler = new BlockSampler(plan.seed, plan.blockSize, plan.correlations);
    this.states = plan.scenarios.map((sc) => scenarioState(sc));
    this.kernel = new SummaryKernel(
      BATCH_SIZE,
      this.states.map((st) => ({ nColumns: st.plan.nColumns, lo: st.lo, hi: st.hi })),
    );
  }

  /** Grids for the counting pass; counters start at zero. */
  setGrids(grids: readonly SketchGrid[]): void {
    for (let s = 0; s < grids.length; s++) this.kernel.setGrid(s, grids[s]);
    this.blocksSinceFlush = 0;
  }

  /** Targets for the collecting pass. */
  setTargets(targets: readonly TargetSet[]): void {
    for (let s = 0; s < targets.length; s++) this.kernel.setTargets(s, targets[s]);
  }

  /** The counters accumulated since the last hand-over (the engine keeps no reference). */
  flush(): SketchPartial[] {
    if (this.blocksSinceFlush === 0) return [];
    this.blocksSinceFlush = 0;
    return this.states.map((_, s) => this.kernel.takePartial(s));
  }

  /** The first PILOT_DRAWS draws of block 0 for scenario s, column-major (column c at c·n …), checked. */
  pilot(scenario: number): { values: Float64Array; n: number } {
    const n = Math.min(PILOT_DRAWS, this.blockLength(0));
    const values = new Float64Array(this.states[scenario].plan.nColumns * n);
    this.sampleBlock(0, this.blockLength(0));
    this.runScenario(0, 'pilot', scenario, { values, n }, n);
    return { values, n };
  }

  countBlock(block: number): CountBlockResult {
    const n = this.blockLength(block);
    const leads = this.states.map(() => new Float64Array(n));
    const perDraw = this.states.map(() => new Float64Array(n * this.plan.perDrawSeries.length));
    this.sampleBlock(block, n);
    for (let s = 0; s < this.states.length; s++) this.runScenario(block, 'count', s, leads[s], n, perDraw[s]);
    const sums = this.states.map((_, s) => this.kernel.takeSums(s));
    const due = ++this.blocksSinceFlush >= flushBlocks(this.plan.blockSize);
    return { sums, leads, perDraw, partials: due ? this.flush() : null };
  }

  collectBlock(block: number): CollectBlockResult {
    const result: CollectBlockResult = { slots: [], values: [] };
    this.sampleBlock(block, this.blockLength(block));
    for (let s = 0; s < this.states.length; s++) {
      const { slots, values } = this.kernel.collected(this.runScenario(block, 'collect', s, null));
      result.slots.push(slots);
      result.values.push(values);
    }
    return result;
  }

  private blockLength(block: number): number {
    return Math.min(this.plan.blockSize, this.plan.draws - block * this.plan.blockSize);
  }

  /** Samples the block's parameter matrix (every scenario's draws share it). */
  private sampleBlock(block: number, n: number): void {
    this.sampler.sample(block, n);
  }

  /** Draw row `row` of the matrix with scenario st's kept slots, into this.params. */
  private drawParams(st: ScenarioState, row: number): Float64Array {
    return vectorOf(this.sampler.matrix, row, st.plan, st.plan.keptSlots, this.params);
  }

  /** Runs scenario s over a sampled block; returns the end of the collected pairs in collect mode. */
  private runScenario(
    block: number,
    mode: Mode,
    s: number,
    /** count: the lead at 2028-12 of each draw; pilot: the values, column-major; collect: null. */
    out: Float64Array | { values: Float64Array; n: number } | null,
    n = this.blockLength(block),
    /** count: the per-draw outputs (row-major, draws × outputs). */
    perDraw: Float64Array | null = null,
  ): number {
    const st = this.states[s];
    const sc = st.plan;
    const first = block * this.plan.blockSize;
    const nColumns = sc.nColumns;
    const stride = this.kernel.stride(s);
    let collected = 0;
    for (let from = 0; from < n; from += BATCH_SIZE) {
      const len = Math.min(BATCH_SIZE, n - from);
      const batch = this.kernel.batch; // a new view after collect grew the kernel's memory
      for (let d = 0; d < len; d++) {
        const params = this.drawParams(st, from + d);
        simulate(params, sc.schedule, st.ws);
        if (sc.firstMonth > 0) this.checkHiddenMonths(st, first + from + d, from + d);
        const at = d * stride;
        for (let k = 0; k < st.shown.length; k++) batch.set(st.shown[k], at + k * sc.nShown);
        if (first + from + d === this.plan.plantNonFiniteDraw) batch[at] = Number.NaN;
        if (mode === 'count') {
          (out as Float64Array)[from + d] =
            sc.nMonths > OUTCOME_MONTH ? st.ws.series.leadMonths[OUTCOME_MONTH] : Number.NaN;
          if (perDraw !== null) this.keepPerDraw(st, perDraw, from + d);
        }
      }
      if (mode === 'count') {
        if (this.kernel.count(s, len) >= 0) this.fail(st, s, first + from, from, len);
      } else if (mode === 'collect') {
        collected = this.kernel.collect(s, len, collected);
      } else {
        const pilot = out as { values: Float64Array; n: number };
        for (let d = 0; d < len; d++) {
          if (firstViolation(batch, d * stride, st.lo, st.hi) >= 0) this.fail(st, s, first + from, from, len);
          for (let c = 0; c < nColumns; c++) pilot.values[c * pilot.n + from + d] = batch[d * stride + c];
        }
      }
    }
    return collected;
  }

  /** The plan's per-draw outputs of the draw just simulated, into row `row` of `out`. */
  private keepPerDraw(st: ScenarioState, out: Float64Array, row: number): void {
    const series = this.plan.perDrawSeries;
    const months = this.plan.perDrawMonths;
    const at = row * series.length;
    for (let o = 0; o < series.length; o++) {
      out[at + o] =
        months[o] < st.plan.nMonths ? st.ws.series[SERIES_NAMES[series[o]]][months[o]] : Number.NaN;
    }
  }

  /** Months before firstMonth are not summarised, but are checked all the same. */
  private checkHiddenMonths(st: ScenarioState, draw: number, row: number): void {
    for (let k = 0; k < SERIES_NAMES.length; k++) {
      const col = st.ws.series[SERIES_NAMES[k]];
      const lo = st.seriesLo[k];
      const hi = st.seriesHi[k];
      for (let m = 0; m < st.plan.firstMonth; m++) {
        const x = col[m];
        if (!(x >= lo && x <= hi)) this.throwFailure(st, draw, row, SERIES_NAMES[k], m, x);
      }
    }
  }

  /** Finds the first failing draw of a batch (lowest index) and throws its error. */
  private fail(st: ScenarioState, s: number, firstDraw: number, firstRow: number, len: number): void {
    const stride = this.kernel.stride(s);
    const batch = this.kernel.batch;
    for (let d = 0; d < len; d++) {
      const c = firstViolation(batch, d * stride, st.lo, st.hi);
      if (c < 0) continue;
      const series = SERIES_NAMES[Math.floor(c / st.plan.nShown)];
      const month = st.plan.firstMonth + (c % st.plan.nShown);
      this.throwFailure(st, firstDraw + d, firstRow + d, series, month, batch[d * stride + c]);
    }
    // a false alarm: the column sum overflowed although every value is finite and in bounds
  }

  private throwFailure(
    st: ScenarioState,
    draw: number,
    row: number,
    series: SeriesName,
    month: number,
    value: number,
  ): never {
    throw new DrawInvariantError({
      scenario: st.plan.name,
      draw,
      seed: this.plan.seed,
      series,
      month,
      value,
      params: Float64Array.from(this.drawParams(st, row)),
    });
  }
}

function scenarioState(plan: PlanScenario): ScenarioState {
  const ws = createWorkspace(plan.nMonths);
  const shown = SERIES_NAMES.map((name) => ws.series[name].subarray(plan.firstMonth, plan.nMonths));
  const { lo, hi } = columnBounds(plan.nShown);
  const seriesLo = Float64Array.from(SERIES_NAMES, (name) => seriesBounds(name).lo);
  const seriesHi = Float64Array.from(SERIES_NAMES, (name) => seriesBounds(name).hi);
  return { plan, ws, shown, lo, hi, seriesLo, seriesHi };
}
