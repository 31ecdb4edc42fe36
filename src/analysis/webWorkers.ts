/**
 * Web Workers for the pool (browser-safe). The host makes each Worker — the script's URL is
 * its bundler's business — from a module that calls serveWorker(self) (ensembleWebWorker.ts;
 * examples/browser/worker.js):
 *
 *   const spawn = webWorkers(() => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }));
 *   await run(['baseline'], { draws: 2000, seed: 1, workers: 4, spawn });
 */
import type { WorkerReply } from './ensembleWorkerProtocol.ts';
import type { SpawnWorker } from './workerPool.ts';

/** The parts of a DOM Worker the pool uses. */
export interface WebWorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerReply>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  addEventListener(type: 'messageerror', listener: (event: MessageEvent) => void): void;
  terminate(): void;
}

export function webWorkers(create: (index: number) => WebWorkerLike): SpawnWorker {
  return (index) => {
    const worker = create(index);
    return {
      post: (request, transfer) => worker.postMessage(request, transfer),
      listen(onReply, onFailure) {
        worker.addEventListener('message', (event) => onReply(event.data));
        worker.addEventListener('error', (event) =>
          onFailure(new Error(`web worker ${index}: ${event.message || 'failed to start'}`)),
        );
        worker.addEventListener('messageerror', () =>
          onFailure(new Error(`web worker ${index}: a message could not be read`)),
        );
      },
      terminate: async () => worker.terminate(),
    };
  };
}
