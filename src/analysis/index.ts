/**
 * Analyses built on the engine: Monte Carlo ensembles, per-draw evaluation, paired comparisons,
 * summaries and the paper checks. Browser-safe: workers come in through a SpawnWorker (Node
 * worker threads are in ./node.ts).
 */

export { beliefQuantiles, densityFromQuantiles } from './beliefQuantiles.ts';
export { at, meanOverYear, sumOverYear } from './calendar.ts';
export {
  ALL_CHECKS,
  type Check,
  type CheckContext,
  PAPER_CHECKS,
  type PresetName as CheckPresetName,
  runChecks,
  type ScenarioOverrides,
  TIGHTENINGS,
  tighteningEffects,
} from './checks.ts';
export {
  COMPARED_OUTPUTS,
  compareEnsembles,
  type EnsembleComparison,
  type PairedDifference,
  type ProbabilityChange,
} from './compare.ts';
export { checkRunCorrelations, planRunCorrelations } from './correlationCheck.ts';
export type { DrawBlockResult, DrawPlan } from './drawEvaluator.ts';
export {
  type DrawOutput,
  drawOutputLabel,
  drawOutputProblem,
  outputsBeyondHorizon,
  parseDrawOutput,
} from './drawOutputs.ts';
export { type EnsembleOptions, runEnsemble, type ScenarioEnsemble } from './ensemble.ts';
export { blockParameters, drawParameters } from './ensembleDraws.ts';
export { BLOCK_SIZE, EXACT_MAX_DRAWS } from './ensemblePlan.ts';
export { withEnsemble } from './ensembleResult.ts';
export type { EnsembleRunner } from './ensembleRunner.ts';
export { serveWorker, type WorkerScope } from './ensembleWebWorker.ts';
export type { WorkerReply, WorkerRequest } from './ensembleWorkerProtocol.ts';
export {
  buildDrawPlan,
  type DrawBlock,
  drawValues,
  type EvaluateOptions,
  evaluateDraws,
  type GivenRows,
  type SampledRows,
} from './evaluateDraws.ts';
export { FRONT_CHECKS } from './frontChecks.ts';
export * from './history/index.ts';
export { DrawInvariantError } from './invariants.ts';
export {
  describeWorld,
  formatLeadInWorld,
  OUTCOME_MONTH,
  OUTCOME_MONTH_LABEL,
  SCENARIO_ONE_MIN_LEAD_MONTHS,
  SCENARIO_TWO_MAX_LEAD_MONTHS,
  type World,
  worldOf,
} from './outcomes.ts';
export { PILOT_ENSEMBLE_MAX_DRAWS, pilotEnsemble } from './pilotEnsemble.ts';
export * from './pipeline/index.ts';
export * from './policy/index.ts';
export { outcomeProbabilities } from './probabilities.ts';
export * from './results.ts';
export { centralRunResult, shownMonths } from './runResult.ts';
export {
  correlationText,
  type LeverInForce,
  leverInForceText,
  leversInForce,
  type PinnedParam,
  pinnedParams,
  pinnedParamText,
  rangeText,
  type SettingDifference,
  scenarioOfRun,
  settingDifferences,
  sharedCorrelationsNotice,
} from './scenarioSettings.ts';
export * from './sensitivity/index.ts';
export { huaweiShareOfNvidia, summarizeRun } from './summary.ts';
export { LEADLINE_VERSION } from './version.ts';
export { type WebWorkerLike, webWorkers } from './webWorkers.ts';
export { IN_FLIGHT_PER_WORKER, type SpawnWorker, type WorkerLink, WorkerPool } from './workerPool.ts';
