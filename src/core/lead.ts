/**
 * §2.5 Lead in months, by inversion of the leader's trajectory.
 *
 * When the US leads (u(t) ≥ c(t)): L(t) = t − t*, where u(t*) = c(t): how many months ago the
 * US frontier stood where the PRC frontier stands now. When the PRC leads, symmetrically
 * L(t) = −(t − t**) with c(t**) = u(t). t* is found by linear interpolation between months;
 * before the first month the leader's trajectory is extrapolated backward at its growth over
 * the first month.
 */
import { MIN_BACKCAST_GROWTH_OOM_PER_MONTH } from './constants.ts';

const minGrowth = MIN_BACKCAST_GROWTH_OOM_PER_MONTH;

/**
 * Fractional month index at which `trajectory` (non-decreasing in practice) reached `level`,
 * searching months 0…upTo. Uses the latest crossing at or before `upTo`.
 */
export function monthReached(trajectory: Float64Array, level: number, upTo: number): number {
  if (trajectory[upTo] <= level) return upTo;
  for (let j = upTo - 1; j >= 0; j--) {
    const lo = trajectory[j];
    if (lo <= level) {
      const hi = trajectory[j + 1];
      return j + (level - lo) / (hi - lo);
    }
  }
  const growth0 = Math.max(trajectory[1] - trajectory[0], minGrowth);
  return -(trajectory[0] - level) / growth0;
}

/** Writes leadMonths[m] for every month from the two effective-compute trajectories. */
export function fillLead(u: Float64Array, c: Float64Array, leadMonths: Float64Array): void {
  for (let m = 0; m < u.length; m++) {
    if (u[m] >= c[m]) leadMonths[m] = m - monthReached(u, c[m], m);
    else leadMonths[m] = -(m - monthReached(c, u[m], m));
  }
}
