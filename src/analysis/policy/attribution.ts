/**
 * Attribution: how much of the difference between two scenarios each lever carries.
 *
 * Scenario A differs from scenario B in n levers (value or timing). Every coalition S of them
 * is a scenario: B with the levers in S switched to A's settings (2^n scenarios, all on the
 * same draws). With v(S) the lead at the outcome month, lever i's share is its Shapley value
 * φ_i (shapley.ts), and Σ φ_i = v(all) − v(none) = lead(A) − lead(B). Its effect alone is
 * v({i}) − v(∅); the interaction φ_i − (v({i}) − v(∅)) is the part of its share that comes
 * from acting together with the other levers.
 *
 * Shares are computed at central parameters and in every draw; over the draws the report gives
 * the mean (the shares' means add up to the mean difference), the median and the 10–90%
 * range. The probability of each 2028 world is split the same way (Shapley values of the
 * share of draws in that world, i.e. the mean of per-draw indicator Shapley values).
 *
 * A and B must agree on everything but their levers (parameters, correlations, months): the
 * difference would otherwise not be the levers'.
 */

import { monthLabel } from '../../core/index.ts';
import {
  InputError,
  LEVER_NAMES,
  LEVER_TABLE,
  type LeverName,
  resolveScenario,
  type Scenario,
} from '../../scenario/index.ts';
import { OUTCOME_MONTH, WORLDS, type World, worldOf } from '../outcomes.ts';
import { summarizeValues } from '../quantiles.ts';
import {
  describeSetting,
  type LeverSetting,
  leverSettings,
  sameSetting,
  scheduleOf,
  untilMonth,
} from './leverSettings.ts';
import { inProcessPairedRunner, type PairedRunner } from './pairedRuns.ts';
import { SHAPLEY_MAX_PLAYERS, shapleyPerDraw, shapleyValues } from './shapley.ts';

export interface AttributionOptions {
  /** Monte Carlo draws (0 = central parameters only). */
  readonly draws: number;
  readonly seed: number;
  /** Month index of the lead (default 2028-12). */
  readonly month?: number;
  readonly runner?: PairedRunner;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface SpreadSummary {
  readonly mean: number;
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
}

export interface LeverAttribution {
  readonly lever: LeverName;
  /** B's and A's settings in words. */
  readonly fromSetting: string;
  readonly toSetting: string;
  /** The share [months]: at central parameters with 0 draws, else the mean over draws. */
  readonly leadMonths: number;
  readonly central: { readonly share: number; readonly alone: number; readonly interaction: number };
  /** Over the draws (absent at 0 draws). */
  readonly overDraws?: {
    readonly share: SpreadSummary;
    readonly alone: SpreadSummary;
    readonly interaction: number;
  };
  /** Share of the change in each world's probability (absent at 0 draws). */
  readonly probability?: Readonly<Record<World, number>>;
}

export interface AttributionResult {
  readonly to: string;
  readonly from: string;
  readonly month: number;
  /** The month as "YYYY-MM". */
  readonly monthLabel: string;
  readonly draws: number;
  readonly seed: number;
  readonly levers: readonly LeverAttribution[];
  /** Levers that differ but act on the other fronts only: their share of the lead is exactly 0. */
  readonly frontsOnly: readonly LeverName[];
  /** lead(A) − lead(B): central, and over the draws. */
  readonly total: {
    readonly central: number;
    readonly leadMonths: number;
    readonly overDraws?: SpreadSummary;
    readonly probability?: Readonly<Record<World, number>>;
  };
  /** Leads of B and A [months], central. */
  readonly fromLeadMonths: number;
  readonly toLeadMonths: number;
  /** Mean leads of B and A over the draws (absent at 0 draws). */
  readonly meanLeadMonths?: { readonly from: number; readonly to: number };
  /** Scenarios evaluated (2^n). */
  readonly coalitions: number;
}

function spread(values: Float64Array): SpreadSummary {
  const s = summarizeValues(values);
  return { mean: s.mean, median: s.p50, p10: s.p10, p90: s.p90 };
}

/** The fields apart from levers on which two scenarios must agree. */
function checkComparable(to: Scenario, from: Scenario): void {
  const issues = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(to.params, from.params)) issues.push({ path: ['params'], what: 'parameter values' });
  if (!same(to.ranges ?? {}, from.ranges ?? {})) issues.push({ path: ['ranges'], what: 'ranges' });
  if (!same(to.correlations, from.correlations))
    issues.push({ path: ['correlations'], what: 'correlations' });
  if (to.end !== from.end) issues.push({ path: ['end'], what: `end (${from.end})` });
  if (issues.length > 0) {
    throw new InputError(
      issues.map(({ path, what }) => ({
        file: to.source,
        path,
        expected: `the same ${what} as ${from.name}: attribution splits a difference of levers only`,
        found: 'a difference',
      })),
    );
  }
}

/** The levers whose settings differ between A and B, in table order. */
export function differingLevers(to: Scenario, from: Scenario): LeverName[] {
  const a = leverSettings(to);
  const b = leverSettings(from);
  return LEVER_NAMES.filter((name) => !sameSetting(name, a[name], b[name]));
}

/**
 * Of the differing levers, those that can move the lead. A lever that acts on the other fronts
 * only (levers.ts `acts: 'fronts'`) is a null player for the lead and for every 2028 world: its
 * Shapley value is exactly 0, and leaving it out of the coalitions changes no other share
 * (Shapley values do not depend on null players). It halves the work per such lever.
 */
export function leadMovingLevers(levers: readonly LeverName[]): LeverName[] {
  return levers.filter((name) => LEVER_TABLE[name].acts === 'intelligence');
}

export async function attribute(
  toScenario: Scenario,
  fromScenario: Scenario,
  options: AttributionOptions,
): Promise<AttributionResult> {
  checkComparable(toScenario, fromScenario);
  const runner = options.runner ?? inProcessPairedRunner;
  const month = options.month ?? OUTCOME_MONTH;
  const to = untilMonth(toScenario, month);
  const from = untilMonth(fromScenario, month);
  const differing = differingLevers(to, from);
  const levers = leadMovingLevers(differing);
  const n = levers.length;
  if (n > SHAPLEY_MAX_PLAYERS) throw new RangeError(`at most ${SHAPLEY_MAX_PLAYERS} levers can differ`);
  const a = leverSettings(to);
  const b = leverSettings(from);
  const schedules: Float64Array[] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    const settings: Partial<Record<LeverName, LeverSetting>> = { ...b };
    levers.forEach((name, i) => {
      if (mask & (1 << i)) {
        const setting = a[name];
        if (setting === undefined) delete settings[name];
        else settings[name] = setting;
      }
    });
    schedules.push(scheduleOf(from, settings));
  }
  const base = resolveScenario(from);
  const months = [month];
  const centralLeads = await runner({ base, schedules, draws: 0, seed: options.seed, months });
  const centralValues = centralLeads.map((leads) => leads[0]);
  const centralShares = shapleyValues(n, centralValues);
  const all = (1 << n) - 1;
  const centralOf = (i: number) => {
    const alone = centralValues[1 << i] - centralValues[0];
    return { share: centralShares[i], alone, interaction: centralShares[i] - alone };
  };

  let perDraw: Float64Array[] | undefined;
  let drawLeads: Float64Array[] | undefined;
  if (options.draws > 0) {
    drawLeads = await runner(
      { base, schedules, draws: options.draws, seed: options.seed, months },
      options.onProgress,
    );
    perDraw = shapleyPerDraw(n, drawLeads);
  }
  const worldShares = drawLeads ? worldShapley(n, drawLeads) : undefined;
  const result: LeverAttribution[] = levers.map((lever, i) => {
    const central = centralOf(i);
    const fromSetting = describeSetting(lever, b[lever], from);
    const toSetting = describeSetting(lever, a[lever], to);
    if (!perDraw || !drawLeads || !worldShares) {
      return { lever, fromSetting, toSetting, leadMonths: central.share, central };
    }
    const alone = new Float64Array(options.draws);
    for (let d = 0; d < options.draws; d++) alone[d] = drawLeads[1 << i][d] - drawLeads[0][d];
    const share = spread(perDraw[i]);
    const aloneSpread = spread(alone);
    return {
      lever,
      fromSetting,
      toSetting,
      leadMonths: share.mean,
      central,
      overDraws: { share, alone: aloneSpread, interaction: share.mean - aloneSpread.mean },
      probability: Object.fromEntries(WORLDS.map((w) => [w, worldShares[w][i]])) as Record<World, number>,
    };
  });
  const totalCentral = centralValues[all] - centralValues[0];
  let totalOverDraws: SpreadSummary | undefined;
  let totalProbability: Record<World, number> | undefined;
  if (drawLeads) {
    const diff = new Float64Array(options.draws);
    for (let d = 0; d < options.draws; d++) diff[d] = drawLeads[all][d] - drawLeads[0][d];
    totalOverDraws = spread(diff);
    totalProbability = Object.fromEntries(
      WORLDS.map((w) => [w, share(drawLeads[all], w) - share(drawLeads[0], w)]),
    ) as Record<World, number>;
  }
  return {
    to: to.name,
    from: from.name,
    month,
    monthLabel: monthLabel(month),
    draws: options.draws,
    seed: options.seed,
    levers: result,
    frontsOnly: differing.filter((name) => !levers.includes(name)),
    total: {
      central: totalCentral,
      leadMonths: totalOverDraws ? totalOverDraws.mean : totalCentral,
      ...(totalOverDraws ? { overDraws: totalOverDraws } : {}),
      ...(totalProbability ? { probability: totalProbability } : {}),
    },
    fromLeadMonths: centralValues[0],
    toLeadMonths: centralValues[all],
    ...(drawLeads ? { meanLeadMonths: { from: mean(drawLeads[0]), to: mean(drawLeads[all]) } } : {}),
    coalitions: 1 << n,
  };
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (let d = 0; d < values.length; d++) sum += values[d];
  return sum / values.length;
}

/** Share of draws whose lead lands in world w. */
function share(leads: Float64Array, w: World): number {
  let count = 0;
  for (let d = 0; d < leads.length; d++) if (worldOf(leads[d]) === w) count++;
  return count / leads.length;
}

/** Shapley values of each world's probability (shares of draws) over the coalitions. */
function worldShapley(n: number, leads: readonly Float64Array[]): Record<World, Float64Array> {
  const out = {} as Record<World, Float64Array>;
  for (const w of WORLDS)
    out[w] = shapleyValues(
      n,
      leads.map((l) => share(l, w)),
    );
  return out;
}
