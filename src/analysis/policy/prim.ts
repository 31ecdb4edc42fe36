/**
 * PRIM, the patient rule induction method (Friedman & Fisher 1999, "Bump hunting in
 * high-dimensional data", Statistics and Computing 9:123–143), as used for scenario discovery
 * (Bryant & Lempert 2010, "Thinking inside the box", Technological Forecasting & Social Change
 * 77:34–49), following the EMA Workbench's prim.py (Kwakkel; github.com/quaquel/EMAworkbench):
 *
 *   start with the box B₀ = [min, max] of every input over all draws;
 *   repeat: for every input j, two candidate peels remove the draws below the α-quantile of x_j
 *     (lower) or above the (1 − α)-quantile (upper) among the draws in the box; take the
 *     candidate with the largest "lenient" objective
 *         obj = (ȳ_new − ȳ_old) / (n_old − n_new)          (gain in density per draw removed)
 *     ties to the one that leaves more inputs unrestricted, then to input order, upper first;
 *   stop when the best peel would leave less than mass_min of all draws, removes nothing, or
 *   does not raise the density (obj ≤ 0).
 *
 * Each box on the way is a step of the peeling trajectory with
 *   coverage = (claims in box) / (claims in all draws),  density = (claims in box) / (draws in box),
 *   mass = (draws in box) / (all draws).
 * Quantiles are the EMA Workbench's (after sdtoolkit): i = (m − 1)·q on the sorted values, the
 * mean of the values at ⌊i⌋ and ⌈i⌉, moving the far index outward past ties.
 *
 * Quasi-p-value of a restriction (Bryant & Lempert 2010; EMA Workbench): drop that one limit
 * (back to B₀'s), count the draws T_j and claims H_j in the widened box, p = H_j / T_j; then
 *   qp = P(X ≥ H_box),  X ~ Binomial(T_box, p)  = I_p(H_box, T_box − H_box + 1),
 * the chance that a box as large as this one would hold as many claims without the limit. A
 * small qp (< 0.05) says the limit matters. The EMA Workbench's pasting phase is not done.
 *
 * Sorting is done once per input (an order array); a peel step is O(n) per input and
 * allocates nothing.
 */
import { regularizedIncompleteBeta } from '../mcSpecial.ts';

export interface PrimData {
  /** One column per input, all of length n (the draws). */
  readonly columns: readonly Float64Array[];
  /** 1 where the claim holds in the draw, else 0. */
  readonly holds: Uint8Array;
}

export interface PrimOptions {
  /** Share of the draws in the box that one peel removes (EMA Workbench default 0.05). */
  readonly peelAlpha?: number;
  /** Smallest share of all draws a box may keep (EMA Workbench default 0.05). */
  readonly massMin?: number;
}

export const PRIM_DEFAULTS = { peelAlpha: 0.05, massMin: 0.05 } as const;

export interface PrimStep {
  readonly coverage: number;
  readonly density: number;
  readonly mass: number;
  /** Draws in the box. */
  readonly draws: number;
  /** Claims in the box. */
  readonly claims: number;
  /** Number of inputs the box restricts. */
  readonly restricted: number;
  /** Box limits per input (inclusive). */
  readonly low: Float64Array;
  readonly high: Float64Array;
}

export interface PrimTrajectory {
  readonly draws: number;
  readonly claims: number;
  /** Limits of B₀: the range of each input over all draws. */
  readonly low: Float64Array;
  readonly high: Float64Array;
  /** B₀ first, then one step per peel. */
  readonly steps: readonly PrimStep[];
}

/** EMA Workbench's get_quantile on the first m values of sorted `values`. */
export function primQuantile(values: Float64Array, m: number, q: number): number {
  const i = (m - 1) * q;
  let lower = Math.floor(i);
  let upper = Math.ceil(i);
  if (q > 0.5) {
    while (values[lower] === values[upper] && lower > 0) lower--;
  } else {
    while (values[lower] === values[upper] && upper < m - 1) upper++;
  }
  return (values[lower] + values[upper]) / 2;
}

function checkData(data: PrimData): number {
  const n = data.holds.length;
  if (data.columns.length === 0) throw new RangeError('PRIM needs at least one input column');
  for (const column of data.columns) {
    if (column.length !== n) throw new RangeError(`every column must have ${n} values, got ${column.length}`);
    for (let i = 0; i < n; i++)
      if (Number.isNaN(column[i])) throw new RangeError('PRIM inputs must not be NaN');
  }
  return n;
}

/** Runs the peeling phase; the trajectory's last step is where peeling stopped. */
export function primPeel(data: PrimData, options: PrimOptions = {}): PrimTrajectory {
  const n = checkData(data);
  const alpha = options.peelAlpha ?? PRIM_DEFAULTS.peelAlpha;
  const massMin = options.massMin ?? PRIM_DEFAULTS.massMin;
  if (!(alpha > 0 && alpha < 0.5)) throw new RangeError(`peelAlpha must be in (0, 0.5), got ${alpha}`);
  if (!(massMin >= 0 && massMin < 1)) throw new RangeError(`massMin must be in [0, 1), got ${massMin}`);
  const { columns, holds } = data;
  const d = columns.length;
  const order = columns.map((column) => {
    const idx = new Int32Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
    idx.sort((a, b) => column[a] - column[b] || a - b);
    return idx;
  });
  const low = new Float64Array(d);
  const high = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    low[j] = n > 0 ? columns[j][order[j][0]] : 0;
    high[j] = n > 0 ? columns[j][order[j][n - 1]] : 0;
  }
  let claimsTotal = 0;
  for (let i = 0; i < n; i++) claimsTotal += holds[i];

  const inBox = new Uint8Array(n).fill(1);
  const values = new Float64Array(n);
  const ys = new Uint8Array(n);
  const boxLow = Float64Array.from(low);
  const boxHigh = Float64Array.from(high);
  let boxDraws = n;
  let boxClaims = claimsTotal;
  const steps: PrimStep[] = [step(boxLow, boxHigh, boxDraws, boxClaims)];

  function step(lo: Float64Array, hi: Float64Array, draws: number, claims: number): PrimStep {
    let restricted = 0;
    for (let j = 0; j < d; j++) if (lo[j] > low[j] || hi[j] < high[j]) restricted++;
    return {
      coverage: claimsTotal > 0 ? claims / claimsTotal : 0,
      density: draws > 0 ? claims / draws : 0,
      mass: n > 0 ? draws / n : 0,
      draws,
      claims,
      restricted,
      low: Float64Array.from(lo),
      high: Float64Array.from(hi),
    };
  }

  while (boxDraws > 1) {
    const meanOld = boxClaims / boxDraws;
    let best = {
      obj: Number.NEGATIVE_INFINITY,
      free: -1,
      dim: -1,
      upper: false,
      limit: 0,
      draws: 0,
      claims: 0,
    };
    for (let j = 0; j < d; j++) {
      // The box's values of input j, sorted, with their claims.
      const column = columns[j];
      const idx = order[j];
      let m = 0;
      for (let k = 0; k < n; k++) {
        const i = idx[k];
        if (inBox[i] === 1) {
          values[m] = column[i];
          ys[m] = holds[i];
          m++;
        }
      }
      const wasRestricted = boxLow[j] > low[j] || boxHigh[j] < high[j];
      for (let side = 0; side < 2; side++) {
        const upper = side === 0;
        const limit = primQuantile(values, m, upper ? 1 - alpha : alpha);
        let removed = 0;
        let removedClaims = 0;
        if (upper) {
          for (let k = m - 1; k >= 0 && values[k] > limit; k--) {
            removed++;
            removedClaims += ys[k];
          }
        } else {
          for (let k = 0; k < m && values[k] < limit; k++) {
            removed++;
            removedClaims += ys[k];
          }
        }
        if (removed === 0) continue;
        const draws = m - removed;
        const claims = boxClaims - removedClaims;
        const meanNew = draws > 0 ? claims / draws : 0;
        const obj = meanNew === meanOld ? 0 : (meanNew - meanOld) / removed;
        // Inputs left unrestricted after this peel: a peel of an already restricted input keeps more.
        const free = wasRestricted ? 1 : 0;
        if (obj > best.obj || (obj === best.obj && free > best.free)) {
          best = { obj, free, dim: j, upper, limit, draws, claims };
        }
      }
    }
    if (best.dim < 0) break;
    if (!(best.obj > 0) || best.draws / n < massMin || best.draws >= boxDraws) break;
    const column = columns[best.dim];
    for (let i = 0; i < n; i++) {
      if (inBox[i] === 1 && (best.upper ? column[i] > best.limit : column[i] < best.limit)) inBox[i] = 0;
    }
    if (best.upper) boxHigh[best.dim] = best.limit;
    else boxLow[best.dim] = best.limit;
    boxDraws = best.draws;
    boxClaims = best.claims;
    steps.push(step(boxLow, boxHigh, boxDraws, boxClaims));
  }
  return { draws: n, claims: claimsTotal, low, high, steps };
}

/** P(X ≥ k) for X ~ Binomial(n, p) = I_p(k, n − k + 1) (k ≥ 1). */
export function binomialAtLeast(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  return regularizedIncompleteBeta(p, k, n - k + 1);
}

export interface PrimRestriction {
  readonly dim: number;
  readonly side: 'low' | 'high';
  readonly limit: number;
  /** Quasi-p-value of this limit. */
  readonly quasiP: number;
}

/** The limits a step sets (in input order, low before high), each with its quasi-p-value. */
export function primRestrictions(
  data: PrimData,
  trajectory: PrimTrajectory,
  step: PrimStep,
): PrimRestriction[] {
  const n = checkData(data);
  const { columns, holds } = data;
  const restricted: { dim: number; side: 'low' | 'high' }[] = [];
  for (let j = 0; j < columns.length; j++) {
    if (step.low[j] > trajectory.low[j]) restricted.push({ dim: j, side: 'low' });
    if (step.high[j] < trajectory.high[j]) restricted.push({ dim: j, side: 'high' });
  }
  const dims = [...new Set(restricted.map((r) => r.dim))];
  return restricted.map(({ dim, side }) => {
    let widenedDraws = 0;
    let widenedClaims = 0;
    for (let i = 0; i < n; i++) {
      let inside = true;
      for (const j of dims) {
        const x = columns[j][i];
        const lo = j === dim && side === 'low' ? trajectory.low[j] : step.low[j];
        const hi = j === dim && side === 'high' ? trajectory.high[j] : step.high[j];
        if (x < lo || x > hi) {
          inside = false;
          break;
        }
      }
      if (inside) {
        widenedDraws++;
        widenedClaims += holds[i];
      }
    }
    const p = widenedDraws > 0 ? widenedClaims / widenedDraws : 0;
    return {
      dim,
      side,
      limit: side === 'low' ? step.low[dim] : step.high[dim],
      quasiP: binomialAtLeast(step.claims, step.draws, p),
    };
  });
}

/**
 * The box to report (judgement, after Bryant & Lempert's coverage–density trade-off): the
 * densest step whose coverage is at least `minCoverage`, the earliest (fewest peels) on ties.
 * Falls back to B₀ when no step qualifies (B₀ always covers every claim).
 */
export function chooseBox(trajectory: PrimTrajectory, minCoverage: number): number {
  let chosen = 0;
  trajectory.steps.forEach((s, index) => {
    if (s.coverage >= minCoverage && s.density > trajectory.steps[chosen].density) chosen = index;
  });
  return chosen;
}
