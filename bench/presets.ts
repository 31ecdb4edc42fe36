/** The presets the benchmark runs: the baseline and scenario-one files of scenarios/. */
import { loadPreset, type ResolvedScenario, resolveScenario } from '../src/scenario/index.ts';

export function resolvedPreset(name: 'baseline' | 'scenario-one'): ResolvedScenario {
  return resolveScenario(loadPreset(name));
}
