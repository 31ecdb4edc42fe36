/**
 * The Web Worker side (browser-safe): call `serveWorker(self)` in a module worker, or use the
 * package's prebuilt `leadline/web-worker` script, and hand `webWorkers(() => new Worker(…))`
 * to the run as its `spawn` (webWorkers.ts).
 */
import { ensembleService } from './ensembleService.ts';
import type { WorkerReply, WorkerRequest } from './ensembleWorkerProtocol.ts';

/** The parts of a DedicatedWorkerGlobalScope the service uses. */
export interface WorkerScope {
  postMessage(message: WorkerReply, options: { transfer: ArrayBuffer[] }): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerRequest }) => void): void;
}

/** Answers the pool's requests in this worker. */
export function serveWorker(scope: WorkerScope): void {
  const serve = ensembleService((reply, transfer) => scope.postMessage(reply, { transfer }));
  scope.addEventListener('message', (event) => serve(event.data));
}
