/**
 * `leadline run [scenario-or-file ...]`: the main job.
 *
 *   load scenario files → validate → resolve parameters and schedule → simulate (central)
 *   → summarise, paper checks → print the table (or --json) → write the report to --out
 */
import type { ResultsDocument, RunResult } from '../analysis/results.ts';
import { RESULTS_SCHEMA_VERSION } from '../analysis/results.ts';
import { collectChecks } from './checkCommand.ts';
import { centralRunResult } from '../analysis/runResult.ts';
import { resolveScenario, runCentral } from '../scenario/scenario.ts';
import { resolveScenarioArg } from '../scenario/index.ts';
import { renderMainTable, renderVerdicts } from './mainTable.ts';
import { LEADLINE_VERSION } from './version.ts';

export const DEFAULT_SCENARIOS = ['baseline', 'scenario-one', 'scenario-two'] as const;

/** Where `leadline run` writes its report unless told otherwise. */
export const DEFAULT_OUT_DIR = 'leadline-out';

export function buildResults(args: readonly string[]): ResultsDocument {
  const names = args.length > 0 ? args : DEFAULT_SCENARIOS;
  // Load and validate everything first: a bad file stops the run before anything is computed.
  const scenarios = names.map((arg) => resolveScenarioArg(arg));
  const runs: RunResult[] = scenarios.map((scenario) => {
    const resolved = resolveScenario(scenario);
    return centralRunResult(resolved, runCentral(resolved));
  });
  return { schemaVersion: RESULTS_SCHEMA_VERSION, leadlineVersion: LEADLINE_VERSION, draws: 0, seed: 0, runs, checks: collectChecks() };
}

export function renderRunText(doc: ResultsDocument): string {
  const header = `leadline ${doc.leadlineVersion} — central parameters (no Monte Carlo draws)`;
  return `${header}\n${renderMainTable(doc.runs)}\n\n${renderVerdicts(doc.runs)}\n`;
}
