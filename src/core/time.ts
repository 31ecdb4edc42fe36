/**
 * Calendar arithmetic on month indices. Month index 0 is the model epoch, 2023-01: the
 * month the engine is initialised from data (initial stocks, initial lead). Pure: no Date.
 */

/** First simulated month: the data the engine is initialised from refer to 2023-01. */
export const EPOCH_YEAR = 2023;
export const MONTHS_PER_YEAR = 12;
/**
 * Last calendar year a run may reach (a scenario's `end` is at most December of it). Quantities
 * solved over whole spans of years (the Western production anchors, §1.1) are solved up to this
 * year in every run, so a month's numbers do not depend on how far the run goes.
 */
export const LAST_MODEL_YEAR = 2040;

/** Month index (0 = 2023-01) of a calendar year and month (1–12). */
export function monthIndex(year: number, month: number): number {
  return (year - EPOCH_YEAR) * MONTHS_PER_YEAR + (month - 1);
}

/** Decimal year at the middle of month index m: 2023-01 → 2023 + 0.5/12. */
export function decimalYearMid(m: number): number {
  return EPOCH_YEAR + (m + 0.5) / MONTHS_PER_YEAR;
}

/** Month index whose middle lies closest to a decimal year (2026.25 → 2026-04). */
export function monthIndexOfDecimalYear(year: number): number {
  return Math.round((year - EPOCH_YEAR) * MONTHS_PER_YEAR - 0.5);
}

/** "YYYY-MM" label of month index m. */
export function monthLabel(m: number): string {
  const year = EPOCH_YEAR + Math.floor(m / MONTHS_PER_YEAR);
  const month = (m % MONTHS_PER_YEAR) + 1;
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

/** Parses "YYYY-MM" into a month index, or returns NaN when the text is not of that form. */
export function parseMonth(label: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(label);
  if (!match) return Number.NaN;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return Number.NaN;
  return monthIndex(Number(match[1]), month);
}
