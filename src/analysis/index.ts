/**
 * Analyses built on the engine: Monte Carlo ensembles, paired comparisons, summaries and the
 * paper checks. Pure functions of scenarios and parameters, except that ensembles may use
 * worker threads.
 */
export { at, meanOverYear, sumOverYear } from './calendar.ts';
export {
  ALL_CHECKS,
  type Check,
  type CheckContext,
  PAPER_CHECKS,
  type PresetName,
  runChecks,
  type ScenarioOverrides,
  TIGHTENINGS,
  tighteningEffects,
} from './checks.ts';
export { compareEnsembles, type EnsembleComparison, type ProbabilityChange } from './compare.ts';
export { checkRunCorrelations, planRunCorrelations } from './correlationCheck.ts';
export { type EnsembleOptions, runEnsemble, type ScenarioEnsemble } from './ensemble.ts';
export { blockParameters, drawParameters } from './ensembleDraws.ts';
export { BLOCK_SIZE, EXACT_MAX_DRAWS } from './ensemblePlan.ts';
export { withEnsemble } from './ensembleResult.ts';
export { FRONT_CHECKS } from './frontChecks.ts';
export * from './history/index.ts';
export { DrawInvariantError } from './invariants.ts';
export {
  describeWorld,
  OUTCOME_MONTH,
  OUTCOME_MONTH_LABEL,
  SCENARIO_ONE_MIN_LEAD_MONTHS,
  SCENARIO_TWO_MAX_LEAD_MONTHS,
  type World,
  worldOf,
} from './outcomes.ts';
export * from './policy/index.ts';
export { outcomeProbabilities } from './probabilities.ts';
export * from './results.ts';
export { centralRunResult, shownMonths } from './runResult.ts';
export * from './sensitivity/index.ts';
export { huaweiShareOfNvidia, summarizeRun } from './summary.ts';
