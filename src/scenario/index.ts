/**
 * Scenarios (browser-safe; files on disk are in ./node.ts): levers, the policy timeline, the schedule the engine reads, and scenario files.
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
  type BooleanLeverRow,
  type ChannelValues,
  type ChoiceLeverRow,
  CONTROL_INTENSITY,
  CONTROL_LEVELS,
  type ControlLevel,
  EXPORT_TIERS,
  type ExportTier,
  intensityLadder,
  intensityOf,
  LEAD_LEVERS,
  LEVER_HELP,
  LEVER_NAMES,
  LEVER_TABLE,
  type LeverActor,
  type LeverName,
  type LeverRow,
  type Levers,
  type LeverValue,
  leverChannels,
  leverRow,
  type NumberLeverRow,
  REMOTE_ACCESS,
  type RemoteAccess,
} from './levers.ts';
export {
  DEFAULT_EXPLORER_URL,
  type DecodedLink,
  decodeLink,
  defaultLinkState,
  encodeLink,
  explorerLink,
  LINK_DEFAULTS,
  LINK_FORMAT_VERSION,
  LINK_MAX_DRAWS,
  LINK_MAX_SCENARIOS,
  type LinkContext,
  type LinkScenario,
  type LinkScenarioFields,
  type LinkState,
  presetLinkContext,
} from './link.ts';
export { parseScenarioObject, parseScenarioText, scenarioName } from './load.ts';
export { POLICY_OF_MAY_2026 } from './policyOfMay2026.ts';
export { isPresetName, loadPreset, PRESET_NAMES, type PresetName } from './presets.ts';
export {
  type LeverTiming,
  type ParamRange,
  type RankCorrelation,
  type ResolvedScenario,
  resolveScenario,
  runCentral,
  SCENARIO_DEFAULTS,
  type Scenario,
} from './scenario.ts';
export {
  buildSchedule,
  type LeverWindows,
  leverTargets,
  leverWindowsOf,
  type PolicyWindow,
} from './schedule.ts';
export {
  END_RANGE,
  FIRST_MONTH,
  LEVER_TIMING_KEYS,
  type LeverSetting,
  MONTH_PATTERN,
  SCENARIO_SCHEMA_ID,
  type ScenarioFile,
  scenarioFileSchema,
  scenarioJsonSchema,
} from './schema.ts';
export { POLICY_TIMELINE, type TimelineEntry } from './timeline.ts';
export { scenarioFile, toScenario } from './toScenario.ts';
