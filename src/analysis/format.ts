/**
 * The one number-formatting module of leadline: the terminal table, the verdicts, the report's
 * tables and prose, the charts and the explorer all print numbers through these functions, so
 * a number reads the same everywhere. Negative numbers take a true minus sign (−), so that a
 * negative bound inside a dashed range (−1.9–5.0) reads clearly.
 *
 * A non-finite number prints as NOT_A_NUMBER ("n/a"). The run refuses non-finite results before
 * anything is printed (analysis/finiteCheck.ts), so a published table never shows it; the
 * placeholder only keeps a chart axis or a hand-made document from printing "NaN".
 */

export const NOT_A_NUMBER = 'n/a';

/** "-2.3" → "−2.3". */
export function withMinus(text: string): string {
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** Months with one decimal: 6.14 → "6.1", −2.345 → "−2.3". */
export function formatMonths(value: number): string {
  return Number.isFinite(value) ? withMinus(value.toFixed(1)) : NOT_A_NUMBER;
}

/** A count in millions for a table whose label says "M": 1.09e8 → "109", 1.11e7 → "11.1". */
export function formatMillions(value: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return withMinus((value / 1e6).toFixed(Math.abs(value) >= 1e8 ? 0 : 1));
}

/** A ratio with one decimal: 9.84 → "9.8×", 24.1 → "24.1×". */
export function formatRatio(value: number): string {
  return Number.isFinite(value) ? `${withMinus(value.toFixed(1))}×` : NOT_A_NUMBER;
}

/** A share in [0, 1] as a percentage: 0.0391 → "3.9%"; digits after the point (default 1). */
export function formatShare(value: number, digits = 1): string {
  return Number.isFinite(value) ? `${withMinus((value * 100).toFixed(digits))}%` : NOT_A_NUMBER;
}

/** A change of a share in percentage points with its sign: 0.123 → "+12.3", −0.05 → "−5.0". */
export function formatSignedPoints(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const text = (100 * Math.abs(value)).toFixed(digits);
  if (Number(text) === 0) return text;
  return `${value < 0 ? '−' : '+'}${text}`;
}

/** A change in months with its sign: 7.04 → "+7.0", −1.26 → "−1.3". */
export function formatSignedMonths(value: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const text = Math.abs(value).toFixed(1);
  if (Number(text) === 0) return text;
  return `${value < 0 ? '−' : '+'}${text}`;
}

/**
 * Parts rounded to whole units of 10^−decimals so that the rounded parts add up to the rounded
 * sum (largest-remainder, Hamilton's method): each part x·10^d is rounded down, and the units
 * still missing to round(Σ x·10^d) go one each to the parts with the largest remainders (ties:
 * the earlier part). Every part moves by less than one unit; a printed table of shares then
 * adds up to its printed total. Returns the parts in units (integers): 0.25 ×4 at 1 decimal →
 * [3, 3, 2, 2] (0.3 + 0.3 + 0.2 + 0.2 = 1.0, where rounding each gives 0.3 ×4 = 1.2).
 */
export function roundToTotal(parts: readonly number[], decimals: number): number[] {
  let scale = 1; // 10^decimals by exact products (no engine-dependent ** in reported numbers)
  for (let d = 0; d < decimals; d++) scale *= 10;
  const scaled = parts.map((x) => x * scale);
  const units = scaled.map((x) => Math.floor(x) + 0); // + 0: no −0
  const target = Math.round(scaled.reduce((sum, x) => sum + x, 0));
  const missing = target - units.reduce((sum, u) => sum + u, 0); // 0 … parts.length
  const byRemainder = scaled
    .map((x, i) => ({ i, rest: x - units[i] }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; k < missing; k++) units[byRemainder[k].i] += 1;
  return units;
}

/** A probability with its Monte Carlo standard error: "44.0% ± 1.1" (both in percent). */
export function formatProbability(p: { p: number; se: number }, digits = 1): string {
  if (!Number.isFinite(p.p) || !Number.isFinite(p.se)) return NOT_A_NUMBER;
  return `${formatShare(p.p, digits)} ± ${(100 * p.se).toFixed(digits)}`;
}

/** Large counts with an SI-like suffix: 1.23e7 → "12.3M", 4.5e5 → "450k", 2e12 → "2T". */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const abs = Math.abs(value);
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) {
    if (abs >= size) return `${withMinus(trimZeros((value / size).toPrecision(3)))}${suffix}`;
  }
  return withMinus(trimZeros(value.toPrecision(3)));
}

/** A general number with three significant digits; exponent form outside [1e-3, 1e5). */
export function formatNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NOT_A_NUMBER;
  if (value !== 0 && (Math.abs(value) >= 1e5 || Math.abs(value) < 1e-3))
    return withMinus(value.toExponential(2));
  return withMinus(trimZeros(value.toPrecision(3)));
}

/** "median (p10–p90)" of a formatter: "4.3 (1.5–7.7)". */
export function formatRange(
  format: (value: number) => string,
  range: { p10: number; p50: number; p90: number },
): string {
  return `${format(range.p50)} (${format(range.p10)}–${format(range.p90)})`;
}

function trimZeros(text: string): string {
  return text.includes('.') && !text.includes('e') ? text.replace(/\.?0+$/, '') : text;
}
