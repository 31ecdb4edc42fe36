/**
 * Scenario files on disk (Node only): reading a file, the repository's scenarios/ folder, and
 * the rule that turns a command-line argument into a Scenario.
 */
import { fileURLToPath } from 'node:url';
import { describeValue, expectedText, InputError } from './errors.ts';
import { osReason, parseScenarioText } from './load.ts';
import { isPresetName, loadPreset, PRESET_NAMES } from './presets.ts';
import { readScenarioFile } from './readScenarioFile.ts';
import type { Scenario } from './scenario.ts';

const SCENARIO_FILE = /\.ya?ml$/i;

/**
 * Reads and parses a scenario file; an unreadable file, one that is not a regular file, one
 * over 1 MiB or one not in UTF-8 is an InputError (readScenarioFile.ts).
 */
export function loadScenarioFile(path: string): Scenario {
  return parseScenarioText(readScenarioFile(path, osReason), path);
}

/** The package's scenarios/ folder, which holds the preset files (this file is src/scenario/…). */
export function presetDirectory(): string {
  return fileURLToPath(new URL('../../scenarios/', import.meta.url));
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
