/** Number formatting for tables: units stated in row labels, values short and aligned. */

/** A true minus sign, so that a negative bound inside a dashed range (−1.9–5.0) reads clearly. */
function signed(text: string): string {
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

export function months(x: number): string {
  return Number.isFinite(x) ? signed(x.toFixed(1)) : '—';
}

export function millions(x: number): string {
  return Number.isFinite(x) ? signed((x / 1e6).toFixed(Math.abs(x) >= 1e8 ? 0 : 1)) : '—';
}

export function ratio(x: number): string {
  return Number.isFinite(x) ? `${signed(x.toFixed(1))}x` : '—';
}

export function percent(fraction: number, digits = 1): string {
  return Number.isFinite(fraction) ? `${signed((100 * fraction).toFixed(digits))}%` : '—';
}
