/**
 * A Node worker thread (Node only): serves the requests of the main thread's pool
 * (workerPool.ts) with ensembleService.ts. nodeWorkers.ts starts it from a bundle of this file
 * and what it imports: built by `npm run build` for the package, or in memory from src/.
 */
import { parentPort } from 'node:worker_threads';
import { ensembleService } from './ensembleService.ts';
import type { WorkerRequest } from './ensembleWorkerProtocol.ts';

const port = parentPort;
if (!port) throw new Error('ensembleWorker must run in a worker thread');
const serve = ensembleService((reply, transfer) => port.postMessage(reply, transfer));
port.on('message', (request: WorkerRequest) => serve(request));
