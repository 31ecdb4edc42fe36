/**
 * `leadline/node`'s `run`: the pipeline of run.ts, where a string may also be a scenario file
 * (.yaml/.yml), and the Monte Carlo runs on Node worker threads, one per core, by default.
 */
import { availableParallelism } from 'node:os';
import { resolveScenarioArg } from '../../scenario/node.ts';
import { nodeWorkers } from '../nodeWorkers.ts';
import { prepareRun, type RunDocument, type RunOptions, runResolved, type ScenarioInput } from './run.ts';

/**
 * Runs scenarios — preset names, scenario file paths or Scenario objects — and resolves to the
 * results document of `leadline run --json`. Default: workers = the number of cores, spawned
 * with nodeWorkers.
 *
 *   const doc = await run(['baseline', 'my-scenario.yaml'], { draws: 2000, seed: 1 });
 */
export async function run(
  scenarios: readonly ScenarioInput[],
  options: RunOptions = {},
): Promise<RunDocument> {
  const resolved = prepareRun(scenarios, resolveScenarioArg, options.onWarning);
  return runResolved(resolved, {
    ...options,
    workers: options.workers ?? availableParallelism(),
    spawn: options.spawn ?? nodeWorkers,
  });
}
