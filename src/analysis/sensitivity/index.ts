/** Sensitivity analysis: tornado and Sobol' indices (browser-safe: no Node built-ins). */
export { type ConvergenceStep, convergenceStep } from './convergence.ts';
export { drawValuesEvaluator } from './drawValuesEvaluator.ts';
export {
  evaluateRowsInto,
  inProcessEvaluator,
  type RowEvaluator,
  type RowEvaluatorFactory,
} from './rowEvaluator.ts';
export { rowsPerBasePoint, type SaltelliLayout, writeSaltelliBlock } from './saltelliDesign.ts';
export {
  CONVERGENCE_TOP,
  DEFAULT_LEVEL,
  DEFAULT_MAX_N,
  DEFAULT_RESAMPLES,
  type GroupRow,
  runSensitivity,
  type SensitivityOptions,
  type SensitivityResult,
  type SobolRow,
  START_N,
  sensitivityFactors,
  truncatedTo,
} from './sensitivity.ts';
export {
  DEFAULT_SENSITIVITY_OUTPUT,
  describeOutput,
  OutputSpecError,
  outputMonth,
  parseSensitivityOutput,
  readOutput,
  SCENARIO_ONE_OUTPUT,
  type SensitivityOutput,
} from './sensitivityOutput.ts';
export {
  type BootstrapOptions,
  type IndexEstimate,
  type SobolEstimates,
  sobolIndices,
} from './sobolIndices.ts';
export { SOBOL_MAX_DIMENSIONS, SobolSequence } from './sobolSequence.ts';
export {
  TORNADO_HIGH_QUANTILE,
  TORNADO_LOW_QUANTILE,
  type Tornado,
  type TornadoBar,
  tornado,
} from './tornado.ts';
