/**
 * First- and total-order Sobol' indices from the outputs of a Saltelli design (saltelliDesign.ts),
 * with bootstrap confidence intervals.
 *
 * With y_A, y_B and y_AB(j) the outputs on rows A_i, B_i and A_B^(j)_i (i = 1 … N), and
 * V = the variance of the 2N values {y_A, y_B} (divisor 2N, as SALib's analyze.sobol):
 *
 *   first order (Saltelli et al. 2010, Table 2 (b)):  S_j  = (1/N) Σ_i y_B,i (y_AB(j),i − y_A,i) / V
 *   total order (Jansen 1999, ibid. Table 2 (f)):     ST_j = (1/2N) Σ_i (y_A,i − y_AB(j),i)² / V
 *
 * Groups use the same formulas on their rows A_B^(G). S_j estimates Var(E[Y | X_j]) / Var(Y), the
 * share of the output's variance explained by X_j alone; ST_j estimates E[Var(Y | X_~j)] / Var(Y),
 * the share X_j is involved in, interactions included. ST_j ≥ S_j; ST_j ≈ 0 means X_j can be
 * fixed anywhere in its range without changing the output's distribution.
 *
 * Confidence intervals: percentile bootstrap (Efron & Tibshirani 1993, §13.3) over the N base
 * points — R resamples of N base points drawn with replacement (seeded streams), each giving
 * every index; the interval is the (1 − level)/2 and (1 + level)/2 quantiles of the R values.
 * Treating the quasi-random base points as independent overstates the sampling error, so the
 * intervals are conservative. A constant output (V = 0) has no indices: they are NaN.
 */
import { DrawRandom } from '../rng.ts';

/** Stream domain of the bootstrap resamples ("boot"). */
export const DOMAIN_BOOTSTRAP = 0x626f6f74;

export interface IndexEstimate {
  readonly first: number;
  readonly firstCI: readonly [number, number];
  readonly total: number;
  readonly totalCI: readonly [number, number];
}

export interface BootstrapOptions {
  /** Bootstrap resamples R (0: point estimates only, the CIs NaN). */
  readonly resamples: number;
  /** Seed of the resampling streams. */
  readonly seed: number;
  /** Confidence level of the intervals, e.g. 0.95. */
  readonly level: number;
}

export interface SobolEstimates {
  /** One per factor, then one per group (the order of the design's AB blocks). */
  readonly indices: readonly IndexEstimate[];
  /** Mean and variance V of the 2N outputs y_A, y_B. */
  readonly mean: number;
  readonly variance: number;
}

/**
 * Sums over base points given by `pick` (null: every point once) of y_A, y_A², y_B, y_B², and per
 * AB block k of y_B (y_AB − y_A) and (y_A − y_AB)²; returns V and writes S, ST per block. Outputs
 * enter less `shift` (the full sample's mean, as SALib centres Y): the indices' expectations do
 * not change, the first-order estimator's noise from a large mean goes, and V sums small numbers.
 */
function accumulate(
  y: Float64Array,
  n: number,
  blocks: number,
  pick: Int32Array | null,
  shift: number,
  first: Float64Array,
  total: Float64Array,
): { mean: number; variance: number } {
  const stride = blocks + 2;
  first.fill(0);
  total.fill(0);
  let sum = 0;
  let sumSq = 0;
  for (let r = 0; r < n; r++) {
    const at = (pick === null ? r : pick[r]) * stride;
    const yA = y[at] - shift;
    const yB = y[at + 1] - shift;
    sum += yA + yB;
    sumSq += yA * yA + yB * yB;
    for (let k = 0; k < blocks; k++) {
      const diff = y[at + 2 + k] - shift - yA;
      first[k] += yB * diff;
      total[k] += diff * diff;
    }
  }
  const centredMean = sum / (2 * n);
  const variance = Math.max(0, sumSq / (2 * n) - centredMean * centredMean);
  for (let k = 0; k < blocks; k++) {
    first[k] = first[k] / n / variance;
    total[k] = total[k] / (2 * n) / variance;
  }
  return { mean: centredMean + shift, variance };
}

/** Mean of the 2N outputs y_A, y_B. */
function meanAB(y: Float64Array, n: number, stride: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += y[i * stride] + y[i * stride + 1];
  return sum / (2 * n);
}

/** Type-7 quantile of sorted values. */
function quantileSorted(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Indices of every AB block (factors, then groups) from outputs `y` of a Saltelli design with N
 * base points: y[i·(blocks + 2) + 0] = y_A,i, + 1 = y_B,i, + 2 + k = y_AB(k),i.
 */
export function sobolIndices(
  y: Float64Array,
  n: number,
  blocks: number,
  boot: BootstrapOptions,
): SobolEstimates {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`Sobol' indices need N ≥ 2 base points, got ${n}`);
  if (y.length < n * (blocks + 2)) {
    throw new RangeError(`Sobol' indices: ${y.length} outputs for ${n} base points × ${blocks + 2} rows`);
  }
  if (!Number.isInteger(boot.resamples) || boot.resamples < 0 || boot.resamples === 1) {
    throw new RangeError(`bootstrap resamples must be 0 or an integer ≥ 2, got ${boot.resamples}`);
  }
  const first = new Float64Array(blocks);
  const total = new Float64Array(blocks);
  const shift = meanAB(y, n, blocks + 2);
  const { mean, variance } = accumulate(y, n, blocks, null, shift, first, total);
  const none = Object.freeze([Number.NaN, Number.NaN] as const);
  if (!(variance > 0)) {
    const indices = Array.from({ length: blocks }, () => ({
      first: Number.NaN,
      firstCI: none,
      total: Number.NaN,
      totalCI: none,
    }));
    return { indices, mean, variance };
  }
  if (boot.resamples === 0) {
    const indices = Array.from({ length: blocks }, (_, k) => ({
      first: first[k],
      firstCI: none,
      total: total[k],
      totalCI: none,
    }));
    return { indices, mean, variance };
  }

  const R = boot.resamples;
  const firstDraws = new Float64Array(blocks * R);
  const totalDraws = new Float64Array(blocks * R);
  const pick = new Int32Array(n);
  const f = new Float64Array(blocks);
  const t = new Float64Array(blocks);
  const rng = new DrawRandom();
  for (let r = 0; r < R; r++) {
    rng.seed(DOMAIN_BOOTSTRAP, boot.seed, r);
    for (let i = 0; i < n; i++) pick[i] = rng.below(n);
    accumulate(y, n, blocks, pick, shift, f, t);
    for (let k = 0; k < blocks; k++) {
      firstDraws[k * R + r] = f[k];
      totalDraws[k * R + r] = t[k];
    }
  }
  const lo = (1 - boot.level) / 2;
  const hi = (1 + boot.level) / 2;
  const ci = (draws: Float64Array, k: number): readonly [number, number] => {
    const sorted = draws.subarray(k * R, (k + 1) * R).sort();
    return [quantileSorted(sorted, lo), quantileSorted(sorted, hi)];
  };
  const indices: IndexEstimate[] = [];
  for (let k = 0; k < blocks; k++) {
    indices.push({
      first: first[k],
      firstCI: ci(firstDraws, k),
      total: total[k],
      totalCI: ci(totalDraws, k),
    });
  }
  return { indices, mean, variance };
}
