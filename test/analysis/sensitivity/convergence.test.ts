import { describe, expect, it } from 'vitest';
import { convergenceStep } from '../../../src/analysis/sensitivity/convergence.ts';
import type { SobolEstimates } from '../../../src/analysis/sensitivity/sobolIndices.ts';

function estimates(
  rows: readonly { first: number; firstCI: [number, number]; total: number; totalCI: [number, number] }[],
): SobolEstimates {
  return { indices: rows, mean: 0, variance: 1 };
}

describe('convergenceStep(n, previous, current, nFactors, top)', () => {
  const before = estimates([
    { first: 0.5, firstCI: [0.45, 0.55], total: 0.6, totalCI: [0.55, 0.65] },
    { first: 0.1, firstCI: [0.05, 0.15], total: 0.2, totalCI: [0.15, 0.25] },
  ]);

  it('is converged when every top index moves by less than its CI half-width', () => {
    const now = estimates([
      { first: 0.52, firstCI: [0.47, 0.57], total: 0.61, totalCI: [0.56, 0.66] },
      { first: 0.11, firstCI: [0.06, 0.16], total: 0.21, totalCI: [0.16, 0.26] },
    ]);
    const step = convergenceStep(1024, before, now, 2, 2);
    expect(step.maxMove).toBeCloseTo(0.02, 12);
    expect(step.maxMoveOverHalfWidth).toBeCloseTo(0.4, 12);
    expect(step.converged).toBe(true);
  });

  it('is not converged when a move exceeds the half-width', () => {
    const now = estimates([
      { first: 0.6, firstCI: [0.55, 0.65], total: 0.61, totalCI: [0.56, 0.66] },
      { first: 0.1, firstCI: [0.05, 0.15], total: 0.2, totalCI: [0.15, 0.25] },
    ]);
    expect(convergenceStep(1024, before, now, 2, 2).converged).toBe(false);
  });

  it('is not converged when a top index has its first-order CI wholly above its total-order CI', () => {
    // S_i ≤ S_Ti for the true indices: estimates that contradict it say N is still too small,
    // however little they moved.
    const contradicting = estimates([
      { first: 0.5, firstCI: [0.45, 0.55], total: 0.6, totalCI: [0.55, 0.65] },
      { first: 0.3, firstCI: [0.27, 0.33], total: 0.2, totalCI: [0.15, 0.25] },
    ]);
    const previous = estimates([
      { first: 0.5, firstCI: [0.45, 0.55], total: 0.6, totalCI: [0.55, 0.65] },
      { first: 0.3, firstCI: [0.27, 0.33], total: 0.2, totalCI: [0.15, 0.25] },
    ]);
    const step = convergenceStep(1024, previous, contradicting, 2, 2);
    expect(step.maxMove).toBe(0);
    expect(step.converged).toBe(false);
  });
});
