/**
 * `leadline run [scenario-or-file ...]`: the main job.
 *
 *   the library's pipeline (analysis/pipeline/run.ts: load → validate → resolve → simulate
 *   → Monte Carlo → summarise, checks) → print the table (or --json) → write the report to --out
 */
import type { ScenarioEnsemble } from '../analysis/ensemble.ts';
import { nodeWorkers } from '../analysis/nodeWorkers.ts';
import { DEFAULT_RUN_SCENARIOS, prepareRun, runResolved } from '../analysis/pipeline/run.ts';
import type { ResultsDocument } from '../analysis/results.ts';
import { sharedCorrelationsNotice } from '../analysis/scenarioSettings.ts';
import type { ResolvedScenario } from '../scenario/index.ts';
import { resolveScenarioArg } from '../scenario/scenarioFiles.ts';
import type { DrawOptions } from './drawOptions.ts';
import { renderMainTable, renderVerdicts } from './mainTable.ts';
import { progressBar } from './progress.ts';

export const DEFAULT_SCENARIOS = DEFAULT_RUN_SCENARIOS;

/** Loads and validates every scenario first: a bad file stops the run before anything is computed. */
export function resolveArgs(
  args: readonly string[],
  fallback: readonly string[] = DEFAULT_SCENARIOS,
  warn: (text: string) => void = () => {},
): ResolvedScenario[] {
  return prepareRun(args.length > 0 ? args : fallback, resolveScenarioArg, warn);
}

/**
 * The results document of already resolved scenarios: the library's pipeline (runResolved) on
 * Node worker threads, with a progress bar. `onEnsembles`, when given, sees the resolved
 * scenarios and their ensembles (used by --condition-on-history, which needs each draw's lead).
 */
export async function buildResultsFor(
  resolved: readonly ResolvedScenario[],
  draws: DrawOptions,
  onEnsembles?: (resolved: readonly ResolvedScenario[], ensembles: readonly ScenarioEnsemble[]) => void,
): Promise<ResultsDocument> {
  const bar =
    draws.draws > 0 ? progressBar(`${draws.draws} draws × ${resolved.length} scenarios`) : undefined;
  try {
    return await runResolved(resolved, {
      ...draws,
      spawn: nodeWorkers,
      ...(bar ? { onProgress: (done: number, total: number) => bar.update(done, total) } : {}),
      ...(onEnsembles ? { onEnsembles } : {}),
    });
  } finally {
    bar?.stop();
  }
}

export function renderRunText(doc: ResultsDocument): string {
  const header =
    doc.draws > 0
      ? `leadline ${doc.leadlineVersion} — ${doc.draws} Monte Carlo draws, seed ${doc.seed}: median (10th–90th percentile)`
      : `leadline ${doc.leadlineVersion} — central parameters (no Monte Carlo draws)`;
  const sketch = doc.runs.some((r) => r.quantileMethod === 'sketch')
    ? '\nPercentiles are estimated with a mergeable quantile sketch (above 100,000 draws); error ≤ one bin (~0.15% of the range).'
    : '';
  const correlations = sharedCorrelationsNotice(doc);
  const notice = correlations === null ? '' : `\n\nNote: ${correlations}`;
  return `${header}\n${renderMainTable(doc.runs)}${sketch}${notice}\n\n${renderVerdicts(doc.runs)}\n`;
}
