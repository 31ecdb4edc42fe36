/** A validated scenario file with the defaults applied (no I/O: used by files, presets and links). */

import type { ParamName } from '../core/index.ts';
import { LEVER_NAMES, type LeverName, type Levers } from './levers.ts';
import { type LeverTiming, type ParamRange, SCENARIO_DEFAULTS, type Scenario } from './scenario.ts';
import type { ScenarioFile } from './schema.ts';

/** The Scenario a validated file describes: `name` is its id, `source` where it came from. */
export function toScenario(file: ScenarioFile, name: string, source: string): Scenario {
  const { levers, leverTiming } = splitLevers(file.levers ?? {});
  return {
    name,
    title: file.title ?? name,
    description: file.description ?? '',
    source,
    levers,
    ...(Object.keys(leverTiming).length > 0 ? { leverTiming } : {}),
    policyStart: file.policyStart ?? SCENARIO_DEFAULTS.policyStart,
    rampMonths: file.rampMonths ?? SCENARIO_DEFAULTS.rampMonths,
    start: file.start ?? SCENARIO_DEFAULTS.start,
    end: file.end ?? SCENARIO_DEFAULTS.end,
    params: { ...file.params },
    ...(file.ranges && Object.keys(file.ranges).length > 0 ? { ranges: rangesOf(file.ranges) } : {}),
    correlations: (file.correlations ?? []).map(({ a, b, rho }) => ({ a, b, rho })),
  };
}

/** The ranges of a file, each with only the keys it gives. */
function rangesOf(ranges: NonNullable<ScenarioFile['ranges']>): Partial<Record<ParamName, ParamRange>> {
  const out: Partial<Record<ParamName, ParamRange>> = {};
  for (const [name, range] of Object.entries(ranges) as [ParamName, ParamRange | undefined][]) {
    if (range === undefined) continue;
    out[name] = {
      low: range.low,
      high: range.high,
      ...(range.central !== undefined ? { central: range.central } : {}),
    };
  }
  return out;
}

/** Lever values, and the timing of the levers given in the long form `{ value, from, rampMonths }`. */
function splitLevers(settings: NonNullable<ScenarioFile['levers']>): {
  levers: Partial<Levers>;
  leverTiming: Partial<Record<LeverName, LeverTiming>>;
} {
  const levers: Record<string, unknown> = {};
  const leverTiming: Partial<Record<LeverName, LeverTiming>> = {};
  for (const name of LEVER_NAMES) {
    const setting = settings[name];
    if (setting === undefined) continue;
    if (typeof setting !== 'object') {
      levers[name] = setting;
      continue;
    }
    levers[name] = setting.value;
    const timing: { from?: string; rampMonths?: number } = {};
    if (setting.from !== undefined) timing.from = setting.from;
    if (setting.rampMonths !== undefined) timing.rampMonths = setting.rampMonths;
    leverTiming[name] = timing;
  }
  return { levers: levers as Partial<Levers>, leverTiming };
}

/** The file that reads back as `scenario` (every field explicit; the description left out). */
export function scenarioFile(scenario: Scenario): ScenarioFile {
  const file: ScenarioFile = {
    title: scenario.title,
    policyStart: scenario.policyStart,
    rampMonths: scenario.rampMonths,
    start: scenario.start,
    end: scenario.end,
  };
  // levers with their own timing go back to the long form { value, from, rampMonths }
  const levers: Record<string, unknown> = { ...scenario.levers };
  for (const [name, timing] of Object.entries(scenario.leverTiming ?? {})) {
    levers[name] = { value: levers[name], ...timing };
  }
  file.levers = levers as ScenarioFile['levers'];
  if (Object.keys(scenario.params).length > 0) file.params = { ...scenario.params };
  if (scenario.ranges && Object.keys(scenario.ranges).length > 0) {
    file.ranges = rangesOf(scenario.ranges as NonNullable<ScenarioFile['ranges']>);
  }
  if (scenario.correlations.length > 0) file.correlations = scenario.correlations.map((c) => ({ ...c }));
  return file;
}
