/**
 * The four presets of spec §8 as literal Scenario objects, so the engine's tests do not depend on
 * the scenario files or their loader. Levers not listed keep the policy timeline.
 */
import { createWorkspace, type Workspace } from '../../src/core/index.ts';
import { type ResolvedScenario, resolveScenario, type Scenario } from '../../src/scenario/scenario.ts';

export const PRESET_NAMES = ['baseline', 'scenario-one', 'scenario-two', 'no-controls'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

const COMMON = {
  title: '',
  description: '',
  policyStart: '2026-07',
  rampMonths: 12,
  start: '2023-01',
  end: '2030-12',
  params: {},
  correlations: [],
} as const;

export const PRESETS: Readonly<Record<PresetName, Scenario>> = {
  baseline: {
    ...COMMON,
    name: 'baseline',
    source: 'test:baseline',
    levers: { chipExports: 'h200', distillationDeterrence: 0.1 },
  },
  'scenario-one': {
    ...COMMON,
    name: 'scenario-one',
    source: 'test:scenario-one',
    levers: {
      chipExports: 'none',
      smugglingEnforcement: 3,
      locationVerification: true,
      remoteAccess: 'closed',
      smeControls: 'tightened',
      hbmControls: 'tightened',
      distillationDeterrence: 0.9,
    },
  },
  'scenario-two': {
    ...COMMON,
    name: 'scenario-two',
    source: 'test:scenario-two',
    levers: {
      chipExports: 'blackwell',
      smugglingEnforcement: 0.5,
      remoteAccess: 'open',
      smeControls: 'loosened',
      hbmControls: 'loosened',
      distillationDeterrence: 0,
    },
  },
  'no-controls': {
    ...COMMON,
    name: 'no-controls',
    source: 'test:no-controls',
    policyStart: '2023-01',
    rampMonths: 1,
    levers: {
      chipExports: 'blackwell',
      smeControls: 'loosened',
      hbmControls: 'loosened',
      distillationDeterrence: 0,
    },
  },
};

/** The preset resolved at central parameters: parameter vector and policy schedule. */
export function resolvedPreset(name: PresetName): ResolvedScenario {
  return resolveScenario(PRESETS[name]);
}

/** A fresh workspace of the presets' length (2023-01 … 2030-12). */
export function presetWorkspace(): Workspace {
  return createWorkspace(resolvedPreset('baseline').nMonths);
}
