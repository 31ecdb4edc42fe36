import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../../src/analysis/history/nelderMead.ts';

describe('nelderMead(f, x0)', () => {
  it('finds the minimum of a quadratic bowl', () => {
    const x = nelderMead((p) => (p[0] - 0.3) ** 2 + 4 * (p[1] - 0.7) ** 2, Float64Array.from([0.5, 0.5]));
    expect(x[0]).toBeCloseTo(0.3, 5);
    expect(x[1]).toBeCloseTo(0.7, 5);
  });

  it('follows the curved valley of Rosenbrock’s function to (1, 1)', () => {
    const x = nelderMead(
      (p) => 100 * (p[1] - p[0] * p[0]) ** 2 + (1 - p[0]) ** 2,
      Float64Array.from([-0.5, 0.5]),
      { maxIterations: 5000, tolerance: 1e-16 },
    );
    expect(x[0]).toBeCloseTo(1, 3);
    expect(x[1]).toBeCloseTo(1, 3);
  });
});
