/**
 * Measured history: observations, the error model, fit statistics, the calibration procedure,
 * importance weights. Pure (no I/O): the browser-safe library exports all of it.
 */
export {
  CALIBRATION_TARGETS,
  type CalibrationResult,
  CONFLICT_Z,
  calibrate,
  type FittedParameter,
  historyObjective,
  MIN_OBJECTIVE_RANGE,
  notRefitted,
  type ObservationConflict,
  searchInterval,
} from './calibrate.ts';
export {
  type ComparisonSummary,
  type ConditionedComparison,
  type ConditionedScenario,
  conditionComparison,
  conditionedScenario,
  conditionOnHistory,
  ESS_FLOOR,
  type HistoryWeights,
  historyWeights,
  type WeightedProbability,
  type WeightedSummary,
  type WeightsReport,
  weightedSummary,
} from './condition.ts';
export { parseCsvText } from './csvText.ts';
export { defaultObservations } from './defaultObservations.ts';
export {
  absoluteError,
  agrees,
  bandResidual,
  logLikelihood,
  residual,
  toErrorScale,
  Z80,
  Z90,
} from './errorModel.ts';
export {
  errorUnit,
  type FitStatistics,
  type FitTable,
  fitStatistics,
  fitTable,
  type ObservationFit,
} from './fitStatistics.ts';
export { formatObserved, formatQuantity, formatZ } from './formatQuantity.ts';
export { historyCsv } from './historyCsv.ts';
export {
  forEachDraw,
  observationsWithin,
  observationValuesByDraw,
  readObservations,
} from './historyDraws.ts';
export {
  type HistoryOptions,
  type HistoryResult,
  type ObservationResult,
  type QuantityBand,
  runHistory,
} from './historyRun.ts';
export { drawLogLikelihoods } from './likelihood.ts';
export {
  isIndependent,
  OBSERVED_COLUMNS,
  type Observation,
  type ObservationKind,
  parseObservations,
  windowLabel,
} from './observations.ts';
export {
  type Aggregate,
  type ErrorScale,
  isQuantityName,
  QUANTITY_INFO,
  QUANTITY_NAMES,
  type QuantityInfo,
  type QuantityName,
  QuantityReader,
} from './quantities.ts';
export {
  effectiveSampleSize,
  normalizeLogWeights,
  weightedQuantile,
  weightedQuantiles,
  weightedShare,
} from './weighted.ts';
