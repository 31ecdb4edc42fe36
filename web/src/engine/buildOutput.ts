/**
 * The results document of a run, as `leadline run --json` builds it: the central run of each
 * scenario, the Monte Carlo summary of `draws` paired draws, the paper checks; and the paired
 * differences of every scenario against the first.
 */
import {
  centralRunResult,
  compareEnsembles,
  LEADLINE_VERSION,
  RESULTS_SCHEMA_VERSION,
  type ResultsDocument,
  resolveScenario,
  runCentral,
  runEnsemble,
  type Scenario,
  type SpawnWorker,
  withEnsemble,
} from '../lib.ts';
import type { RunOutput } from './protocol.ts';

export interface BuildOptions {
  readonly draws: number;
  readonly seed: number;
  readonly workers: number;
  readonly spawn?: SpawnWorker;
  readonly onProgress?: (done: number, total: number) => void;
}

export async function buildOutput(scenarios: readonly Scenario[], opts: BuildOptions): Promise<RunOutput> {
  const resolved = scenarios.map(resolveScenario);
  let runs = resolved.map((r) => centralRunResult(r, runCentral(r)));
  let differences: RunOutput['differences'] = [];
  if (opts.draws > 0) {
    const ensembles = await runEnsemble(resolved, {
      draws: opts.draws,
      seed: opts.seed,
      workers: opts.workers,
      ...(opts.spawn ? { spawn: opts.spawn } : {}),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    });
    runs = runs.map((run, i) => withEnsemble(run, ensembles[i]));
    differences = ensembles.slice(1).map((e) => compareEnsembles(e, ensembles[0]));
  }
  const doc: ResultsDocument = {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    leadlineVersion: LEADLINE_VERSION,
    draws: opts.draws,
    seed: opts.draws > 0 ? opts.seed : 0,
    runs,
  };
  return { doc, differences };
}
