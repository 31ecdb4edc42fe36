/**
 * The runner of paired runs for the command line. Today every block runs in the calling thread
 * (pairedRuns.ts's in-process runner); `workers` is accepted so the CLI's options stay the same
 * when the blocks are dealt to worker threads. Results do not depend on it.
 */
import { inProcessPairedRunner, type PairedRunner } from '../analysis/policy/pairedRuns.ts';

export function pairedRunnerFor(_workers: number): PairedRunner {
  return inProcessPairedRunner;
}
