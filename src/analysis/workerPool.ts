/**
 * A pool of workers that compute blocks (browser-safe: the host's workers come in through a
 * SpawnWorker — nodeWorkers.ts for Node worker threads, webWorkers.ts for Web Workers).
 *
 * Blocks are dealt from a queue, IN_FLIGHT_PER_WORKER at a time per worker, so none idles
 * while the main thread reads a result. Unordered jobs hand each result over as it arrives
 * (the caller combines them in an order-free way); ordered jobs hand them over in block order,
 * awaiting the caller between blocks, and deal no block more than `window` ahead of the last
 * one handed over — so a slow consumer (a CSV stream) holds memory constant.
 */
import type { WorkerReply, WorkerRequest } from './ensembleWorkerProtocol.ts';
import { DrawInvariantError } from './invariants.ts';

/** One worker as the pool sees it, whatever the host. */
export interface WorkerLink {
  post(request: WorkerRequest, transfer: ArrayBuffer[]): void;
  /** Every reply, and a failure of the worker itself (an error event, an abnormal exit). */
  listen(onReply: (reply: WorkerReply) => void, onFailure: (error: Error) => void): void;
  terminate(): Promise<void>;
}

/** Starts worker number `index` of a pool. */
export type SpawnWorker = (index: number) => WorkerLink;

/** Blocks each worker has in flight. */
export const IN_FLIGHT_PER_WORKER = 2;

export interface BlockJob {
  readonly nBlocks: number;
  /** The request for block b, with the buffers to transfer. */
  request(block: number): { request: WorkerRequest; transfer: ArrayBuffer[] };
  /** A block's reply (type 'counted', 'collected' or 'evaluated'). */
  onBlock(block: number, reply: WorkerReply): void | Promise<void>;
  /** Hand replies over in block order, awaiting onBlock (default false: as they arrive). */
  readonly ordered?: boolean;
  /** After the last block: sent to every worker, whose one reply each goes to onFinish. */
  readonly finish?: WorkerRequest;
  onFinish?(reply: WorkerReply): void;
}

const blockOf = (reply: WorkerReply): number =>
  reply.type === 'counted' || reply.type === 'collected' || reply.type === 'evaluated' ? reply.block : -1;

export class WorkerPool {
  private readonly links: WorkerLink[] = [];
  private failure: Error | null = null;
  private onFailure: ((error: Error) => void) | null = null;
  private onReply: ((worker: number, reply: WorkerReply) => void) | null = null;

  /** Starts `nWorkers` workers and sends each the `init` request. */
  constructor(spawn: SpawnWorker, nWorkers: number, init: WorkerRequest) {
    for (let w = 0; w < nWorkers; w++) {
      const link = spawn(w);
      link.listen(
        (reply) => this.receive(w, reply),
        (error) => this.fail(error),
      );
      link.post(init, []);
      this.links.push(link);
    }
  }

  get size(): number {
    return this.links.length;
  }

  /** Sends a request to every worker. */
  broadcast(request: WorkerRequest): void {
    for (const link of this.links) link.post(request, []);
  }

  async close(): Promise<void> {
    this.onFailure = null;
    this.onReply = null;
    await Promise.all(this.links.map((link) => link.terminate()));
  }

  run(job: BlockJob): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      const nWorkers = this.links.length;
      const window = nWorkers * IN_FLIGHT_PER_WORKER * 2;
      const inFlight = new Int32Array(nWorkers);
      const pending = new Map<number, WorkerReply>();
      let next = 0;
      let received = 0;
      let delivered = 0;
      let delivering = false;
      let finished = 0;

      const canDeal = (): boolean => next < job.nBlocks && (!job.ordered || next < delivered + window);
      const fill = (): void => {
        for (let round = 1; round <= IN_FLIGHT_PER_WORKER; round++) {
          for (let w = 0; w < nWorkers && canDeal(); w++) {
            if (inFlight[w] >= round) continue;
            const { request, transfer } = job.request(next++);
            inFlight[w]++;
            this.links[w].post(request, transfer);
          }
        }
      };
      const done = (): void => {
        this.onReply = null;
        this.onFailure = null;
        resolve();
      };
      const allBlocksIn = (): void => {
        if (!job.finish) {
          done();
          return;
        }
        this.broadcast(job.finish);
      };
      const deliver = async (): Promise<void> => {
        if (delivering) return;
        delivering = true;
        try {
          while (pending.has(delivered)) {
            const reply = pending.get(delivered) as WorkerReply;
            pending.delete(delivered);
            await job.onBlock(delivered, reply);
            delivered++;
            fill();
          }
        } catch (error) {
          this.fail(error instanceof Error ? error : new Error(String(error)));
          return;
        } finally {
          delivering = false;
        }
        if (delivered === job.nBlocks) allBlocksIn();
      };

      this.onFailure = reject;
      this.onReply = (w, reply) => {
        const block = blockOf(reply);
        if (block >= 0) {
          inFlight[w]--;
          received++;
          if (job.ordered) {
            pending.set(block, reply);
            void deliver();
          } else {
            const result = job.onBlock(block, reply);
            if (result instanceof Promise)
              throw new Error('an unordered job must handle blocks synchronously');
            if (received === job.nBlocks) allBlocksIn();
          }
          fill();
        } else if (reply.type === 'partials' || reply.type === 'finished') {
          job.onFinish?.(reply);
          if (++finished === nWorkers) done();
        }
      };
      if (job.nBlocks === 0) {
        done();
        return;
      }
      fill();
    });
  }

  private receive(w: number, reply: WorkerReply): void {
    if (reply.type === 'error') {
      this.fail(reply.failure ? new DrawInvariantError(reply.failure) : new Error(reply.message));
      return;
    }
    try {
      this.onReply?.(w, reply);
    } catch (error) {
      // an exception in the caller's callbacks (e.g. onProgress) ends the job, not the process
      this.fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.onFailure?.(error);
  }
}
