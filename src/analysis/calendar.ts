/** Calendar-year aggregates of monthly series (month index 0 = 2023-01). */
import { monthIndex } from '../core/index.ts';

/** Sum of a monthly flow over a calendar year [unit·months, e.g. H100e/month → H100e/year]. */
export function sumOverYear(series: Float64Array, year: number): number {
  let total = 0;
  for (let m = monthIndex(year, 1); m <= monthIndex(year, 12); m++) total += series[m];
  return total;
}

/** Mean of a monthly series over a calendar year. */
export function meanOverYear(series: Float64Array, year: number): number {
  return sumOverYear(series, year) / 12;
}

/** Value at a calendar month. */
export function at(series: Float64Array, year: number, month: number): number {
  return series[monthIndex(year, month)];
}
