/**
 * The results document of a small run from the pilot alone (pilotEnsemble.ts): the explorer's
 * first estimate after a change. The same document as runResolved's for the same draws and seed
 * (central runs, ensembles, paper checks), at a fraction of the cost for ≤ 250 draws.
 */
import { type ResolvedScenario, runCentral } from '../../scenario/index.ts';
import { withEnsemble } from '../ensembleResult.ts';
import type { ScenarioEnsemble } from '../ensembleTypes.ts';
import { pilotEnsemble } from '../pilotEnsemble.ts';
import { RESULTS_SCHEMA_VERSION, type ResultsDocument } from '../results.ts';
import { centralRunResult } from '../runResult.ts';
import { LEADLINE_VERSION } from '../version.ts';
import { collectChecks } from './presetChecks.ts';

export interface EstimateOptions {
  /** Draws, 1 … PILOT_ENSEMBLE_MAX_DRAWS. */
  readonly draws: number;
  readonly seed: number;
  /** Sees the resolved scenarios and their ensembles (as RunOptions.onEnsembles). */
  readonly onEnsembles?: (
    resolved: readonly ResolvedScenario[],
    ensembles: readonly ScenarioEnsemble[],
  ) => void;
}

/** runResolved(resolved, {draws, seed}) for draws ≤ PILOT_ENSEMBLE_MAX_DRAWS, synchronously and without the sketch. */
export function estimateResolved(
  resolved: readonly ResolvedScenario[],
  opts: EstimateOptions,
): ResultsDocument {
  const ensembles = pilotEnsemble(resolved, { draws: opts.draws, seed: opts.seed });
  const runs = resolved.map((r, i) => withEnsemble(centralRunResult(r, runCentral(r)), ensembles[i]));
  opts.onEnsembles?.(resolved, ensembles);
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    leadlineVersion: LEADLINE_VERSION,
    draws: opts.draws,
    seed: opts.seed,
    runs,
    checks: collectChecks(),
  };
}
