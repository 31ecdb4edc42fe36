/**
 * Per-draw outputs of blocks of draws, without the summary kernel: the engine behind
 * evaluateDraws (drawValues.ts), the same in the calling thread and in workers.
 *
 *   parameter rows: sampled (BlockSampler: the ensemble's draws, bit for bit) or given
 *     → per scenario, per row: the row with the scenario's kept slots → simulate
 *       → the requested (series, month) values, checked like every ensemble draw
 *
 * With sampled rows a scenario keeps its fixed and pinned slots (keptSlots), as the ensemble
 * does; with given rows only its pinned slots (pinnedSlots) replace the row's values.
 */
import {
  createWorkspace,
  extentFor,
  N_PARAMS,
  type RunExtent,
  SERIES_NAMES,
  simulate,
  type Workspace,
} from '../core/index.ts';
import { BlockSampler, vectorOf } from './blockSampler.ts';
import type { EnsemblePlan, PlanScenario } from './ensembleTypes.ts';
import { DrawInvariantError, seriesBounds } from './invariants.ts';
import { NO_RANGES } from './rangeRemap.ts';

/**
 * Everything a worker needs to evaluate any block (structured-clone data): the ensemble's plan
 * of rows — draws, seed, blocks, scenarios, correlations, the same fields as EnsemblePlan, so
 * that sampled rows are the ensemble's draws bit for bit — and what to hand back. With given
 * rows, `draws` counts the rows given and `seed` is 0.
 */
export interface DrawPlan
  extends Pick<EnsemblePlan, 'draws' | 'seed' | 'blockSize' | 'nBlocks' | 'scenarios' | 'correlations'> {
  /** true: rows are the ensemble's sampled draws; false: each block's rows come with the request. */
  readonly sampled: boolean;
  /** Per output: index into SERIES_NAMES, and month index. */
  readonly outputSeries: Int32Array;
  readonly outputMonths: Int32Array;
  /** Hand back each row's parameter vector as run, per scenario. */
  readonly withParams: boolean;
}

/** One block's outputs, per scenario. */
export interface DrawBlockResult {
  /** Row-major, n × outputs: row d holds draw first + d. NaN past the scenario's horizon. */
  readonly values: Float64Array[];
  /** Row-major, n × N_PARAMS: the vector each draw ran with (when asked for), else null. */
  readonly params: Float64Array[] | null;
}

interface ScenarioSlot {
  readonly plan: PlanScenario;
  readonly ws: Workspace;
  /** The workspace column of each output's series. */
  readonly columns: Float64Array[];
  readonly lo: Float64Array;
  readonly hi: Float64Array;
}

export class DrawEvaluator {
  private readonly sampler: BlockSampler | null;
  private readonly vector = new Float64Array(N_PARAMS);
  private readonly slots: ScenarioSlot[];
  /** How far each run goes: only to the lead when no output is read after it (the same bits). */
  private readonly extent: RunExtent;

  constructor(private readonly plan: DrawPlan) {
    this.extent = extentFor(Array.from(plan.outputSeries, (k) => SERIES_NAMES[k]));
    this.sampler = plan.sampled ? new BlockSampler(plan.seed, plan.blockSize, plan.correlations) : null;
    this.slots = plan.scenarios.map((sc) => {
      const ws = createWorkspace(sc.nMonths);
      const names = Array.from(plan.outputSeries, (k) => SERIES_NAMES[k]);
      return {
        plan: sc,
        ws,
        columns: names.map((name) => ws.series[name]),
        lo: Float64Array.from(names, (name) => seriesBounds(name).lo),
        hi: Float64Array.from(names, (name) => seriesBounds(name).hi),
      };
    });
  }

  /** Rows in block `block`. */
  blockLength(block: number): number {
    return Math.min(this.plan.blockSize, this.plan.draws - block * this.plan.blockSize);
  }

  /** Evaluates block `block`: sampled, or from `rows` (row-major, blockLength × N_PARAMS). */
  evaluateBlock(block: number, rows: Float64Array | null): DrawBlockResult {
    const n = this.blockLength(block);
    let matrix: Float64Array;
    if (this.sampler) {
      this.sampler.sample(block, n);
      matrix = this.sampler.matrix;
    } else {
      if (rows === null || rows.length !== n * N_PARAMS) {
        throw new RangeError(
          `block ${block} needs ${n * N_PARAMS} parameter values, got ${rows?.length ?? 0}`,
        );
      }
      matrix = rows;
    }
    const nOut = this.plan.outputSeries.length;
    const values: Float64Array[] = [];
    const params: Float64Array[] | null = this.plan.withParams ? [] : null;
    for (const slot of this.slots) {
      const out = new Float64Array(n * nOut);
      const vectors = params ? new Float64Array(n * N_PARAMS) : null;
      const kept = this.sampler ? slot.plan.keptSlots : slot.plan.pinnedSlots;
      for (let d = 0; d < n; d++) {
        const vector = vectorOf(
          matrix,
          d,
          slot.plan,
          kept,
          this.vector,
          this.sampler ? slot.plan.ranges : NO_RANGES,
        );
        simulate(vector, slot.plan.schedule, slot.ws, this.extent);
        for (let o = 0; o < nOut; o++) {
          const month = this.plan.outputMonths[o];
          if (month >= slot.plan.nMonths) {
            out[d * nOut + o] = Number.NaN;
            continue;
          }
          const x = slot.columns[o][month];
          if (!(x >= slot.lo[o] && x <= slot.hi[o])) this.fail(slot, block, d, o, x);
          out[d * nOut + o] = x;
        }
        vectors?.set(vector, d * N_PARAMS);
      }
      values.push(out);
      params?.push(vectors as Float64Array);
    }
    return { values, params };
  }

  private fail(slot: ScenarioSlot, block: number, row: number, output: number, value: number): never {
    throw new DrawInvariantError({
      scenario: slot.plan.name,
      draw: block * this.plan.blockSize + row,
      seed: this.plan.seed,
      series: SERIES_NAMES[this.plan.outputSeries[output]],
      month: this.plan.outputMonths[output],
      value,
      params: Float64Array.from(this.vector),
    });
  }
}
