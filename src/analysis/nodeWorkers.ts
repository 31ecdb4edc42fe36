/**
 * Node worker threads for the pool (Node only). Each worker runs one script that holds the
 * whole worker (ensembleWorker.ts and what it imports), so a new thread loads one file:
 *   - from the package (compiled JavaScript): dist/workers/node-worker.js, bundled by
 *     `npm run build` from the same compiled modules the calling thread runs;
 *   - from src/ (tests, tsx, bench): bundled in memory by esbuild (a devDependency) on first
 *     use, from the sources as they are now — so a test never runs a stale dist/ worker.
 * Nothing is compiled while a user's command runs.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerReply } from './ensembleWorkerProtocol.ts';
import type { SpawnWorker, WorkerLink } from './workerPool.ts';

/** True when this module runs from the TypeScript sources rather than the compiled package. */
const FROM_SOURCES = import.meta.url.endsWith('.ts');

let sourceBundle: string | null = null;

/** ensembleWorker.ts and everything it imports, as one CommonJS script (sources only; built once). */
function sourceWorkerScript(): string {
  if (sourceBundle === null) {
    // esbuild is a devDependency: loaded only when running from src/
    const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const result = esbuild.buildSync({
      entryPoints: [fileURLToPath(new URL('./ensembleWorker.ts', import.meta.url))],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    sourceBundle = result.outputFiles[0].text;
  }
  return sourceBundle;
}

function startWorker(): Worker {
  // execArgv: [] — the parent's flags (such as --import tsx) serve its own entry; the script needs none
  if (FROM_SOURCES) return new Worker(sourceWorkerScript(), { eval: true, execArgv: [] });
  return new Worker(new URL('../workers/node-worker.js', import.meta.url), { execArgv: [] });
}

/** Starts Node worker threads (the default of `leadline/node`'s run and evaluateDraws). */
export const nodeWorkers: SpawnWorker = (index) => {
  const worker = startWorker();
  const link: WorkerLink = {
    post: (request, transfer) => worker.postMessage(request, transfer),
    listen(onReply, onFailure) {
      worker.on('message', (reply: WorkerReply) => onReply(reply));
      worker.on('error', onFailure);
      worker.on('exit', (code) => {
        if (code !== 0) onFailure(new Error(`worker ${index} exited with code ${code}`));
      });
    },
    terminate: async () => {
      await worker.terminate();
    },
  };
  return link;
};
