/** The baseline and scenario-one preset files for the Monte Carlo tests, and variants of them. */
import type { ParamName } from '../../src/core/index.ts';
import {
  loadPreset,
  type ResolvedScenario,
  resolveScenario,
  type Scenario,
} from '../../src/scenario/index.ts';
import type { RankCorrelation } from '../../src/scenario/scenario.ts';

export const BASELINE: Scenario = loadPreset('baseline');
export const SCENARIO_ONE: Scenario = loadPreset('scenario-one');

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
