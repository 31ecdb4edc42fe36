/**
 * The convergence rule of the Sobol' indices: between two sample sizes of the same nested
 * design (N/2 and N), the top indices — the CONVERGENCE_TOP largest total-order indices at N,
 * both their first- and total-order estimates — must each move by less than the half-width of
 * their bootstrap CI at N. A top index whose first-order CI lies wholly above its total-order CI
 * (S_i ≤ S_Ti always holds for the true indices) shows N is still too small: not converged.
 */
import type { SobolEstimates } from './sobolIndices.ts';

export interface ConvergenceStep {
  /** The larger N of the pair. */
  readonly n: number;
  /** Largest |index(N) − index(N/2)| among the watched indices. */
  readonly maxMove: number;
  /** Largest ratio move / CI half-width among them (< 1: converged). */
  readonly maxMoveOverHalfWidth: number;
  readonly converged: boolean;
}

export function convergenceStep(
  n: number,
  previous: SobolEstimates,
  current: SobolEstimates,
  nFactors: number,
  top: number,
): ConvergenceStep {
  const order = Array.from({ length: nFactors }, (_, j) => j)
    .filter((j) => !Number.isNaN(current.indices[j].total))
    .sort((a, b) => current.indices[b].total - current.indices[a].total)
    .slice(0, top);
  let maxMove = 0;
  let maxRatio = 0;
  let contradicts = false;
  for (const j of order) {
    const now = current.indices[j];
    const before = previous.indices[j];
    if (now.firstCI[0] > now.totalCI[1]) contradicts = true;
    for (const [value, was, ci] of [
      [now.first, before.first, now.firstCI],
      [now.total, before.total, now.totalCI],
    ] as const) {
      const move = Math.abs(value - was);
      const halfWidth = (ci[1] - ci[0]) / 2;
      maxMove = Math.max(maxMove, move);
      maxRatio = Math.max(
        maxRatio,
        halfWidth > 0 ? move / halfWidth : move > 0 ? Number.POSITIVE_INFINITY : 0,
      );
    }
  }
  return {
    n,
    maxMove,
    maxMoveOverHalfWidth: maxRatio,
    converged: order.length > 0 && maxRatio < 1 && !contradicts,
  };
}
