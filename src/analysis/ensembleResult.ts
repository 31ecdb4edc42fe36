/** Adds a scenario's Monte Carlo summary to its central-run result (results.ts RunResult). */
import type { ScenarioEnsemble } from './ensembleTypes.ts';
import { describeWorld, OUTCOME_MONTH, worldOf } from './outcomes.ts';
import type { RunResult } from './results.ts';

/**
 * The run with `quantiles`, `probabilities`, `draws`, `seed`, `failedDraws` and
 * `quantileMethod` from the ensemble. `series` and `summary` stay the central run's; the verdict
 * is re-stated from the median lead (the probabilities sit beside it in `probabilities`).
 */
export function withEnsemble(run: RunResult, ensemble: ScenarioEnsemble): RunResult {
  const quantiles: RunResult['quantiles'] = { ...ensemble.quantiles };
  const lead = ensemble.quantiles.leadMonths;
  const monthShown = OUTCOME_MONTH - ensemble.firstMonth;
  const medianLead = lead.p50[monthShown];
  const verdictText = describeWorld(worldOf(medianLead), medianLead, 'median lead');
  return {
    ...run,
    summary: { ...run.summary, verdict: worldOf(medianLead), verdictText },
    quantiles,
    probabilities: ensemble.probabilities,
    draws: ensemble.draws,
    seed: ensemble.seed,
    failedDraws: ensemble.failedDraws,
    quantileMethod: ensemble.quantileMethod,
  };
}
