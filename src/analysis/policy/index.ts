/**
 * The policy analyses: attribution (Shapley), the window (delay), the least policy (lattice
 * search with Monte Carlo error) and scenario discovery (PRIM). Pure functions over scenarios
 * with an injectable runner of paired draws (`PairedRunner`; in-process by default), so a
 * browser can run them in the page or a Web Worker.
 */
export {
  type AttributionOptions,
  type AttributionResult,
  attribute,
  differingLevers,
  type LeverAttribution,
  leadMovingLevers,
  type SpreadSummary,
} from './attribution.ts';
export { type PrintedAttribution, printedAttribution } from './attributionPrinted.ts';
export {
  DEFAULT_DISCOVER_DRAWS,
  DEFAULT_MIN_COVERAGE,
  type DiscoverOptions,
  type DiscoverRestriction,
  type DiscoverResult,
  type DiscoverStep,
  discover,
  discoveryStatement,
  drawnInputs,
  QUASI_P_SIGNIFICANT,
} from './discover.ts';
export {
  type Estimate,
  type EvaluateSettings,
  type LeastPolicyResult,
  type LeastPolicySearch,
  type Setting,
  searchLeastPolicy,
  type Verdict,
  verdictOf,
  wilsonInterval,
} from './leastPolicy.ts';
export {
  describeSetting,
  effectiveSetting,
  type LeverSetting,
  leverSettings,
  sameSetting,
  scheduleOf,
  withLeverSettings,
} from './leverSettings.ts';
export {
  blocksOf,
  drawnParameters,
  drawsOf,
  inProcessPairedRunner,
  type PairedLeads,
  type PairedRequest,
  type PairedRunner,
  placeBlock,
  pooledPairedRunner,
  runPairedBlock,
} from './pairedRuns.ts';
export { attributionCsv, discoverCsv, targetCsv, windowCsv } from './policyCsv.ts';
export { attributionJson, windowJson } from './policyJson.ts';
export {
  DEFAULT_WINDOW_MONTHS,
  DEFAULT_WINDOW_STARTS,
  policyWindow,
  shiftedSettings,
  type WindowLead,
  type WindowOptions,
  type WindowResult,
  type WindowRow,
} from './policyWindow.ts';
export {
  binomialAtLeast,
  chooseBox,
  PRIM_DEFAULTS,
  type PrimData,
  type PrimOptions,
  type PrimRestriction,
  type PrimStep,
  type PrimTrajectory,
  primPeel,
  primQuantile,
  primRestrictions,
} from './prim.ts';
export { SHAPLEY_MAX_PLAYERS, shapleyPerDraw, shapleyValues, shapleyWeights } from './shapley.ts';
export {
  leastPolicy,
  searchedLevers,
  type TargetGoal,
  type TargetMinimal,
  type TargetOptions,
  type TargetResult,
  type TargetSetting,
  Z_95_TWO_SIDED,
} from './target.ts';
