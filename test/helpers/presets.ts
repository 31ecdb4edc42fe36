/** The four presets of spec §8, loaded from scenarios/*.yaml (the files users run). */
import { createWorkspace, type Workspace } from '../../src/core/index.ts';
import {
  loadPreset,
  type ResolvedScenario,
  resolveScenario,
  type Scenario,
} from '../../src/scenario/index.ts';

export const PRESET_NAMES = ['baseline', 'scenario-one', 'scenario-two', 'no-controls'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** The preset files in scenarios/, loaded as users get them. */
export const PRESETS: Readonly<Record<PresetName, Scenario>> = {
  baseline: loadPreset('baseline'),
  'scenario-one': loadPreset('scenario-one'),
  'scenario-two': loadPreset('scenario-two'),
  'no-controls': loadPreset('no-controls'),
};

/** The preset resolved at central parameters: parameter vector and policy schedule. */
export function resolvedPreset(name: PresetName): ResolvedScenario {
  return resolveScenario(PRESETS[name]);
}

/** A fresh workspace of the presets' length (2023-01 … 2030-12). */
export function presetWorkspace(): Workspace {
  return createWorkspace(resolvedPreset('baseline').nMonths);
}
