/** Reading series values and quantiles out of a run, tolerating absent series. */
import type { RunResult, SeriesQuantiles } from '../../analysis/results.ts';
import type { SeriesName } from '../../core/index.ts';
import { monthDate } from './months.ts';

/** The run's central series `name`, or undefined when the run does not have it. */
export function seriesOf(run: RunResult, name: SeriesName): number[] | undefined {
  const values = run.series[name];
  return Array.isArray(values) ? values : undefined;
}

/**
 * What a chart draws of series `name`: the median of the draws (p50) when the run has them,
 * else the run at central parameters. One statistic per number: with draws, every line, bar
 * and dot is the median that the tables print, and its band is the 10–90% range around it.
 */
export function shownSeries(run: RunResult, name: SeriesName): number[] | undefined {
  const median = run.quantiles?.[name]?.p50;
  return Array.isArray(median) ? median : seriesOf(run, name);
}

/** The median of the draws at `month` when the run has them, else the central value; NaN when absent. */
export function shownValueAt(run: RunResult, name: SeriesName, month: string): number {
  return rangeAt(run, name, month)?.p50 ?? valueAt(run, name, month);
}

/** What the lines of a chart of `runs` show, for its subtitle. */
export function linesStatistic(runs: readonly RunResult[]): string {
  return runs.some((run) => run.quantiles !== undefined)
    ? `median of ${drawsText(runs)}`
    : 'at central parameters (no draws)';
}

/** "2,000 draws" (the runs of a document share their draws). */
function drawsText(runs: readonly RunResult[]): string {
  const draws = Math.max(...runs.map((run) => run.draws));
  return `${draws.toLocaleString('en-US')} draw${draws === 1 ? '' : 's'}`;
}

/**
 * Whether the run's 10–90% band of series `name` has any width (p10 < p90 in some month): with
 * one draw, or a series no draw moves, there is no band to draw, and no legend entry for one.
 */
export function hasBand(run: RunResult, name: SeriesName): boolean {
  const q = run.quantiles?.[name];
  if (q === undefined) return false;
  for (let i = 0; i < q.p10.length; i++) if (q.p90[i] > q.p10[i]) return true;
  return false;
}

/** Quantiles of series `name`, or undefined. */
export function quantilesOf(run: RunResult, name: SeriesName): SeriesQuantiles | undefined {
  return run.quantiles?.[name];
}

/** Value of `name` at `month`, or NaN when the series or month is absent or not finite. */
export function valueAt(run: RunResult, name: SeriesName, month: string): number {
  const values = seriesOf(run, name);
  const index = run.months.indexOf(month);
  if (values === undefined || index < 0) return Number.NaN;
  const value = values[index];
  return typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN;
}

/** p10 and p90 of `name` at `month`, when quantiles exist. */
export function rangeAt(
  run: RunResult,
  name: SeriesName,
  month: string,
): { p10: number; p50: number; p90: number } | undefined {
  const quantiles = quantilesOf(run, name);
  const index = run.months.indexOf(month);
  if (quantiles === undefined || index < 0) return undefined;
  const p10 = quantiles.p10[index];
  const p50 = quantiles.p50[index];
  const p90 = quantiles.p90[index];
  if (!Number.isFinite(p10) || !Number.isFinite(p50) || !Number.isFinite(p90)) return undefined;
  return { p10, p50, p90 };
}

export interface MonthPoint {
  date: Date;
  value: number;
}

/** The series as (date, value) points, skipping non-finite values (which Plot would gap). */
export function monthPoints(run: RunResult, values: readonly number[]): MonthPoint[] {
  const points: MonthPoint[] = [];
  for (let i = 0; i < run.months.length; i++) {
    const value = values[i];
    points.push({ date: monthDate(run.months[i]), value: typeof value === 'number' ? value : Number.NaN });
  }
  return points;
}

export interface BandPoint {
  date: Date;
  low: number;
  high: number;
}

/** The p10–p90 band of series `name` as points, or undefined without quantiles. */
export function bandPoints(run: RunResult, name: SeriesName): BandPoint[] | undefined {
  const quantiles = quantilesOf(run, name);
  if (quantiles === undefined) return undefined;
  return run.months.map((month, i) => ({
    date: monthDate(month),
    low: quantiles.p10[i],
    high: quantiles.p90[i],
  }));
}

/** Finite values of several arrays, for domain computations. */
export function finiteValues(arrays: readonly (readonly number[] | undefined)[]): number[] {
  const out: number[] = [];
  for (const array of arrays) {
    if (array === undefined) continue;
    for (const value of array) if (typeof value === 'number' && Number.isFinite(value)) out.push(value);
  }
  return out;
}
