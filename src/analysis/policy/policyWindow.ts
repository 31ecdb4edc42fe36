/**
 * The window: what delay costs. The scenario's package — its levers with their values, ramps and
 * relative timing — is started at each of several months instead of its own `policyStart`; every
 * lever's start moves by the same offset (a lever with its own `from` keeps its distance from
 * the package's start). Each start is run on the same draws, and the lead at each reported
 * month and P(Scenario One world) are compared with the earliest start (paired differences)
 * and with the package never enacted (the levers left to the policy timeline).
 *
 * What it captures: a later start shortens the time the levers act before 2028-12, so less
 * compute is denied and less catch-up deterred by then. What it does not: anything that makes a
 * later start worse than "shorter" — stockpiles built in anticipation, supply chains that
 * re-route and cannot be closed later, or a PRC frontier that, once close, stays close for
 * reasons outside compute (docs/MODEL.md §11).
 */
import { monthLabel, parseMonth } from '../../core/index.ts';
import { LEVER_NAMES, type LeverName, resolveScenario, type Scenario } from '../../scenario/index.ts';
import { OUTCOME_MONTH, worldOf } from '../outcomes.ts';
import { probability } from '../probabilities.ts';
import { summarizeValues } from '../quantiles.ts';
import type { Probability } from '../results.ts';
import { type LeverSetting, leverSettings, scheduleOf, untilMonth } from './leverSettings.ts';
import { drawsOf, inProcessPairedRunner, type PairedRunner } from './pairedRuns.ts';
import { DEFAULT_WINDOW_MONTHS, DEFAULT_WINDOW_STARTS } from './policyDefaults.ts';

export { DEFAULT_WINDOW_MONTHS, DEFAULT_WINDOW_STARTS } from './policyDefaults.ts';

export interface WindowOptions {
  /** Starts of the package, "YYYY-MM" (default DEFAULT_WINDOW_STARTS). */
  readonly starts?: readonly string[];
  /** Months at which the lead is reported (default DEFAULT_WINDOW_MONTHS, those within the scenario). */
  readonly months?: readonly string[];
  readonly draws: number;
  readonly seed: number;
  readonly runner?: PairedRunner;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface WindowLead {
  /** Central lead (0 draws) or the median over draws [months]. */
  readonly leadMonths: number;
  /** 10th–90th percentile over draws. */
  readonly p10?: number;
  readonly p90?: number;
  /** Paired mean difference from the earliest start [months] (0 for the earliest). */
  readonly costMonths: number;
}

export interface WindowRow {
  /** "YYYY-MM", or "never" for the package never enacted. */
  readonly start: string;
  readonly leads: Readonly<Record<string, WindowLead>>;
  /** P(Scenario One world) at 2028-12 over the draws (absent at 0 draws). */
  readonly pScenarioOne?: Probability;
}

export interface WindowResult {
  readonly scenario: string;
  readonly months: readonly string[];
  readonly draws: number;
  readonly seed: number;
  /** One row per start, earliest first. */
  readonly rows: readonly WindowRow[];
  /** The package never enacted. */
  readonly never: WindowRow;
}

/** The scenario's levers started at `start`: every lever's start moved by the same offset. */
export function shiftedSettings(scenario: Scenario, start: string): Partial<Record<LeverName, LeverSetting>> {
  const offset = parseMonth(start) - parseMonth(scenario.policyStart);
  const last = parseMonth(scenario.end);
  const settings = leverSettings(scenario);
  const out: Partial<Record<LeverName, LeverSetting>> = {};
  for (const name of LEVER_NAMES) {
    const setting = settings[name];
    if (setting === undefined) continue;
    const from = Math.min(last, Math.max(0, parseMonth(setting.from) + offset));
    out[name] = { ...setting, from: monthLabel(from) };
  }
  return out;
}

export async function policyWindow(fullScenario: Scenario, options: WindowOptions): Promise<WindowResult> {
  const runner = options.runner ?? inProcessPairedRunner;
  const starts = [...(options.starts ?? DEFAULT_WINDOW_STARTS)].sort();
  const end = parseMonth(fullScenario.end);
  const monthLabels = (options.months ?? DEFAULT_WINDOW_MONTHS).filter((m) => parseMonth(m) <= end);
  const months = monthLabels.map(parseMonth);
  const scenario = untilMonth(fullScenario, Math.max(...months));
  const outcomeAt = months.indexOf(OUTCOME_MONTH);
  const schedules = [
    ...starts.map((start) => scheduleOf(scenario, shiftedSettings(fullScenario, start))),
    scheduleOf(scenario, {}),
  ];
  const request = {
    base: resolveScenario(scenario),
    schedules,
    draws: options.draws,
    seed: options.seed,
    months,
  };
  const leads = await runner(request, options.onProgress);
  const n = drawsOf(request);
  const column = (s: number, k: number) => leads[s].subarray(k * n, (k + 1) * n);
  const row = (s: number, start: string): WindowRow => {
    const byMonth: Record<string, WindowLead> = {};
    monthLabels.forEach((label, k) => {
      const values = column(s, k);
      const earliest = column(0, k);
      let diff = 0;
      for (let d = 0; d < n; d++) diff += values[d] - earliest[d];
      const cost = diff / n;
      if (options.draws === 0) {
        byMonth[label] = { leadMonths: values[0], costMonths: cost };
      } else {
        const s10 = summarizeValues(values);
        byMonth[label] = { leadMonths: s10.p50, p10: s10.p10, p90: s10.p90, costMonths: cost };
      }
    });
    if (options.draws === 0 || outcomeAt < 0) return { start, leads: byMonth };
    const outcome = column(s, outcomeAt);
    let count = 0;
    for (let d = 0; d < n; d++) if (worldOf(outcome[d]) === 'scenario-one') count++;
    return { start, leads: byMonth, pScenarioOne: probability(count, n) };
  };
  return {
    scenario: scenario.name,
    months: monthLabels,
    draws: options.draws,
    seed: options.seed,
    rows: starts.map((start, s) => row(s, start)),
    never: row(starts.length, 'never'),
  };
}
