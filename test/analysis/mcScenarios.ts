/**
 * Literal scenarios for the Monte Carlo tests (the YAML loader is not theirs to depend on):
 * baseline and scenario-one with the levers of the presets, 2023-01 … 2030-12.
 */
import type { ParamName } from '../../src/core/index.ts';
import type { RankCorrelation } from '../../src/scenario/scenario.ts';
import { type ResolvedScenario, resolveScenario, type Scenario } from '../../src/scenario/scenario.ts';

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
  source: 'test:baseline',
  levers: { chipExports: 'h200', distillationDeterrence: 0.1 },
};

export const SCENARIO_ONE: Scenario = {
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
};

/** A preset with some parameters pinned, other fields overridden. */
export function variant(
  base: Scenario,
  changes: {
    name?: string;
    params?: Partial<Record<ParamName, number>>;
    correlations?: RankCorrelation[];
    start?: string;
  },
): ResolvedScenario {
  return resolveScenario({
    ...base,
    name: changes.name ?? base.name,
    params: changes.params ?? base.params,
    correlations: changes.correlations ?? base.correlations,
    start: changes.start ?? base.start,
  });
}

export const resolvedBaseline = (): ResolvedScenario => resolveScenario(BASELINE);
export const resolvedScenarioOne = (): ResolvedScenario => resolveScenario(SCENARIO_ONE);
