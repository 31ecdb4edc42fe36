/** An ensemble worker: answers the pool's block requests with the library's BlockEngine. */
import { serveWorker, type WorkerScope } from '../lib.ts';

serveWorker(self as unknown as WorkerScope);
