/** Number formatting for tables: units stated in row labels, values short and aligned. */

export function months(x: number): string {
  return Number.isFinite(x) ? x.toFixed(1) : '—';
}

export function millions(x: number): string {
  return Number.isFinite(x) ? (x / 1e6).toFixed(x >= 1e8 ? 0 : 1) : '—';
}

export function ratio(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(1)}x` : '—';
}

export function percent(fraction: number, digits = 1): string {
  return Number.isFinite(fraction) ? `${(100 * fraction).toFixed(digits)}%` : '—';
}

export function share(fraction: number): string {
  return Number.isFinite(fraction) ? fraction.toFixed(2) : '—';
}
