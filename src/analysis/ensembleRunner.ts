/**
 * Runs the passes of an ensemble over all blocks: in the calling thread, or spread over
 * worker threads that take blocks from a shared queue as they finish. Either way every block
 * is computed by the same BlockEngine code and reported with its index, and the caller
 * combines results in an order-free way (integer counts, sorted candidates) or in block order
 * (sums) — so the split between workers never shows in the results.
 *
 * Workers run ensembleWorker.ts bundled by esbuild into one plain-JavaScript source, made
 * once per process: a worker then starts without tsx, whose loader hooks would otherwise
 * compile some thirty TypeScript modules in every new thread (~150–250 ms a worker). The bundle
 * is the same TypeScript compiled by the same esbuild that tsx uses, so the workers compute
 * what the calling thread computes, bit for bit (test/analysis/ensemble.test.ts).
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import type { BlockEngine } from './ensembleBlocks.ts';
import type { CollectBlockResult, CountBlockResult, EnsemblePlan, TargetSet } from './ensembleTypes.ts';
import type { WorkerReply, WorkerRequest } from './ensembleWorkerProtocol.ts';
import { DrawInvariantError } from './invariants.ts';
import type { SketchGrid, SketchPartial } from './quantileSketch.ts';

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

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** All blocks in the calling thread, yielding to the event loop between blocks. */
export class InProcessRunner implements EnsembleRunner {
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
      await yieldToEventLoop();
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
      await yieldToEventLoop();
    }
  }

  async close(): Promise<void> {}
}

/** Blocks each worker has in flight, so none idles while the main thread reads a result. */
const IN_FLIGHT_PER_WORKER = 2;

const WORKER_MODULE = fileURLToPath(new URL('./ensembleWorker.ts', import.meta.url));
let workerSource: string | null = null;

/** ensembleWorker.ts and everything it imports, as one CommonJS script (built on first use). */
export function bundledWorkerSource(): string {
  if (workerSource === null) {
    const result = buildSync({
      entryPoints: [WORKER_MODULE],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    workerSource = result.outputFiles[0].text;
  }
  return workerSource;
}

export class WorkerPoolRunner implements EnsembleRunner {
  private readonly workers: Worker[];
  private failure: Error | null = null;
  private onFailure: ((error: Error) => void) | null = null;
  private onReply: ((worker: number, reply: WorkerReply) => void) | null = null;

  constructor(
    private readonly plan: EnsemblePlan,
    nWorkers: number,
  ) {
    this.workers = [];
    for (let w = 0; w < nWorkers; w++) {
      // execArgv: [] — the parent's flags (such as --import tsx) serve its own entry; the bundle needs none
      const worker = new Worker(bundledWorkerSource(), { eval: true, execArgv: [] });
      worker.on('message', (reply: WorkerReply) => this.receive(w, reply));
      worker.on('error', (error: Error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`ensemble worker ${w} exited with code ${code}`));
      });
      this.post(worker, { type: 'init', plan });
      this.workers.push(worker);
    }
  }

  countPass(
    grids: readonly SketchGrid[],
    onBlock: (block: number, r: CountBlockResult) => void,
    onPartials: (partials: SketchPartial[]) => void,
  ): Promise<void> {
    for (const worker of this.workers) this.post(worker, { type: 'grids', grids: [...grids] });
    return this.runPass(
      'count',
      (reply) => {
        if (reply.type === 'counted') onBlock(reply.block, reply.result);
      },
      (reply) => {
        if (reply.type === 'partials') onPartials(reply.partials);
      },
    );
  }

  collectPass(
    targets: readonly TargetSet[],
    onBlock: (block: number, r: CollectBlockResult) => void,
  ): Promise<void> {
    for (const worker of this.workers) this.post(worker, { type: 'targets', targets: [...targets] });
    return this.runPass(
      'collect',
      (reply) => {
        if (reply.type === 'collected') onBlock(reply.block, reply.result);
      },
      () => {},
    );
  }

  async close(): Promise<void> {
    this.onFailure = null;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Deals out blocks, then asks every worker to finish the pass. */
  private runPass(
    pass: 'count' | 'collect',
    onBlockReply: (reply: WorkerReply) => void,
    onFinishReply: (reply: WorkerReply) => void,
  ): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      let nextBlock = 0;
      let blocksDone = 0;
      let finished = 0;
      const dealTo = (w: number): void => {
        if (nextBlock < this.plan.nBlocks) this.post(this.workers[w], { type: pass, block: nextBlock++ });
      };
      this.onFailure = reject;
      this.onReply = (w, reply) => {
        if (reply.type === 'counted' || reply.type === 'collected') {
          onBlockReply(reply);
          blocksDone++;
          dealTo(w);
          if (blocksDone === this.plan.nBlocks) {
            for (const worker of this.workers) this.post(worker, { type: 'finish', pass });
          }
        } else if (reply.type === 'partials' || reply.type === 'finished') {
          onFinishReply(reply);
          if (++finished === this.workers.length) {
            this.onReply = null;
            this.onFailure = null;
            resolve();
          }
        }
      };
      for (let round = 0; round < IN_FLIGHT_PER_WORKER; round++) {
        for (let w = 0; w < this.workers.length; w++) dealTo(w);
      }
    });
  }

  private post(worker: Worker, request: WorkerRequest): void {
    worker.postMessage(request);
  }

  private receive(w: number, reply: WorkerReply): void {
    if (reply.type === 'error') {
      this.fail(reply.failure ? new DrawInvariantError(reply.failure) : new Error(reply.message));
      return;
    }
    try {
      this.onReply?.(w, reply);
    } catch (error) {
      // an exception in the caller's callbacks (e.g. onProgress) ends the pass, not the process
      this.fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.onFailure?.(error);
  }
}
