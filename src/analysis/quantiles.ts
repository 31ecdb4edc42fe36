/**
 * Exact sample quantiles. Definition: linear interpolation between order statistics,
 * Hyndman & Fan's type 7 (R's default, NumPy's "linear"): for n sorted values x₀ ≤ … ≤ x_{n−1},
 *   Q(p) = x_j + g (x_{j+1} − x_j),   h = (n − 1) p,  j = ⌊h⌋,  g = h − j.
 * Order statistics are values of the multiset, so they do not depend on the order the values
 * arrived in — the basis of worker-count-independent results.
 */

/** The quantile levels every summary reports, and their names in SeriesQuantiles. */
export const QUANTILE_LEVELS = [0.05, 0.1, 0.5, 0.9, 0.95] as const;
export const QUANTILE_KEYS = ['p5', 'p10', 'p50', 'p90', 'p95'] as const;
export type QuantileKey = (typeof QUANTILE_KEYS)[number];

/** Quantiles and mean of a set of values. */
export type QuantileSummary = Record<QuantileKey | 'mean', number>;

/** Lower order-statistic index j and weight g of type-7 quantile p among n values. */
export function quantileRank(p: number, n: number): { lower: number; weight: number } {
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  return { lower, weight: h - lower };
}

/** Type-7 interpolation between the j-th and (j+1)-th order statistics. */
export function interpolateOrderStatistics(lowerValue: number, upperValue: number, weight: number): number {
  return weight === 0 || lowerValue === upperValue
    ? lowerValue
    : lowerValue + weight * (upperValue - lowerValue);
}

/** Type-7 quantile p of values sorted ascending in sorted[from … from + n). */
export function quantileOfSorted(
  sorted: Float64Array,
  p: number,
  from = 0,
  n = sorted.length - from,
): number {
  const { lower, weight } = quantileRank(p, n);
  const upper = Math.min(lower + 1, n - 1);
  return interpolateOrderStatistics(sorted[from + lower], sorted[from + upper], weight);
}

/**
 * The k-th smallest (0-based) of a[from … to), rearranging that range (Hoare partition
 * quickselect with a median-of-three pivot). Values must not be NaN.
 */
export function selectKth(a: Float64Array, from: number, to: number, k: number): number {
  let lo = from;
  let hi = to - 1;
  const target = from + k;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // median of three into a[mid]
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target];
  }
  return a[target];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** Quantiles (QUANTILE_LEVELS) and mean of `values`; the mean sums in index order. */
export function summarizeValues(values: Float64Array): QuantileSummary {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  const out = { mean: sum / values.length } as QuantileSummary;
  for (let q = 0; q < QUANTILE_LEVELS.length; q++)
    out[QUANTILE_KEYS[q]] = quantileOfSorted(sorted, QUANTILE_LEVELS[q]);
  return out;
}
