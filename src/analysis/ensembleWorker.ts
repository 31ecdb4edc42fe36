/**
 * A Monte Carlo worker thread: holds one BlockEngine and computes the blocks the main
 * thread deals it (ensembleRunner.ts), which starts it as an esbuild bundle.
 */
import { parentPort } from 'node:worker_threads';
import { BlockEngine } from './ensembleBlocks.ts';
import { transferList, type WorkerReply, type WorkerRequest } from './ensembleWorkerProtocol.ts';
import { DrawInvariantError } from './invariants.ts';

const port = parentPort;
if (!port) throw new Error('ensembleWorker.ts must run in a worker thread');

let engine: BlockEngine | null = null;

function reply(message: WorkerReply): void {
  port?.postMessage(message, transferList(message));
}

function handle(request: WorkerRequest): void {
  if (request.type === 'init') {
    engine = new BlockEngine(request.plan);
    return;
  }
  if (!engine) throw new Error(`ensemble worker: '${request.type}' before 'init'`);
  switch (request.type) {
    case 'grids':
      engine.setGrids(request.grids);
      return;
    case 'targets':
      engine.setTargets(request.targets);
      return;
    case 'count':
      reply({ type: 'counted', block: request.block, result: engine.countBlock(request.block) });
      return;
    case 'collect':
      reply({ type: 'collected', block: request.block, result: engine.collectBlock(request.block) });
      return;
    case 'finish':
      reply(request.pass === 'count' ? { type: 'partials', partials: engine.flush() } : { type: 'finished' });
      return;
  }
}

port.on('message', (request: WorkerRequest) => {
  try {
    handle(request);
  } catch (error) {
    const failure = error instanceof DrawInvariantError ? error.failure : null;
    reply({
      type: 'error',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      failure,
    });
  }
});
