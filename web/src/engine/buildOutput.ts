/**
 * The results document of a run, built by the library's pipeline (`runResolved`, the same
 * function `leadline run --json` calls, so the page's results.json holds the same fields,
 * paper checks included); and the paired differences of every scenario against the first.
 */
import {
  compareEnsembles,
  estimateResolved,
  resolveScenario,
  runResolved,
  type Scenario,
  type ScenarioEnsemble,
  type SpawnWorker,
} from '../lib.ts';
import type { RunOutput } from './protocol.ts';
import type { Trace } from './trace.ts';

export interface BuildOptions {
  readonly draws: number;
  readonly seed: number;
  readonly workers: number;
  readonly spawn?: SpawnWorker;
  readonly onProgress?: (done: number, total: number) => void;
  /** Marks `<traceStage>:start`, `:block-<draws done>` per block, `:ensemble`, `:document`. */
  readonly trace?: Trace;
  readonly traceStage?: string;
}

export async function buildOutput(scenarios: readonly Scenario[], opts: BuildOptions): Promise<RunOutput> {
  const stage = opts.traceStage ?? 'run';
  opts.trace?.mark(`${stage}:start`);
  const resolved = scenarios.map(resolveScenario);
  let differences: RunOutput['differences'] = [];
  const doc = await runResolved(resolved, {
    draws: opts.draws,
    seed: opts.seed,
    workers: opts.workers,
    ...(opts.spawn ? { spawn: opts.spawn } : {}),
    onProgress: (done, total) => {
      opts.trace?.mark(`${stage}:block-${done}`);
      opts.onProgress?.(done, total);
    },
    onEnsembles: (_, ensembles: readonly ScenarioEnsemble[]) => {
      opts.trace?.mark(`${stage}:ensemble`);
      differences = ensembles.slice(1).map((e) => compareEnsembles(e, ensembles[0]));
    },
  });
  opts.trace?.mark(`${stage}:document`);
  return { doc, differences };
}

/**
 * A first estimate: the results document of the first `draws` draws (≤ PILOT_ENSEMBLE_MAX_DRAWS)
 * read from the pilot alone (estimateResolved), the same document as buildOutput's for those draws.
 */
export function buildEstimate(
  scenarios: readonly Scenario[],
  opts: { readonly draws: number; readonly seed: number; readonly trace?: Trace },
): RunOutput {
  opts.trace?.mark('estimate:start');
  let differences: RunOutput['differences'] = [];
  const doc = estimateResolved(scenarios.map(resolveScenario), {
    draws: opts.draws,
    seed: opts.seed,
    onEnsembles: (_, ensembles) => {
      opts.trace?.mark('estimate:ensemble');
      differences = ensembles.slice(1).map((e) => compareEnsembles(e, ensembles[0]));
    },
  });
  opts.trace?.mark('estimate:document');
  return { doc, differences };
}
