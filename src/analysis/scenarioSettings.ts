/**
 * A scenario's settings as a reader sees them: every lever with its value and timing, every
 * pinned parameter, and the correlations it declares; and the settings in which two scenarios
 * differ (what `leadline compare` and the report print beside the numbers).
 *
 * A lever the scenario sets acts from its own `from` (else the scenario's `policyStart`) and
 * reaches full effect after its own `rampMonths` (else the scenario's). A lever it leaves unset
 * keeps the policy of May 2026 on the dated policy timeline: its timing is not the scenario's.
 */
import {
  LEVER_NAMES,
  type LeverName,
  type ParamRange,
  POLICY_OF_MAY_2026,
  parseScenarioObject,
  type Scenario,
} from '../scenario/index.ts';
import { leverSettings, MAY_2026 } from './policy/leverSettings.ts';
import type { ResultsDocument, RunResult } from './results.ts';

export interface LeverInForce {
  readonly lever: LeverName;
  /** The value in force: the scenario's, or the policy of May 2026 when it leaves the lever unset. */
  readonly value: string;
  /** True when the scenario sets the lever. */
  readonly set: boolean;
  /** "YYYY-MM" the lever starts to act, and its ramp [months]; absent for unset levers. */
  readonly from?: string;
  readonly rampMonths?: number;
}

export interface PinnedParam {
  readonly param: string;
  readonly value: number;
}

/** Every lever of the scenario, in the lever table's order. */
export function leversInForce(scenario: Scenario): LeverInForce[] {
  const set = leverSettings(scenario);
  return LEVER_NAMES.map((lever) => {
    const setting = set[lever];
    if (setting === undefined) return { lever, value: String(POLICY_OF_MAY_2026[lever]), set: false };
    return {
      lever,
      value: String(setting.value),
      set: true,
      from: setting.from,
      rampMonths: setting.rampMonths,
    };
  });
}

/** The parameters the scenario pins, by name. */
export function pinnedParams(scenario: Scenario): PinnedParam[] {
  return Object.entries(scenario.params)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .map(([param, value]) => ({ param, value }))
    .sort((a, b) => a.param.localeCompare(b.param));
}

/** "closed from 2026-07, 12-month ramp"; "h200 (policy of May 2026)" for an unset lever. */
export function leverInForceText(setting: LeverInForce): string {
  if (!setting.set) return `${setting.value} (policy of May 2026)`;
  return `${setting.value} from ${setting.from}, ${setting.rampMonths}-month ramp`;
}

/** "rentedShareOpen = 0.04". */
export function pinnedParamText(pin: PinnedParam): string {
  return `${pin.param} = ${pin.value}`;
}

/** "distillationPerYear ~ spilloverPerYear, ρ = −0.6". */
export function correlationText(correlation: Scenario['correlations'][number]): string {
  const rho = String(correlation.rho).replace('-', '−');
  return `${correlation.a} ~ ${correlation.b}, ρ = ${rho}`;
}

/** One setting in which two scenarios differ, as text for each ("—": not pinned). */
export interface SettingDifference {
  readonly kind: 'lever' | 'param' | 'range' | 'horizon';
  readonly name: string;
  readonly a: string;
  readonly b: string;
}

const NOT_PINNED = 'not pinned (drawn)';

/**
 * Whether two settings of a lever act the same: the same value and timing, or the same value
 * as the policy of May 2026 set no earlier than May 2026 (a ramp from a value to itself does
 * nothing, so its timing does not matter; scenario-one's `prcAdoptionPush: 0.6` is the policy).
 */
function sameEffect(a: LeverInForce, b: LeverInForce): boolean {
  if (a.value !== b.value) return false;
  if (leverInForceText(a) === leverInForceText(b)) return true;
  const held = (s: LeverInForce) =>
    s.value === String(POLICY_OF_MAY_2026[s.lever]) && (!s.set || (s.from ?? MAY_2026) >= MAY_2026);
  return held(a) && held(b);
}

/**
 * The levers (value or timing), pinned parameters and horizon in which `a` and `b` differ, in
 * the order of the lever table, then parameters by name. Empty when they are the same policy.
 */
export function settingDifferences(a: Scenario, b: Scenario): SettingDifference[] {
  const out: SettingDifference[] = [];
  const leversA = leversInForce(a);
  const leversB = leversInForce(b);
  for (let i = 0; i < leversA.length; i++) {
    if (sameEffect(leversA[i], leversB[i])) continue;
    out.push({
      kind: 'lever',
      name: leversA[i].lever,
      a: leverInForceText(leversA[i]),
      b: leverInForceText(leversB[i]),
    });
  }
  const names = [...new Set([...Object.keys(a.params), ...Object.keys(b.params)])].sort();
  for (const name of names) {
    const valueA = (a.params as Record<string, number | undefined>)[name];
    const valueB = (b.params as Record<string, number | undefined>)[name];
    if (valueA === valueB) continue;
    out.push({
      kind: 'param',
      name,
      a: valueA === undefined ? NOT_PINNED : String(valueA),
      b: valueB === undefined ? NOT_PINNED : String(valueB),
    });
  }
  const rangesA = (a.ranges ?? {}) as Record<string, ParamRange | undefined>;
  const rangesB = (b.ranges ?? {}) as Record<string, ParamRange | undefined>;
  for (const name of [...new Set([...Object.keys(rangesA), ...Object.keys(rangesB)])].sort()) {
    const textA = rangeText(rangesA[name]);
    const textB = rangeText(rangesB[name]);
    if (textA !== textB) out.push({ kind: 'range', name, a: textA, b: textB });
  }
  if (a.end !== b.end) out.push({ kind: 'horizon', name: 'end', a: a.end, b: b.end });
  return out;
}

/** "0.01 to 0.2, central 0.05" for a scenario's range of a parameter; "the table's" without one. */
export function rangeText(range: ParamRange | undefined): string {
  if (range === undefined) return 'the table’s';
  return `${range.low} to ${range.high}${range.central !== undefined ? `, central ${range.central}` : ''}`;
}

/**
 * The scenario a run's `definition` describes (results.ts RunResult), or null for a document
 * written without one, or with one that is not a valid scenario.
 */
export function scenarioOfRun(run: RunResult): Scenario | null {
  if (run.definition === undefined) return null;
  try {
    return parseScenarioObject(run.definition, run.scenario, run.source);
  } catch {
    return null;
  }
}

/**
 * The notice a run owes its reader when correlations declared in some of its scenario files
 * applied to every scenario (correlationCheck.ts: the scenarios of a run share their draws, so
 * the run's correlations are merged and impose one rank order on all of them): which files
 * declared which correlations, and which scenarios took them without declaring them. Null when
 * there are no draws, no correlations, or every scenario declares them itself.
 */
export function sharedCorrelationsNotice(doc: ResultsDocument): string | null {
  if (doc.draws === 0) return null;
  const declared: string[] = [];
  const borrowers: string[] = [];
  for (const run of doc.runs) {
    const scenario = scenarioOfRun(run);
    const correlations = scenario?.correlations ?? [];
    if (correlations.length > 0)
      declared.push(`${run.scenario} (${correlations.map(correlationText).join('; ')})`);
    else borrowers.push(run.scenario);
  }
  if (declared.length === 0 || borrowers.length === 0) return null;
  return (
    `Correlations declared in ${declared.join(' and ')} apply to every scenario of this run, ` +
    `also to ${borrowers.join(', ')}: the scenarios share their Monte Carlo draws. ` +
    `Their numbers differ from a run without ${declared.length === 1 ? 'that file' : 'those files'}.`
  );
}
