/**
 * Runs the passes of an ensemble over all blocks: in the calling thread, or spread over a
 * pool of workers (workerPool.ts) that take blocks from a queue as they finish. Either way
 * every block is computed by the same BlockEngine code and reported with its index, and the
 * caller combines results in an order-free way (integer counts, sorted candidates) or in block
 * order (sums) — so the split between workers never shows in the results.
 * Browser-safe: the workers come from the host's SpawnWorker (nodeWorkers.ts, webWorkers.ts).
 */
import type { BlockEngine } from './ensembleBlocks.ts';
import type { CollectBlockResult, CountBlockResult, EnsemblePlan, TargetSet } from './ensembleTypes.ts';
import { HostYield } from './hostYield.ts';
import type { SketchGrid, SketchPartial } from './quantileSketch.ts';
import { type SpawnWorker, WorkerPool } from './workerPool.ts';

export interface EnsembleRunner {
  /**
   * Counts every block. Sketch counters arrive in pieces, each exactly once: with some block
   * results (CountBlockResult.partials) and, at the end, through onPartials.
   */
  countPass(
    grids: readonly SketchGrid[],
    onBlock: (block: number, r: CountBlockResult) => void,
    onPartials: (partials: SketchPartial[]) => void,
  ): Promise<void>;
  collectPass(
    targets: readonly TargetSet[],
    onBlock: (block: number, r: CollectBlockResult) => void,
  ): Promise<void>;
  close(): Promise<void>;
}

/** All blocks in the calling thread, yielding to the host now and then (hostYield.ts). */
export class InProcessRunner implements EnsembleRunner {
  private readonly host = new HostYield();

  constructor(
    private readonly plan: EnsemblePlan,
    private readonly engine: BlockEngine,
  ) {}

  async countPass(
    grids: readonly SketchGrid[],
    onBlock: (block: number, r: CountBlockResult) => void,
    onPartials: (partials: SketchPartial[]) => void,
  ): Promise<void> {
    this.engine.setGrids(grids);
    for (let b = 0; b < this.plan.nBlocks; b++) {
      onBlock(b, this.engine.countBlock(b));
      await this.host.maybe();
    }
    onPartials(this.engine.flush());
  }

  async collectPass(
    targets: readonly TargetSet[],
    onBlock: (block: number, r: CollectBlockResult) => void,
  ): Promise<void> {
    this.engine.setTargets(targets);
    for (let b = 0; b < this.plan.nBlocks; b++) {
      onBlock(b, this.engine.collectBlock(b));
      await this.host.maybe();
    }
  }

  async close(): Promise<void> {}
}

/** The passes on a pool of workers, each holding a BlockEngine of the plan. */
export class PoolRunner implements EnsembleRunner {
  private readonly pool: WorkerPool;

  constructor(
    private readonly plan: EnsemblePlan,
    spawn: SpawnWorker,
    nWorkers: number,
  ) {
    this.pool = new WorkerPool(spawn, nWorkers, { type: 'init', plan });
  }

  countPass(
    grids: readonly SketchGrid[],
    onBlock: (block: number, r: CountBlockResult) => void,
    onPartials: (partials: SketchPartial[]) => void,
  ): Promise<void> {
    this.pool.broadcast({ type: 'grids', grids: [...grids] });
    return this.pool.run({
      nBlocks: this.plan.nBlocks,
      request: (block) => ({ request: { type: 'count', block }, transfer: [] }),
      onBlock: (block, reply) => {
        if (reply.type === 'counted') onBlock(block, reply.result);
      },
      finish: { type: 'finish', pass: 'count' },
      onFinish: (reply) => {
        if (reply.type === 'partials') onPartials(reply.partials);
      },
    });
  }

  collectPass(
    targets: readonly TargetSet[],
    onBlock: (block: number, r: CollectBlockResult) => void,
  ): Promise<void> {
    this.pool.broadcast({ type: 'targets', targets: [...targets] });
    return this.pool.run({
      nBlocks: this.plan.nBlocks,
      request: (block) => ({ request: { type: 'collect', block }, transfer: [] }),
      onBlock: (block, reply) => {
        if (reply.type === 'collected') onBlock(block, reply.result);
      },
      finish: { type: 'finish', pass: 'collect' },
    });
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
