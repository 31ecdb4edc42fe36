/** A scenario as the user states it, and as the engine needs it. */
import {
  createWorkspace,
  EPOCH_YEAR,
  N_PARAMS,
  P,
  type ParamName,
  parseMonth,
  simulate,
  type Workspace,
} from '../core/index.ts';
import { centralParams } from '../params/index.ts';
import type { LeverName, Levers } from './levers.ts';
import { buildSchedule, leverWindowsOf } from './schedule.ts';

/** A requested Spearman rank correlation between two parameters (Iman–Conover). */
export interface RankCorrelation {
  readonly a: ParamName;
  readonly b: ParamName;
  readonly rho: number;
}

/**
 * A lever's own timing, when it differs from the scenario's (`levers: { remoteAccess: { value:
 * closed, from: 2027-01, rampMonths: 6 } }`): each field left out is the scenario's.
 */
export interface LeverTiming {
  /** "YYYY-MM": month the lever starts to act. */
  readonly from?: string;
  /** Months for the lever to reach full effect. */
  readonly rampMonths?: number;
}

/**
 * A belief about an uncertain parameter's distribution (`ranges: { name: { low, high, central } }`):
 * the table's family with new bounds (boundsOf in src/params/distribution.ts: the range of a
 * uniform, triangular or beta; the 5th and 95th percentiles of a lognormal90), and optionally a
 * new central value (the central run's value and a triangular's mode).
 */
export interface ParamRange {
  readonly low: number;
  readonly high: number;
  readonly central?: number;
}

export interface Scenario {
  /** Short id: preset name or file stem. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** Where it came from: a file path, or "preset:<name>". */
  readonly source: string;
  readonly levers: Partial<Levers>;
  /** Levers with their own start or ramp (absent or empty: every lever follows the scenario's). */
  readonly leverTiming?: Readonly<Partial<Record<LeverName, LeverTiming>>>;
  /** "YYYY-MM": month the levers start to act. */
  readonly policyStart: string;
  /** Months for the levers to reach full effect. */
  readonly rampMonths: number;
  /** "YYYY-MM": first month shown (the engine always starts at 2023-01). */
  readonly start: string;
  /** "YYYY-MM": last month simulated. */
  readonly end: string;
  /** Parameter overrides: pinned at these values (also in Monte Carlo). */
  readonly params: Readonly<Partial<Record<ParamName, number>>>;
  /** Uncertain parameters drawn from the table's family with these bounds (absent: none). */
  readonly ranges?: Readonly<Partial<Record<ParamName, ParamRange>>>;
  readonly correlations: readonly RankCorrelation[];
}

export const SCENARIO_DEFAULTS = {
  policyStart: '2026-07',
  rampMonths: 12,
  start: `${EPOCH_YEAR}-01`,
  end: '2030-12',
} as const;

export interface ResolvedScenario {
  readonly scenario: Scenario;
  /** Months simulated, from 2023-01 to `end`. */
  readonly nMonths: number;
  /** Month index of `start`: outputs are shown from here. */
  readonly firstMonth: number;
  /** Central parameter vector with the scenario's overrides. */
  readonly params: Float64Array;
  /** 1 where the scenario pins a parameter (Monte Carlo does not draw it). */
  readonly pinned: Uint8Array;
  readonly schedule: Float64Array;
}

/** Turns a validated scenario into the engine's inputs. */
export function resolveScenario(scenario: Scenario): ResolvedScenario {
  const nMonths = parseMonth(scenario.end) + 1;
  const params = centralParams();
  const pinned = new Uint8Array(N_PARAMS);
  for (const [name, value] of Object.entries(scenario.params) as [ParamName, number][]) {
    params[P[name]] = value;
    pinned[P[name]] = 1;
  }
  // a range's central value is the central run's value (the parameter stays drawn)
  for (const [name, range] of Object.entries(scenario.ranges ?? {}) as [ParamName, ParamRange][]) {
    if (range.central !== undefined) params[P[name]] = range.central;
  }
  const window = { policyStart: parseMonth(scenario.policyStart), rampMonths: scenario.rampMonths };
  const schedule = buildSchedule(
    scenario.levers,
    window,
    nMonths,
    leverWindowsOf(scenario.leverTiming ?? {}, window),
  );
  return { scenario, nMonths, firstMonth: parseMonth(scenario.start), params, pinned, schedule };
}

/** Runs a resolved scenario at its central parameters. */
export function runCentral(
  resolved: ResolvedScenario,
  ws: Workspace = createWorkspace(resolved.nMonths),
): Workspace {
  return simulate(resolved.params, resolved.schedule, ws);
}
