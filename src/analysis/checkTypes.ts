/** What every check (paper checks PC*, fronts checks FC*) is, and what it is given to run. */
import type { ParamName, Workspace } from '../core/index.ts';
import type { Levers } from '../scenario/levers.ts';
import { type ResolvedScenario, runCentral } from '../scenario/scenario.ts';
import type { CheckResult } from './results.ts';

export type PresetName = 'baseline' | 'scenario-one' | 'scenario-two';

export interface ScenarioOverrides {
  readonly levers?: Partial<Levers>;
  readonly params?: Partial<Record<ParamName, number>>;
}

/** Gives the checks the presets, optionally with levers or parameters changed. */
export interface CheckContext {
  resolve(name: PresetName, overrides?: ScenarioOverrides): ResolvedScenario;
}

export interface Check {
  readonly id: string;
  readonly description: string;
  readonly source: string;
  run(ctx: CheckContext): CheckResult;
}

/** A central-parameter run of a preset, optionally changed. */
export function runPreset(ctx: CheckContext, name: PresetName, overrides?: ScenarioOverrides): Workspace {
  return runCentral(ctx.resolve(name, overrides));
}
