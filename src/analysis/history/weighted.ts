/**
 * Importance weights and weighted summaries. Every sum runs in draw-index order, so a result
 * depends only on the draws, never on how they were split across workers.
 */
import { exp } from '../../core/math/index.ts';

/**
 * Normalised weights w_i = exp(ℓ_i − max ℓ) / Σ_j exp(ℓ_j − max ℓ) from log-weights ℓ.
 * Draws with ℓ = −∞ get weight 0. Throws when no draw has a finite log-weight.
 */
export function normalizeLogWeights(logWeights: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < logWeights.length; i++) if (logWeights[i] > max) max = logWeights[i];
  if (!Number.isFinite(max)) throw new RangeError('every draw has zero likelihood: no weights can be formed');
  const w = new Float64Array(logWeights.length);
  let sum = 0;
  for (let i = 0; i < w.length; i++) {
    w[i] = exp(logWeights[i] - max);
    sum += w[i];
  }
  for (let i = 0; i < w.length; i++) w[i] /= sum;
  return w;
}

/** Kish's effective sample size (Σ w)² / Σ w²: n for equal weights, 1 when one draw has all. */
export function effectiveSampleSize(weights: Float64Array): number {
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i];
    sumSq += weights[i] * weights[i];
  }
  return sumSq > 0 ? (sum * sum) / sumSq : 0;
}

/**
 * Weighted quantile: the inverse of the weighted empirical CDF (type 1),
 *   Q(p) = min { x_(k) : Σ_{j ≤ k} w_(j) ≥ p · Σ w },
 * over values sorted ascending (ties broken by draw index). With equal weights it is the
 * ⌈n·p⌉-th order statistic. The comparison allows a rounding slack of 1e-12 · Σ w, so
 * normalised weights that should sum exactly to a level do. NaN values and zero weights are
 * skipped; NaN when nothing is left.
 */
export function weightedQuantile(values: Float64Array, weights: Float64Array, p: number): number {
  return weightedQuantiles(values, weights, [p])[0];
}

/** Several weighted quantiles from one sort. */
export function weightedQuantiles(
  values: Float64Array,
  weights: Float64Array,
  levels: readonly number[],
): number[] {
  if (values.length !== weights.length)
    throw new RangeError(`values (${values.length}) and weights (${weights.length}) differ in length`);
  const order: number[] = [];
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i]) || !(weights[i] > 0)) continue;
    order.push(i);
    total += weights[i];
  }
  if (order.length === 0) return levels.map(() => Number.NaN);
  order.sort((a, b) => values[a] - values[b] || a - b);
  return levels.map((p) => {
    const target = p * total - 1e-12 * total;
    let cumulative = 0;
    for (const i of order) {
      cumulative += weights[i];
      if (cumulative >= target) return values[i];
    }
    return values[order[order.length - 1]];
  });
}

/** Σ w_i over draws whose value satisfies `inside`, divided by Σ w_i over non-NaN values. */
export function weightedShare(
  values: Float64Array,
  weights: Float64Array,
  inside: (value: number) => boolean,
): number {
  let hit = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) continue;
    total += weights[i];
    if (inside(values[i])) hit += weights[i];
  }
  return total > 0 ? hit / total : Number.NaN;
}
