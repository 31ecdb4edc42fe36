/**
 * The preset scenarios of spec §8, kept as YAML files in the repository's scenarios/ folder,
 * and the rule that turns a command-line argument into a Scenario.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeValue, expectedText, InputError } from './errors.ts';
import { loadScenarioFile } from './load.ts';
import type { Scenario } from './scenario.ts';

export const PRESET_NAMES = ['baseline', 'scenario-one', 'scenario-two', 'no-controls'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

const SCENARIO_FILE = /\.ya?ml$/i;

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** The repository's scenarios/ folder (this file is src/scenario/presets.ts). */
export function presetDirectory(): string {
  return fileURLToPath(new URL('../../scenarios/', import.meta.url));
}

/** A preset, with `source` "preset:<name>". */
export function loadPreset(name: PresetName): Scenario {
  const scenario = loadScenarioFile(join(presetDirectory(), `${name}.yaml`));
  return { ...scenario, name, source: `preset:${name}` };
}

/** A preset name, or a path to a .yaml or .yml file; anything else is an InputError that lists the presets. */
export function resolveScenarioArg(arg: string): Scenario {
  if (isPresetName(arg)) return loadPreset(arg);
  if (SCENARIO_FILE.test(arg)) return loadScenarioFile(arg);
  throw new InputError([
    {
      file: 'scenario argument',
      path: [],
      expected: expectedText.scenarioArg(PRESET_NAMES, arg),
      found: describeValue(arg),
    },
  ]);
}
