/**
 * The least policy that reaches a goal: `leadline target`.
 *
 * Goal: at month M (default 2028-12), the US lead is at least L months — at central parameters
 * (0 draws), or in at least a share p of the draws: P(lead_M ≥ L) ≥ p. "An even chance of a
 * Scenario One world" is L = 12, p = 0.5; "a median lead of 12 months" is the same goal, since
 * the median is ≥ L exactly when at least half the draws are.
 *
 * Searched: the US levers that can move the lead (levers.ts: actor US, acts 'intelligence'),
 * each over its intensity ladder, on the scenario's timing. Every other lever — the PRC's, and
 * the US levers that act on the other fronts only — keeps the base scenario's setting. The
 * search itself is leastPolicy.ts; each setting's P is judged with its Wilson interval at z
 * (default 1.96, 95%), so a setting whose interval holds p is never called feasible.
 */
import { monthLabel } from '../../core/index.ts';
import {
  intensityLadder,
  LEVER_NAMES,
  LEVER_TABLE,
  type LeverName,
  type Levers,
  resolveScenario,
  type Scenario,
} from '../../scenario/index.ts';
import { OUTCOME_MONTH } from '../outcomes.ts';
import {
  type Estimate,
  type Setting,
  searchLeastPolicy,
  type Verdict,
  wilsonInterval,
} from './leastPolicy.ts';
import {
  describeSetting,
  type LeverSetting,
  leverSettings,
  scheduleOf,
  untilMonth,
} from './leverSettings.ts';
import { inProcessPairedRunner, type PairedRunner } from './pairedRuns.ts';

/** z of a two-sided 95% interval. */
export const Z_95_TWO_SIDED = 1.959963984540054;

export interface TargetGoal {
  /** Month index (default 2028-12). */
  readonly month?: number;
  readonly minLeadMonths: number;
  /** Share of draws that must reach minLeadMonths (ignored at 0 draws). */
  readonly minProbability: number;
}

export interface TargetOptions {
  readonly goal: TargetGoal;
  readonly draws: number;
  readonly seed: number;
  readonly z?: number;
  readonly runner?: PairedRunner;
  readonly onProgress?: (evaluated: number) => void;
}

type LeverValue = Levers[LeverName];

export interface TargetSetting {
  /** The searched levers' values. */
  readonly levers: Readonly<Partial<Levers>>;
  /** P(lead ≥ L) with its interval, or the central lead (interval of zero width). */
  readonly estimate: Estimate;
  readonly verdict: Verdict;
}

export interface TargetMinimal extends TargetSetting {
  /** Each lever loosened one rung (levers at their least have none). */
  readonly loosenings: readonly (TargetSetting & { readonly lever: LeverName })[];
}

export interface TargetResult {
  readonly base: string;
  readonly month: string;
  readonly minLeadMonths: number;
  /** null at 0 draws (the goal is then on the central lead). */
  readonly minProbability: number | null;
  readonly draws: number;
  readonly seed: number;
  readonly z: number;
  /** Levers searched, in search order, each with its ladder (least → most). */
  readonly searched: readonly { readonly lever: LeverName; readonly ladder: readonly LeverValue[] }[];
  /** Levers held at the base scenario's setting, and why. */
  readonly held: readonly { readonly lever: LeverName; readonly setting: string; readonly why: string }[];
  readonly reachable: boolean;
  /** Every searched lever at its most. */
  readonly top: TargetSetting;
  readonly minimal: readonly TargetMinimal[];
  /** Settings met whose interval holds the goal. */
  readonly undecided: number;
  readonly evaluated: number;
}

/** The US levers that can move the lead; distillationDeterrence (the finest ladder) last. */
export function searchedLevers(): LeverName[] {
  const levers = LEVER_NAMES.filter(
    (n) => LEVER_TABLE[n].actor === 'US' && LEVER_TABLE[n].acts === 'intelligence',
  );
  return [...levers.filter((n) => n !== 'distillationDeterrence'), 'distillationDeterrence'];
}

export async function leastPolicy(scenario: Scenario, options: TargetOptions): Promise<TargetResult> {
  const runner = options.runner ?? inProcessPairedRunner;
  const z = options.z ?? Z_95_TWO_SIDED;
  const month = options.goal.month ?? OUTCOME_MONTH;
  const base = untilMonth(scenario, month);
  const { minLeadMonths, minProbability } = options.goal;
  const levers = searchedLevers();
  const ladders = levers.map((lever) => intensityLadder(lever) as readonly LeverValue[]);
  const baseSettings = leverSettings(base);
  const resolved = resolveScenario(base);

  const settingsOf = (setting: Setting): Partial<Record<LeverName, LeverSetting>> => {
    const out: Partial<Record<LeverName, LeverSetting>> = { ...baseSettings };
    levers.forEach((lever, j) => {
      out[lever] = { value: ladders[j][setting[j]], from: base.policyStart, rampMonths: base.rampMonths };
    });
    return out;
  };
  const evaluate = async (settings: readonly Setting[]): Promise<Estimate[]> => {
    const schedules = settings.map((s) => scheduleOf(base, settingsOf(s)));
    const leads = await runner({
      base: resolved,
      schedules,
      draws: options.draws,
      seed: options.seed,
      months: [month],
    });
    evaluatedSoFar += settings.length;
    options.onProgress?.(evaluatedSoFar);
    return leads.map((values) => {
      if (options.draws === 0) return { value: values[0], low: values[0], high: values[0] };
      let count = 0;
      for (let d = 0; d < values.length; d++) if (values[d] >= minLeadMonths) count++;
      return wilsonInterval(count, values.length, z);
    });
  };
  let evaluatedSoFar = 0;
  const goal = options.draws === 0 ? minLeadMonths : minProbability;
  const result = await searchLeastPolicy({ sizes: ladders.map((l) => l.length), goal, evaluate });

  const named = (setting: Setting) =>
    Object.fromEntries(levers.map((lever, j) => [lever, ladders[j][setting[j]]])) as Partial<Levers>;
  const held = LEVER_NAMES.filter((name) => !levers.includes(name)).map((lever) => {
    const setting = baseSettings[lever];
    const row = LEVER_TABLE[lever];
    const why =
      row.actor === 'PRC'
        ? 'the PRC’s lever, not a US choice'
        : 'acts on the other fronts only: cannot move the lead';
    return { lever, setting: describeSetting(lever, setting, base), why };
  });
  return {
    base: base.name,
    month: monthLabel(month),
    minLeadMonths,
    minProbability: options.draws === 0 ? null : minProbability,
    draws: options.draws,
    seed: options.seed,
    z,
    searched: levers.map((lever, j) => ({ lever, ladder: ladders[j] })),
    held,
    reachable: result.reachable,
    top: { levers: named(result.top.setting), estimate: result.top.estimate, verdict: result.top.verdict },
    minimal: result.minimal.map((m) => ({
      levers: named(m.setting),
      estimate: m.estimate,
      verdict: 'reaches' as const,
      loosenings: m.loosenings.map((l) => ({
        lever: levers[l.lever],
        levers: named(l.setting),
        estimate: l.estimate,
        verdict: l.verdict,
      })),
    })),
    undecided: result.undecided.length,
    evaluated: result.evaluated,
  };
}
