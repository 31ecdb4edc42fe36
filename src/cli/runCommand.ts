/**
 * `leadline run [scenario-or-file ...]`: the main job.
 *
 *   load scenario files → validate → resolve parameters and schedule → simulate (central)
 *   → Monte Carlo (draws, paired across scenarios) → summarise, paper checks
 *   → print the table (or --json) → write the report to --out
 */
import {
  centralRunResult,
  checkRunCorrelations,
  RESULTS_SCHEMA_VERSION,
  type ResultsDocument,
  type RunResult,
  runEnsemble,
  type ScenarioEnsemble,
  withEnsemble,
} from '../analysis/index.ts';
import { nodeWorkers } from '../analysis/node.ts';
import { type ResolvedScenario, resolveScenario, runCentral } from '../scenario/index.ts';
import { resolveScenarioArg } from '../scenario/node.ts';
import { collectChecks } from './checkCommand.ts';
import { distinctNames } from './distinctNames.ts';
import type { DrawOptions } from './drawOptions.ts';
import { renderMainTable, renderVerdicts } from './mainTable.ts';
import { progressBar } from './progress.ts';
import { LEADLINE_VERSION } from './version.ts';

export const DEFAULT_SCENARIOS = ['baseline', 'scenario-one', 'scenario-two'] as const;

/** Where `leadline run` writes its report unless told otherwise. */
export const DEFAULT_OUT_DIR = 'leadline-out';

/** Loads and validates every scenario first: a bad file stops the run before anything is computed. */
export function resolveArgs(
  args: readonly string[],
  fallback: readonly string[] = DEFAULT_SCENARIOS,
  warn: (text: string) => void = () => {},
): ResolvedScenario[] {
  const names = args.length > 0 ? args : fallback;
  const named = distinctNames(
    names.map((arg) => resolveScenarioArg(arg)),
    names,
  );
  for (const warning of named.warnings) warn(warning);
  const resolved = named.scenarios.map((scenario) => resolveScenario(scenario));
  checkRunCorrelations(resolved);
  return resolved;
}

/**
 * Runs the scenarios. `onEnsembles`, when given, sees the resolved scenarios and their
 * ensembles (used by --condition-on-history, which needs each draw's lead).
 */
export async function buildResults(
  args: readonly string[],
  draws: DrawOptions,
  onEnsembles?: (resolved: readonly ResolvedScenario[], ensembles: readonly ScenarioEnsemble[]) => void,
): Promise<ResultsDocument> {
  return buildResultsFor(resolveArgs(args), draws, onEnsembles);
}

/** The results document of already resolved scenarios. */
export async function buildResultsFor(
  resolved: readonly ResolvedScenario[],
  draws: DrawOptions,
  onEnsembles?: (resolved: readonly ResolvedScenario[], ensembles: readonly ScenarioEnsemble[]) => void,
): Promise<ResultsDocument> {
  let runs: RunResult[] = resolved.map((r) => centralRunResult(r, runCentral(r)));
  if (draws.draws > 0) {
    const bar = progressBar(`${draws.draws} draws × ${resolved.length} scenarios`);
    try {
      const ensembles = await runEnsemble(resolved, {
        ...draws,
        spawn: nodeWorkers,
        onProgress: (done, total) => bar.update(done, total),
      });
      runs = runs.map((run, i) => withEnsemble(run, ensembles[i]));
      onEnsembles?.(resolved, ensembles);
    } finally {
      bar.stop();
    }
  }
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    leadlineVersion: LEADLINE_VERSION,
    draws: draws.draws,
    seed: draws.draws > 0 ? draws.seed : 0,
    runs,
    checks: collectChecks(),
  };
}

export function renderRunText(doc: ResultsDocument): string {
  const header =
    doc.draws > 0
      ? `leadline ${doc.leadlineVersion} — ${doc.draws} Monte Carlo draws, seed ${doc.seed}: median (10th–90th percentile)`
      : `leadline ${doc.leadlineVersion} — central parameters (no Monte Carlo draws)`;
  const sketch = doc.runs.some((r) => r.quantileMethod === 'sketch')
    ? '\nPercentiles are estimated with a mergeable quantile sketch (above 100,000 draws); error ≤ one bin (~0.15% of the range).'
    : '';
  return `${header}\n${renderMainTable(doc.runs)}${sketch}\n\n${renderVerdicts(doc.runs)}\n`;
}
