/**
 * The parameter matrix of a block of draws, the same in every engine that runs blocks
 * (BlockEngine for summaries, DrawEvaluator for per-draw outputs):
 *
 *   draw streams from (seed, draw index) → inverse CDFs (sampler.ts)
 *     → Iman–Conover within the block, stream from (seed, block index) (imanConover.ts)
 *   a draw's vector in a scenario = its row, with the scenario's kept slots (fixed or pinned)
 *
 * Allocates its matrix once; sampling a block allocates nothing.
 */
import { N_PARAMS } from '../core/index.ts';
import type { PlanScenario } from './ensembleTypes.ts';
import { type CorrelationPlan, ImanConover } from './imanConover.ts';
import { applyRanges, type RangeRemap } from './rangeRemap.ts';
import { DrawRandom } from './rng.ts';
import { ParamSampler } from './sampler.ts';

export class BlockSampler {
  private readonly sampler = new ParamSampler();
  private readonly rng = new DrawRandom();
  private readonly correlate: ImanConover | null;
  /** Row-major: draw first + d in row d (N_PARAMS values a row). */
  readonly matrix: Float64Array;

  constructor(
    private readonly seed: number,
    private readonly blockSize: number,
    correlations: CorrelationPlan | null,
  ) {
    this.correlate = correlations ? new ImanConover(correlations, blockSize) : null;
    this.matrix = new Float64Array(blockSize * N_PARAMS);
  }

  /** Samples the n draws of block `block` into the matrix (every scenario's draws share it). */
  sample(block: number, n: number): void {
    this.sampler.sampleBlock(this.rng, this.seed, block * this.blockSize, n, this.matrix);
    this.correlate?.apply(this.matrix, N_PARAMS, n, this.rng, this.seed, block);
  }
}

/**
 * Row `row` of `matrix` with the slots `kept` taken from the scenario's own vector, and its
 * ranged slots mapped to the scenario's distributions (rangeRemap.ts; NO_RANGES for given rows,
 * which are values, not draws), into `out`.
 */
export function vectorOf(
  matrix: Float64Array,
  row: number,
  sc: PlanScenario,
  kept: Int32Array,
  out: Float64Array,
  ranges: RangeRemap = sc.ranges,
): Float64Array {
  const at = row * N_PARAMS;
  for (let i = 0; i < N_PARAMS; i++) out[i] = matrix[at + i];
  for (let k = 0; k < kept.length; k++) out[kept[k]] = sc.params[kept[k]];
  applyRanges(ranges, out);
  return out;
}
