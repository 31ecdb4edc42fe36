/**
 * The worker side of the runner, host-neutral: a Node worker thread (ensembleWorker.ts) and a
 * Web Worker (ensembleWebWorker.ts) both hand every request to the function made here, which
 * holds one BlockEngine (summaries) or one DrawEvaluator (per-draw outputs) and replies
 * through `post`. A failure becomes an 'error' reply, never an uncaught exception.
 */
import { DrawEvaluator } from './drawEvaluator.ts';
import { BlockEngine } from './ensembleBlocks.ts';
import { transferList, type WorkerReply, type WorkerRequest } from './ensembleWorkerProtocol.ts';
import { DrawInvariantError } from './invariants.ts';

export type PostReply = (reply: WorkerReply, transfer: ArrayBuffer[]) => void;

export function ensembleService(post: PostReply): (request: WorkerRequest) => void {
  let engine: BlockEngine | null = null;
  let evaluator: DrawEvaluator | null = null;
  const reply = (message: WorkerReply): void => post(message, transferList(message));

  const handle = (request: WorkerRequest): void => {
    if (request.type === 'init') {
      engine = new BlockEngine(request.plan);
      return;
    }
    if (request.type === 'initDraws') {
      evaluator = new DrawEvaluator(request.plan);
      return;
    }
    if (request.type === 'evaluate') {
      if (!evaluator) throw new Error("worker: 'evaluate' before 'initDraws'");
      reply({
        type: 'evaluated',
        block: request.block,
        result: evaluator.evaluateBlock(request.block, request.rows),
      });
      return;
    }
    if (!engine) throw new Error(`worker: '${request.type}' before 'init'`);
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
        reply(
          request.pass === 'count' ? { type: 'partials', partials: engine.flush() } : { type: 'finished' },
        );
        return;
    }
  };

  return (request) => {
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
  };
}
