/** Number formats shared by charts and tables. Non-finite numbers print as "–". */

const DASH = '–';

/** Lead in months with one decimal: "6.1", "−2.3" (true minus sign). */
export function formatMonths(value: number): string {
  if (!Number.isFinite(value)) return DASH;
  return minus(value.toFixed(1));
}

/** A share in [0, 1] as a percentage: 0.0391 → "3.9%". */
export function formatShare(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return DASH;
  return `${minus((value * 100).toFixed(digits))}%`;
}

/** Large counts with an SI-like suffix: 1.23e7 → "12.3M", 4.5e5 → "450k". */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return DASH;
  const abs = Math.abs(value);
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) {
    if (abs >= size) return `${minus(trim((value / size).toPrecision(3)))}${suffix}`;
  }
  return minus(trim(value.toPrecision(3)));
}

/** A ratio: 8.44 → "8.4×". */
export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) return DASH;
  return `${minus(value >= 100 ? value.toFixed(0) : value.toPrecision(2))}×`;
}

/** A general number with three significant digits. */
export function formatNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return DASH;
  if (value !== 0 && (Math.abs(value) >= 1e5 || Math.abs(value) < 1e-3)) return minus(value.toExponential(2));
  return minus(trim(value.toPrecision(3)));
}

/** Axis tick for counts on a log scale: 1e6 → "1M". */
export function formatTickCount(value: number): string {
  return formatCount(value);
}

function trim(text: string): string {
  return text.includes('.') && !text.includes('e') ? text.replace(/\.?0+$/, '') : text;
}

function minus(text: string): string {
  return text.replace(/^-/, '−');
}
