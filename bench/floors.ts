/**
 * The parts of a draw measured alone, each with everything else free and its data warm in
 * cache: a lower bound on the cost of a draw in the full ensemble (docs/PERFORMANCE.md).
 *
 *   sampling: the parameter vector of a draw (ParamSampler, inverse CDFs);
 *   summary kernel: counting one draw's columns (SummaryKernel.count, WebAssembly), over a
 *     batch of real draws (the pilot of the baseline preset) counted again and again.
 * The engine alone is the deterministic run of run.ts.
 */
import { BATCH_SIZE, BlockEngine } from '../src/analysis/ensembleBlocks.ts';
import { SummaryKernel } from '../src/analysis/ensembleKernel.ts';
import { buildPlan } from '../src/analysis/ensemblePlan.ts';
import { columnBounds } from '../src/analysis/invariants.ts';
import { buildGrid } from '../src/analysis/quantileSketch.ts';
import { DrawRandom } from '../src/analysis/rng.ts';
import { ParamSampler } from '../src/analysis/sampler.ts';
import { N_PARAMS } from '../src/core/index.ts';
import { resolvedPreset } from './presets.ts';

/** Median of `rounds` timings of fn(), in µs per unit of work (fn does `units` units). */
function medianMicros(rounds: number, units: number, fn: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    fn();
    times.push(((performance.now() - started) * 1000) / units);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

export interface Floors {
  readonly columns: number;
  readonly samplingMicrosPerDraw: number;
  readonly kernelMicrosPerDraw: number;
  readonly kernelNanosPerValue: number;
}

export function measureFloors(): Floors {
  const resolved = resolvedPreset('baseline');
  const plan = buildPlan([resolved], { draws: 1000, seed: 2026, workers: 1, quantileMethod: 'sketch' });
  const sc = plan.scenarios[0];
  const { values, n } = new BlockEngine(plan).pilot(0);
  const grid = buildGrid(values, n, sc.nColumns);
  const { lo, hi } = columnBounds(sc.nShown);
  const kernel = new SummaryKernel(BATCH_SIZE, [{ nColumns: sc.nColumns, lo, hi }]);
  kernel.setGrid(0, grid);
  const stride = kernel.stride(0);
  for (let d = 0; d < BATCH_SIZE; d++) {
    for (let c = 0; c < sc.nColumns; c++) kernel.batch[d * stride + c] = values[c * n + d];
  }
  const calls = 40;
  const kernelMicros = medianMicros(15, calls * BATCH_SIZE, () => {
    for (let i = 0; i < calls; i++) kernel.count(0, BATCH_SIZE);
    kernel.takePartial(0);
  });

  const sampler = new ParamSampler();
  const rng = new DrawRandom();
  const matrix = new Float64Array(plan.blockSize * N_PARAMS);
  const samplingMicros = medianMicros(15, plan.blockSize, () => {
    sampler.sampleBlock(rng, plan.seed, 0, plan.blockSize, matrix);
  });
  return {
    columns: sc.nColumns,
    samplingMicrosPerDraw: samplingMicros,
    kernelMicrosPerDraw: kernelMicros,
    kernelNanosPerValue: (kernelMicros * 1000) / sc.nColumns,
  };
}
