/**
 * Numbers the page prints: a series at a month as the median of the draws with its 10–90%
 * range (labelled as such), or the central run's value when there are no draws (labelled too).
 */
import {
  formatLeadInWorld,
  formatMonths,
  formatProbability,
  type Probability,
  type RunResult,
  type SeriesName,
} from './lib.ts';

export interface SeriesAt {
  readonly kind: 'median' | 'central';
  readonly value: number;
  readonly p10?: number;
  readonly p90?: number;
}

export function seriesAt(run: RunResult, series: SeriesName, month: string): SeriesAt | undefined {
  const i = run.months.indexOf(month);
  if (i < 0) return undefined;
  const q = run.quantiles?.[series];
  if (q) return { kind: 'median', value: q.p50[i], p10: q.p10[i], p90: q.p90[i] };
  const central = run.series[series]?.[i];
  return central === undefined ? undefined : { kind: 'central', value: central };
}

/**
 * The lead at 2028-12: "4.3 months (median; 10–90% of draws: 1.5–7.7)" or "4.3 months (central
 * parameters)", its value printed in its own world as the fronts chart prints it
 * (formatLeadInWorld: 11.97 is "11.97", not "12.0", which would read as the Scenario One world).
 */
export function monthsText(at: SeriesAt | undefined): string {
  if (!at) return 'n/a';
  if (at.kind === 'central') return `${formatLeadInWorld(at.value)} months (central parameters)`;
  return `${formatLeadInWorld(at.value)} months (median; 10–90% of draws: ${formatMonths(at.p10 ?? Number.NaN)} to ${formatMonths(at.p90 ?? Number.NaN)})`;
}

/** "44.0% ± 1.1" (share of draws ± Monte Carlo standard error). */
export function probabilityText(p: Probability | undefined): string {
  return p ? formatProbability(p) : 'n/a';
}

/** "44%" for a sentence. */
export function percentText(p: Probability | undefined): string {
  if (!p) return 'n/a';
  const pct = p.p * 100;
  return `${pct < 1 && pct > 0 ? pct.toFixed(1) : Math.round(pct)}%`;
}
