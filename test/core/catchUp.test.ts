/**
 * §2.3 catch-up and the distillation threshold θ, against the closed form of the spec:
 * with constant own-growth difference Δg and rate κ, G' = Δg − κG gives
 *   G(t) = G* + (G0 − G*) e^(−κt),  G* = Δg/κ,   and G(t) = G0 + Δg t as κ → 0.
 * The reference is evaluated as G0 e^(−κt) + Δg t · (1 − e^(−κt))/(κt) with Math.expm1, which is
 * accurate for every κ > 0 (no cancellation as κ → 0).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchUpOverStep, distillationThreshold } from '../../src/core/index.ts';

const STEPS = 120;

/** Closed-form gap after t steps (rates per step). */
function closedFormGap(gap0: number, growthDiff: number, kappa: number, t: number): number {
  if (kappa === 0 || t === 0) return gap0 + growthDiff * t;
  const kt = kappa * t;
  const relaxed = -Math.expm1(-kt); // 1 − e^(−κt), accurate for small κt
  return gap0 * Math.exp(-kt) + growthDiff * t * (relaxed / kt);
}

/** Gap after each of `steps` months, iterating the engine's step: G ← G + Δg − catchUp(G, Δg, κ). */
function iterateGap(gap0: number, growthDiff: number, kappa: number, steps: number): Float64Array {
  const gaps = new Float64Array(steps + 1);
  gaps[0] = gap0;
  for (let t = 0; t < steps; t++)
    gaps[t + 1] = gaps[t] + growthDiff - catchUpOverStep(gaps[t], growthDiff, kappa);
  return gaps;
}

function maxDeviationFromClosedForm(gap0: number, growthDiff: number, kappa: number): number {
  const gaps = iterateGap(gap0, growthDiff, kappa, STEPS);
  let worst = 0;
  for (let t = 0; t <= STEPS; t++)
    worst = Math.max(worst, Math.abs(gaps[t] - closedFormGap(gap0, growthDiff, kappa, t)));
  return worst;
}

describe('catchUpOverStep', () => {
  // (G0, Δg per month, κ per month): above, below and at the equilibrium G* = Δg/κ, and a
  // negative Δg (the follower grows faster) small enough that the gap stays positive.
  const cases: readonly (readonly [string, number, number, number])[] = [
    ['G0 > G*', 1.0, 0.01, 0.05],
    ['G0 > G*, slow', 2.0, 0.002, 0.01],
    ['G0 < G*', 0.1, 0.05, 0.1],
    ['G0 < G*, fast relaxation', 0.05, 0.06, 0.4],
    ['G0 = G*', 0.5, 0.03, 0.06],
    ['G* < 0 < G', 2.0, -0.001, 0.01],
    ['engine-like: κ_CN ≈ 0.8/yr', 0.8, 0.04, 0.8 / 12],
  ];
  for (const [label, gap0, growthDiff, kappa] of cases) {
    it(`catchUpOverStep(gap, Δg, κ) iterated 120 months follows G* + (G0 − G*)e^(−κt) (${label}: G0=${gap0}, Δg=${growthDiff}, κ=${kappa.toPrecision(3)})`, () => {
      expect(maxDeviationFromClosedForm(gap0, growthDiff, kappa)).toBeLessThan(1e-6);
    });
  }

  it('catchUpOverStep(gap, Δg, κ) relaxes to G* = Δg/κ with time constant 1/κ', () => {
    const gap0 = 1.2;
    const growthDiff = 0.02;
    const kappa = 0.1; // G* = 0.2, 1/κ = 10 months
    const gaps = iterateGap(gap0, growthDiff, kappa, 10);
    // after one time constant, (G − G*) has fallen by e
    expect((gaps[10] - 0.2) / (gap0 - 0.2)).toBeCloseTo(Math.exp(-1), 12);
    expect(iterateGap(gap0, growthDiff, kappa, 600)[600]).toBeCloseTo(0.2, 12);
  });

  it('catchUpOverStep(gap, Δg, κ) follows the closed form for any G0 ≥ 0, Δg ≥ 0, κ in [1e-4, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        (gap0, growthDiff, kappa) => maxDeviationFromClosedForm(gap0, growthDiff, kappa) < 1e-6,
      ),
      { numRuns: 300 },
    );
  });

  it('catchUpOverStep(gap, Δg, 0) is 0: without catch-up the gap is G0 + Δg·t exactly', () => {
    const gaps = iterateGap(0.7, 0.03, 0, STEPS);
    for (let t = 0; t <= STEPS; t++) expect(gaps[t]).toBeCloseTo(0.7 + 0.03 * t, 12);
    expect(catchUpOverStep(3, 0.5, 0)).toBe(0);
    expect(catchUpOverStep(3, 0.5, 1e-13)).toBe(0);
  });

  it('catchUpOverStep(gap, Δg, κ) tends to the no-catch-up gap G0 + Δg·t as κ → 0 (κ = 1e-6, 1e-8)', () => {
    for (const kappa of [1e-6, 1e-8]) {
      const gaps = iterateGap(1, 0.1, kappa, STEPS);
      expect(Math.abs(gaps[STEPS] - closedFormGap(1, 0.1, kappa, STEPS))).toBeLessThan(1e-6);
      expect(Math.abs(gaps[STEPS] - (1 + 0.1 * STEPS))).toBeLessThan(
        kappa * STEPS * (1 + 0.1 * STEPS) + 1e-6,
      );
    }
  });

  // Regression: 1 − e^(−κ) computed as `1 - Math.exp(-κ)` cancelled catastrophically below
  // κ ≈ 1e-7 per step (catchUpOverStep(1, 0.1, 1e-12) gave 2.2e-6 instead of ≈ 1.05e-12); the
  // engine now uses −Math.expm1(−κ).
  it('catchUpOverStep(gap, Δg, κ) stays accurate for tiny κ (1e-12 ≤ κ ≤ 1e-9): gap within 1e-6 of the closed form', () => {
    for (const kappa of [1e-9, 1e-10, 1e-11, 5e-12, 2e-12, 1e-12]) {
      expect(maxDeviationFromClosedForm(1, 0.1, kappa), `κ = ${kappa}`).toBeLessThan(1e-6);
    }
  });

  it('catchUpOverStep(gap, Δg, κ) is never negative and never more than gap + max(Δg, 0)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (gap, growthDiff, kappa) => {
          const gained = catchUpOverStep(gap, growthDiff, kappa);
          return gained >= 0 && gained <= gap + Math.max(growthDiff, 0) + 1e-12;
        },
      ),
      { numRuns: 500 },
    );
  });

  it('catchUpOverStep(gap, Δg, κ) is the one-step catch-up (G + Δg) − G(1) of the closed form', () => {
    expect(catchUpOverStep(0.9, 0.02, 0.07)).toBeCloseTo(0.9 + 0.02 - closedFormGap(0.9, 0.02, 0.07, 1), 14);
  });
});

describe('distillationThreshold', () => {
  it('distillationThreshold(T, T_threshold, w) is 0.5 at the threshold', () => {
    expect(distillationThreshold(24.5, 24.5, 0.5)).toBe(0.5);
    fc.assert(
      fc.property(
        fc.double({ min: 20, max: 30, noNaN: true }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        (t, w) => {
          return distillationThreshold(t, t, w) === 0.5;
        },
      ),
    );
  });

  it('distillationThreshold(T, T_threshold, w) is the logistic 1/(1 + e^(−(log10 T − log10 T_threshold)/w))', () => {
    // one width above the threshold: 1/(1 + e^−1) = 0.7310585786300049
    expect(distillationThreshold(25, 24.5, 0.5)).toBeCloseTo(0.7310585786300049, 15);
    expect(distillationThreshold(24, 24.5, 0.5)).toBeCloseTo(1 - 0.7310585786300049, 15);
  });

  it('distillationThreshold(T, T_threshold, w) never rises when PRC training compute falls (PC8)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 18, max: 32, noNaN: true }),
        fc.double({ min: 0, max: 6, noNaN: true }),
        fc.double({ min: 20, max: 30, noNaN: true }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        (log10T, lessOOM, threshold, width) =>
          distillationThreshold(log10T - lessOOM, threshold, width) <=
          distillationThreshold(log10T, threshold, width),
      ),
      { numRuns: 500 },
    );
  });

  it('distillationThreshold(T, T_threshold, w) lies in (0, 1) wherever the logistic is representable (|x| ≤ 30 widths)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -30, max: 30, noNaN: true }),
        fc.double({ min: 20, max: 30, noNaN: true }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        (widths, threshold, width) => {
          const theta = distillationThreshold(threshold + widths * width, threshold, width);
          return theta > 0 && theta < 1;
        },
      ),
      { numRuns: 300 },
    );
    // far outside it saturates to the closed interval's ends, never beyond
    expect(distillationThreshold(30, 20, 0.05)).toBe(1);
    expect(distillationThreshold(20, 30, 0.05)).toBeGreaterThanOrEqual(0);
  });
});
