/**
 * The runner of paired runs for the command line: blocks of draws dealt to `workers` Node worker
 * threads (the ensemble's per-draw evaluation); one worker or central runs stay in this thread.
 * Results do not depend on the number of workers.
 */
import { nodeWorkers } from '../analysis/node.ts';
import { type PairedRunner, pooledPairedRunner } from '../analysis/policy/pairedRuns.ts';

export function pairedRunnerFor(workers: number): PairedRunner {
  return pooledPairedRunner(nodeWorkers, workers);
}
