/** How many workers a run starts: none below 2, never more than its blocks; 2 or more need a SpawnWorker. */
import type { SpawnWorker } from './workerPool.ts';

export function workerCount(
  workers: number | undefined,
  spawn: SpawnWorker | undefined,
  nBlocks: number,
): number {
  const asked = workers ?? 1;
  if (!Number.isInteger(asked)) throw new RangeError(`workers must be an integer, got ${asked}`);
  if (asked >= 2 && !spawn) {
    throw new RangeError(
      `workers: ${asked} needs a way to start workers: pass spawn (nodeWorkers from 'leadline/node', or webWorkers(…) in a browser), or workers: 1`,
    );
  }
  return Math.min(Math.max(1, asked), nBlocks);
}
