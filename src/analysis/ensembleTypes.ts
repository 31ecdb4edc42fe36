/** Types of the Monte Carlo ensemble: its options and results, and the plan workers receive. */
import type { SeriesName } from '../core/index.ts';
import type { DrawOutput } from './drawOutputs.ts';
import type { CorrelationPlan } from './imanConover.ts';
import type { SketchPartial } from './quantileSketch.ts';
import type { RangeRemap } from './rangeRemap.ts';
import type { OutcomeProbabilities, SeriesQuantiles } from './results.ts';
import type { SpawnWorker } from './workerPool.ts';

export interface EnsembleOptions {
  /** Number of draws (≥ 1). */
  readonly draws: number;
  /** Integer in [0, 2⁵³). */
  readonly seed: number;
  /**
   * ≤ 1: run in the calling thread; n ≥ 2: n workers started by `spawn` (required then).
   * Results do not depend on it.
   */
  readonly workers: number;
  /** Starts a worker: nodeWorkers (leadline/node), webWorkers(…) in a browser. */
  readonly spawn?: SpawnWorker;
  /** Values to keep for every draw, in ScenarioEnsemble.perDraw (series at a month). */
  readonly perDraw?: readonly DrawOutput[];
  /**
   * 'exact' (order statistics; the default up to EXACT_MAX_DRAWS draws, not allowed above)
   * or 'sketch' (the default above; one pass, bounded memory).
   */
  readonly quantileMethod?: 'exact' | 'sketch';
  /** Called after every block of every pass; total = draws × passes (2 in exact mode, 1 with the sketch). */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Testing only: the summary of this draw index sees NaN in its first column, as if the
   * engine had produced it, so the invariant check can be exercised in any thread.
   */
  readonly plantNonFiniteDraw?: number;
}

/** The Monte Carlo summary of one scenario. */
export interface ScenarioEnsemble {
  /** Scenario id (name). */
  readonly scenario: string;
  readonly draws: number;
  readonly seed: number;
  /** Always 0: a draw that breaks an invariant stops the run with an error (invariants.ts). */
  readonly failedDraws: number;
  /** 'exact' order statistics, or estimates from the mergeable sketch (quantileSketch.ts). */
  readonly quantileMethod: 'exact' | 'sketch';
  /** Month index of the first month summarised (the scenario's `start`). */
  readonly firstMonth: number;
  /** Months simulated; quantile arrays hold months firstMonth … nMonths − 1. */
  readonly nMonths: number;
  readonly quantiles: Record<SeriesName, SeriesQuantiles>;
  readonly probabilities: OutcomeProbabilities;
  /** The scenario's raceThresholdMonths: |lead| below it is a race too close to test carefully [months]. */
  readonly raceThresholdMonths: number;
  /** Each draw's US lead at 2028-12 [months], by draw index (NaN if the horizon ends earlier). */
  readonly leadAt2028Dec: Float64Array;
  /** The values of EnsembleOptions.perDraw: row-major, draws × outputs (NaN past the horizon). */
  readonly perDraw: Float64Array;
}

/** One scenario as the block engine needs it (structured-clone friendly). */
export interface PlanScenario {
  readonly name: string;
  readonly nMonths: number;
  readonly firstMonth: number;
  /** Months summarised: nMonths − firstMonth. */
  readonly nShown: number;
  /** Columns summarised: series × nShown, series-major. */
  readonly nColumns: number;
  /** The scenario's parameter vector (central values with its pins). */
  readonly params: Float64Array;
  /** Slots not drawn in this scenario (fixed in the table, or pinned): they take `params`. */
  readonly keptSlots: Int32Array;
  /** Slots the scenario pins (a subset of keptSlots): given parameter rows keep these too. */
  readonly pinnedSlots: Int32Array;
  /** The scenario's own distributions (`ranges:`) on the shared draws (rangeRemap.ts). */
  readonly ranges: RangeRemap;
  readonly schedule: Float64Array;
}

/** Everything a worker needs to compute any block. */
export interface EnsemblePlan {
  readonly draws: number;
  readonly seed: number;
  readonly blockSize: number;
  readonly nBlocks: number;
  readonly scenarios: readonly PlanScenario[];
  readonly correlations: CorrelationPlan | null;
  /** Per-draw outputs kept in the count pass: index into SERIES_NAMES, and month index. */
  readonly perDrawSeries: Int32Array;
  readonly perDrawMonths: Int32Array;
  /** Draw index of the testing hook, or −1. */
  readonly plantNonFiniteDraw: number;
}

/** Per-column bins whose values the exact pass collects (TARGETS_PER_COLUMN slots per column, −1 unused). */
export interface TargetSet {
  readonly bins: Int32Array;
  /** Smallest and largest targeted bin of each column (lo > hi when none). */
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

/** Output of one block of the counting pass, per scenario. */
export interface CountBlockResult {
  /** Sum of each column over the block's draws, in draw order. */
  readonly sums: Float64Array[];
  /** Lead at 2028-12 for each draw of the block. */
  readonly leads: Float64Array[];
  /** The plan's per-draw outputs, row-major (draws of the block × outputs). */
  readonly perDraw: Float64Array[];
  /** The engine's sketch counters, when it hands them over after this block (else null). */
  readonly partials: SketchPartial[] | null;
}

/** Output of one block of the collecting pass, per scenario: (slot, value) pairs. */
export interface CollectBlockResult {
  readonly slots: Int32Array[];
  readonly values: Float64Array[];
}
