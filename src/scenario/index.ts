/**
 * Scenarios: levers, the policy timeline, the schedule the engine reads, and scenario files.
 *
 *   file or preset ─► load (YAML, schema, InputError) ─► Scenario ─► resolveScenario ─► runCentral
 */
export {
  closestNames,
  describeValue,
  editDistance,
  formatIssue,
  formatPath,
  InputError,
  type InputIssue,
  type PathSegment,
} from './errors.ts';
export {
  CONTROL_INTENSITY,
  CONTROL_LEVELS,
  type ControlLevel,
  EXPORT_TIERS,
  type ExportTier,
  LEVER_HELP,
  LEVER_NAMES,
  type LeverName,
  type Levers,
} from './levers.ts';
export { loadScenarioFile, parseScenarioText, scenarioName, toScenario } from './load.ts';
export {
  isPresetName,
  loadPreset,
  PRESET_NAMES,
  type PresetName,
  presetDirectory,
  resolveScenarioArg,
} from './presets.ts';
export {
  type RankCorrelation,
  type ResolvedScenario,
  resolveScenario,
  runCentral,
  SCENARIO_DEFAULTS,
  type Scenario,
} from './scenario.ts';
export { buildSchedule, leverTargets, type PolicyWindow } from './schedule.ts';
export {
  END_RANGE,
  FIRST_MONTH,
  MONTH_PATTERN,
  REMOTE_ACCESS,
  SCENARIO_SCHEMA_ID,
  type ScenarioFile,
  scenarioFileSchema,
  scenarioJsonSchema,
} from './schema.ts';
export { POLICY_TIMELINE, type TimelineEntry } from './timeline.ts';
