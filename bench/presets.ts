/**
 * The presets the benchmark runs, as literal scenarios (the YAML loader is not a dependency of
 * the benchmark): baseline and scenario-one levers, 2023-01 … 2030-12.
 */
import { type ResolvedScenario, resolveScenario, type Scenario } from '../src/scenario/scenario.ts';

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

export const BASELINE: Scenario = {
  ...COMMON,
  name: 'baseline',
  source: 'bench:baseline',
  levers: { chipExports: 'h200', distillationDeterrence: 0.1 },
};

export const SCENARIO_ONE: Scenario = {
  ...COMMON,
  name: 'scenario-one',
  source: 'bench:scenario-one',
  levers: {
    chipExports: 'none',
    smugglingEnforcement: 3,
    locationVerification: true,
    remoteAccess: 'closed',
    smeControls: 'tightened',
    hbmControls: 'tightened',
    distillationDeterrence: 0.9,
  },
};

export function resolvedPreset(name: 'baseline' | 'scenario-one'): ResolvedScenario {
  return resolveScenario(name === 'baseline' ? BASELINE : SCENARIO_ONE);
}
