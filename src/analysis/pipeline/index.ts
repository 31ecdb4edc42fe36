/** The pipeline of a run (browser-safe): run, its phases, and the checks every document carries. */
export { distinctNames } from './distinctNames.ts';
export { type EstimateOptions, estimateResolved } from './estimate.ts';
export { collectChecks, presetCheckContext } from './presetChecks.ts';
export {
  DEFAULT_RUN_DRAWS,
  DEFAULT_RUN_SCENARIOS,
  DEFAULT_RUN_SEED,
  loadPresetArg,
  type PerDrawValues,
  prepareRun,
  type RunDocument,
  type RunOptions,
  run,
  runResolved,
  type ScenarioInput,
  type ScenarioLoader,
} from './run.ts';
