/**
 * Rank correlation between parameters by the method of Iman & Conover: R. L. Iman and
 * W. J. Conover, "A distribution-free approach to inducing rank correlation among input
 * variables", Communications in Statistics – Simulation and Computation 11(3), 311–334 (1982).
 *
 * Within one block of n draws, for the k correlated parameters:
 *   1. scores: each of k columns is a random permutation of the van der Waerden scores
 *      a_i = Φ⁻¹(i/(n+1)), i = 1…n;
 *   2. their sample correlation E = Q Qᵀ and the target C = P Pᵀ (Cholesky factors);
 *   3. S* = S (P Q⁻¹)ᵀ has sample (Pearson) correlation exactly C — Iman & Conover's
 *      correction for the chance correlation of the permuted scores;
 *   4. each parameter's n values are re-ordered so their ranks are the ranks of its column of S*.
 * Step 4 only permutes values within a column, so every marginal distribution is unchanged.
 * Requested correlations are Spearman's: the target on the normal scores is the Pearson
 * correlation of a bivariate normal with that Spearman correlation, ρ = 2 sin(π ρ_S / 6)
 * (Pearson 1907), so the ranks come out at the requested Spearman ρ_S up to sampling noise.
 * The block's permutations come from the stream (seed, block index) in their own domain.
 */
import { P, type ParamName } from '../core/index.ts';
import { sin } from '../core/math/index.ts';
import { normalQuantile } from './mcSpecial.ts';
import { DOMAIN_BLOCK, type DrawRandom } from './rng.ts';

/** A requested Spearman rank correlation between two parameters. */
export interface RankCorrelationRequest {
  readonly a: ParamName;
  readonly b: ParamName;
  readonly rho: number;
}

/** The correlated parameter slots and the Cholesky factor P of the target matrix C = P Pᵀ. */
export interface CorrelationPlan {
  /** Parameter slots taking part, in increasing order. */
  readonly slots: Int32Array;
  /** Lower-triangular k × k, row-major. */
  readonly targetCholesky: Float64Array;
}

/** A set of requested rank correlations that cannot be applied (the user's input, not a bug). */
export class CorrelationError extends Error {
  override readonly name = 'CorrelationError';
}

/** Pearson correlation of normal scores giving Spearman correlation `spearman`: 2 sin(π ρ_S / 6). */
export function pearsonForSpearman(spearman: number): number {
  return 2 * sin((Math.PI * spearman) / 6);
}

/** Cholesky factor L (lower, row-major) of a symmetric k × k matrix; false when not positive definite. */
export function cholesky(matrix: Float64Array, k: number, out: Float64Array): boolean {
  out.fill(0);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * k + j];
      for (let m = 0; m < j; m++) sum -= out[i * k + m] * out[j * k + m];
      if (i === j) {
        if (!(sum > 0)) return false;
        out[i * k + i] = Math.sqrt(sum);
      } else {
        out[i * k + j] = sum / out[j * k + j];
      }
    }
  }
  return true;
}

/**
 * Builds the plan from requested pairs; `isDrawn(slot)` says whether a parameter is drawn at
 * all. Throws on a pair naming a fixed parameter, a parameter with itself, |ρ| ≥ 1, a pair
 * requested twice with different ρ, or a set of ρ that is not a valid correlation matrix.
 * Returns null when nothing is requested.
 */
export function planCorrelations(
  requests: readonly RankCorrelationRequest[],
  isDrawn: (slot: number) => boolean,
): CorrelationPlan | null {
  const pairs = new Map<string, RankCorrelationRequest>();
  const involved = new Set<number>();
  for (const r of requests) {
    if (!(r.a in P) || !(r.b in P))
      throw new CorrelationError(`correlation ${r.a}~${r.b}: unknown parameter`);
    if (r.a === r.b)
      throw new CorrelationError(`correlation ${r.a}~${r.b}: a parameter cannot be correlated with itself`);
    if (!(Math.abs(r.rho) < 1))
      throw new CorrelationError(`correlation ${r.a}~${r.b}: rho must lie in (−1, 1), got ${r.rho}`);
    for (const name of [r.a, r.b]) {
      if (!isDrawn(P[name]))
        throw new CorrelationError(`correlation ${r.a}~${r.b}: ${name} has a fixed distribution`);
    }
    const key = P[r.a] < P[r.b] ? `${r.a}~${r.b}` : `${r.b}~${r.a}`;
    const seen = pairs.get(key);
    if (seen && seen.rho !== r.rho) {
      throw new CorrelationError(
        `correlation ${key} is requested twice with different rho (${seen.rho} and ${r.rho})`,
      );
    }
    pairs.set(key, r);
    involved.add(P[r.a]);
    involved.add(P[r.b]);
  }
  if (pairs.size === 0) return null;
  const slots = Int32Array.from([...involved].sort((x, y) => x - y));
  const k = slots.length;
  const target = new Float64Array(k * k);
  for (let i = 0; i < k; i++) target[i * k + i] = 1;
  for (const r of pairs.values()) {
    const i = slots.indexOf(P[r.a]);
    const j = slots.indexOf(P[r.b]);
    const rho = pearsonForSpearman(r.rho);
    target[i * k + j] = rho;
    target[j * k + i] = rho;
  }
  const targetCholesky = new Float64Array(k * k);
  if (!cholesky(target, k, targetCholesky)) {
    const list = [...pairs.keys()].join(', ');
    throw new CorrelationError(
      `correlations ${list}: together they are not a valid correlation matrix (not positive definite)`,
    );
  }
  return { slots, targetCholesky };
}

/** Applies a plan to blocks of draws, with scratch sized once for the largest block. */
export class ImanConover {
  private readonly k: number;
  private readonly scores: Float64Array; // k columns of n, column-major
  private readonly transformed: Float64Array; // k columns of n, column-major
  private readonly baseScores: Float64Array;
  private baseScoresFor = -1;
  private readonly order: Int32Array;
  private readonly values: Float64Array;
  private readonly sampleCorrelation: Float64Array;
  private readonly sampleCholesky: Float64Array;
  private readonly transform: Float64Array;

  constructor(
    private readonly plan: CorrelationPlan,
    maxDraws: number,
  ) {
    const k = plan.slots.length;
    this.k = k;
    this.scores = new Float64Array(k * maxDraws);
    this.transformed = new Float64Array(k * maxDraws);
    this.baseScores = new Float64Array(maxDraws);
    this.order = new Int32Array(maxDraws);
    this.values = new Float64Array(maxDraws);
    this.sampleCorrelation = new Float64Array(k * k);
    this.sampleCholesky = new Float64Array(k * k);
    this.transform = new Float64Array(k * k);
  }

  /**
   * Re-orders, within the block, the correlated columns of a row-major matrix of n draws
   * (row d at d·stride). Blocks with n ≤ k + 1 draws are left alone (too few to correlate).
   */
  apply(
    matrix: Float64Array,
    stride: number,
    n: number,
    rng: DrawRandom,
    seed: number,
    blockIndex: number,
  ): void {
    const k = this.k;
    if (n <= k + 1) return;
    rng.seed(DOMAIN_BLOCK, seed, blockIndex);
    this.fillBaseScores(n);
    const S = this.scores;
    for (let a = 0; a < k; a++) {
      const col = a * n;
      S.set(this.baseScores.subarray(0, n), col);
      for (let i = n - 1; i > 0; i--) {
        const j = rng.below(i + 1);
        const t = S[col + i];
        S[col + i] = S[col + j];
        S[col + j] = t;
      }
    }
    this.fillTransform(n);
    const T = this.transform;
    const X = this.transformed;
    for (let a = 0; a < k; a++) {
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let b = 0; b <= a; b++) sum += T[a * k + b] * S[b * n + i];
        X[a * n + i] = sum;
      }
    }
    for (let a = 0; a < k; a++) this.reorderColumn(matrix, stride, n, this.plan.slots[a], a * n);
  }

  private fillBaseScores(n: number): void {
    if (this.baseScoresFor === n) return;
    for (let i = 0; i < n; i++) this.baseScores[i] = normalQuantile((i + 1) / (n + 1));
    this.baseScoresFor = n;
  }

  /** T = P Q⁻¹ with E = Q Qᵀ the scores' sample correlation (Q = I if E is singular). */
  private fillTransform(n: number): void {
    const k = this.k;
    const S = this.scores;
    const E = this.sampleCorrelation;
    // every column holds the same scores, so all share one mean and one variance
    let mean = 0;
    for (let i = 0; i < n; i++) mean += this.baseScores[i];
    mean /= n;
    for (let a = 0; a < k; a++) {
      for (let b = 0; b <= a; b++) {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += (S[a * n + i] - mean) * (S[b * n + i] - mean);
        E[a * k + b] = sum;
        E[b * k + a] = sum;
      }
    }
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) if (a !== b) E[a * k + b] /= Math.sqrt(E[a * k + a] * E[b * k + b]);
    }
    for (let a = 0; a < k; a++) E[a * k + a] = 1;
    const Q = this.sampleCholesky;
    if (!cholesky(E, k, Q)) {
      Q.fill(0);
      for (let a = 0; a < k; a++) Q[a * k + a] = 1;
    }
    // Q⁻¹ by forward substitution, column by column, into E (no longer needed)
    const Qinv = E;
    Qinv.fill(0);
    for (let col = 0; col < k; col++) {
      for (let row = col; row < k; row++) {
        let sum = row === col ? 1 : 0;
        for (let m = col; m < row; m++) sum -= Q[row * k + m] * Qinv[m * k + col];
        Qinv[row * k + col] = sum / Q[row * k + row];
      }
    }
    const Pm = this.plan.targetCholesky;
    const T = this.transform;
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        let sum = 0;
        for (let m = b; m <= a; m++) sum += Pm[a * k + m] * Qinv[m * k + b];
        T[a * k + b] = sum;
      }
    }
  }

  /** Gives slot `slot` of the n rows the ranks of transformed[from … from + n). */
  private reorderColumn(matrix: Float64Array, stride: number, n: number, slot: number, from: number): void {
    const values = this.values.subarray(0, n);
    for (let i = 0; i < n; i++) values[i] = matrix[i * stride + slot];
    values.sort();
    const order = this.order.subarray(0, n);
    for (let i = 0; i < n; i++) order[i] = i;
    const X = this.transformed;
    order.sort((p, q) => X[from + p] - X[from + q] || p - q);
    for (let r = 0; r < n; r++) matrix[order[r] * stride + slot] = values[r];
  }
}
