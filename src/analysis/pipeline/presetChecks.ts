/**
 * The paper checks PC1–PC8 and fronts checks FC1–FC3 on the presets (data, no file read), as
 * every results document and `leadline check` report them.
 */
import { loadPreset, type Scenario } from '../../scenario/index.ts';
import { resolveScenario } from '../../scenario/scenario.ts';
import { type CheckContext, type PresetName, runChecks, type ScenarioOverrides } from '../checks.ts';
import type { CheckResult } from '../results.ts';

/** Resolves presets, with levers and parameters changed on request (each preset parsed once). */
export function presetCheckContext(): CheckContext {
  const cache = new Map<PresetName, Scenario>();
  return {
    resolve(name: PresetName, overrides?: ScenarioOverrides) {
      let scenario = cache.get(name);
      if (!scenario) {
        scenario = loadPreset(name);
        cache.set(name, scenario);
      }
      return resolveScenario({
        ...scenario,
        levers: { ...scenario.levers, ...overrides?.levers },
        params: { ...scenario.params, ...overrides?.params },
      });
    },
  };
}

/** The checks of this process: they depend only on the presets and the model's code. */
let computed: readonly CheckResult[] | undefined;

/**
 * Every check at central parameters. Computed once per process (or Web Worker) — the explorer
 * builds a results document on every change — and handed out as a copy, so a caller that edits
 * its document cannot change another's.
 */
export function collectChecks(): CheckResult[] {
  computed ??= runChecks(presetCheckContext());
  return structuredClone(computed) as CheckResult[];
}
