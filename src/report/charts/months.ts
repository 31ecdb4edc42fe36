/** Month strings ("YYYY-MM") as dates and indices, and calendar-year sums of monthly flows. */

/** "YYYY-MM" → the first instant of that month, UTC. */
export function monthDate(month: string): Date {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (match === null) throw new Error(`not a YYYY-MM month: ${month}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

/** "2026-05" → "May 2026". */
export function monthLabel(month: string): string {
  const date = monthDate(month);
  const name = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  return `${name} ${date.getUTCFullYear()}`;
}

/** Index of `month` in `months`, or −1. */
export function monthIndex(months: readonly string[], month: string): number {
  return months.indexOf(month);
}

/**
 * The month to read "in `year`" values at: December of that year if present, else the last
 * month of that year in `months`, or null when the year is absent.
 */
export function yearEndMonth(months: readonly string[], year: number): string | null {
  let found: string | null = null;
  for (const m of months) if (m.startsWith(`${year}-`)) found = m;
  return found;
}

export interface AnnualTotal {
  year: number;
  /** Sum of the twelve monthly values [unit per month × 12 months = unit per year]. */
  total: number;
}

/**
 * Calendar-year sums of a monthly flow: total_y = Σ_{m in y} flow_m. Only years with all
 * twelve months present and finite are returned, so a partial first or last year does not
 * read as a fall in output.
 */
export function annualTotals(months: readonly string[], monthly: readonly number[]): AnnualTotal[] {
  const sums = new Map<number, { total: number; count: number }>();
  for (let i = 0; i < months.length; i++) {
    const value = monthly[i];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const year = Number(months[i].slice(0, 4));
    const entry = sums.get(year) ?? { total: 0, count: 0 };
    entry.total += value;
    entry.count += 1;
    sums.set(year, entry);
  }
  const totals: AnnualTotal[] = [];
  for (const [year, { total, count }] of sums) if (count === 12) totals.push({ year, total });
  return totals.sort((a, b) => a.year - b.year);
}
