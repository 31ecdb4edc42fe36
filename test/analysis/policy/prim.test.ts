/** PRIM: recovering a known box, the trajectory's bookkeeping, quasi-p-values, quantiles. */
import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta } from '../../../src/analysis/mcSpecial.ts';
import {
  binomialAtLeast,
  chooseBox,
  type PrimStep,
  type PrimTrajectory,
  primPeel,
  primQuantile,
  primRestrictions,
} from '../../../src/analysis/policy/prim.ts';

/** A small deterministic generator (mulberry32) so the synthetic draws are fixed. */
function uniforms(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n draws of d uniform inputs; the claim holds exactly inside the box [lo, hi]. */
function synthetic(n: number, d: number, lo: number[], hi: number[], seed = 7) {
  const next = uniforms(seed);
  const columns = Array.from({ length: d }, () => new Float64Array(n));
  const holds = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let inside = true;
    for (let j = 0; j < d; j++) {
      const x = next();
      columns[j][i] = x;
      if (x < lo[j] || x > hi[j]) inside = false;
    }
    holds[i] = inside ? 1 : 0;
  }
  return { columns, holds };
}

/**
 * One peeling step on edge `side` of input j: the larger of the span of the last peel that moved
 * this edge and the span the next peel would take (5% of the box's draws, about 5% of its width
 * for uniform inputs; ×1.1 for sampling noise). "Recovered within one step" means the true edge
 * is at most this far from the box's edge.
 */
function onePeel(trajectory: PrimTrajectory, box: PrimStep, j: number, side: 'low' | 'high'): number {
  const steps = trajectory.steps;
  let k = steps.indexOf(box);
  while (k > 0 && steps[k - 1][side][j] === box[side][j]) k--;
  const lastSpan = k > 0 ? Math.abs(steps[k - 1][side][j] - box[side][j]) : 0;
  return Math.max(lastSpan, 0.05 * 1.1 * (box.high[j] - box.low[j]));
}

describe('primPeel(data, options)', () => {
  it('recovers a known box within one peeling step (x0 ≥ 0.6, x1 ≤ 0.3; three inert inputs)', () => {
    const lo = [0.6, 0, 0, 0, 0];
    const hi = [1, 0.3, 1, 1, 1];
    const data = synthetic(10_000, 5, lo, hi);
    const trajectory = primPeel(data);
    const box = trajectory.steps[chooseBox(trajectory, 0.9)];
    expect(Math.abs(box.low[0] - 0.6)).toBeLessThanOrEqual(onePeel(trajectory, box, 0, 'low'));
    expect(Math.abs(box.high[1] - 0.3)).toBeLessThanOrEqual(onePeel(trajectory, box, 1, 'high'));
    expect(box.restricted).toBe(2);
    expect(box.density).toBeGreaterThan(0.95);
    expect(box.coverage).toBeGreaterThanOrEqual(0.9);
  });

  it('recovers a two-sided limit (0.2 ≤ x2 ≤ 0.7) within one peeling step', () => {
    const data = synthetic(10_000, 3, [0, 0, 0.2], [1, 1, 0.7], 11);
    const trajectory = primPeel(data);
    const box = trajectory.steps[chooseBox(trajectory, 0.9)];
    expect(Math.abs(box.low[2] - 0.2)).toBeLessThanOrEqual(onePeel(trajectory, box, 2, 'low'));
    expect(Math.abs(box.high[2] - 0.7)).toBeLessThanOrEqual(onePeel(trajectory, box, 2, 'high'));
    expect(box.restricted).toBe(1);
  });

  it('keeps the bookkeeping: coverage, density and mass agree with a count of the box', () => {
    const data = synthetic(3_000, 3, [0.5, 0, 0], [1, 0.5, 1], 3);
    const trajectory = primPeel(data);
    for (const s of trajectory.steps) {
      let draws = 0;
      let claims = 0;
      for (let i = 0; i < data.holds.length; i++) {
        let inside = true;
        for (let j = 0; j < 3; j++) {
          const x = data.columns[j][i];
          if (x < s.low[j] || x > s.high[j]) inside = false;
        }
        if (inside) {
          draws++;
          claims += data.holds[i];
        }
      }
      expect(s.draws).toBe(draws);
      expect(s.claims).toBe(claims);
      expect(s.mass).toBeCloseTo(draws / 3000, 15);
      expect(s.density).toBeCloseTo(claims / draws, 15);
      expect(s.coverage).toBeCloseTo(claims / trajectory.claims, 15);
    }
  });

  it('peels while density rises and mass stays at least massMin', () => {
    const data = synthetic(5_000, 4, [0.9, 0.9, 0, 0], [1, 1, 1, 1], 5);
    const trajectory = primPeel(data, { massMin: 0.2 });
    for (let k = 1; k < trajectory.steps.length; k++) {
      expect(trajectory.steps[k].density).toBeGreaterThan(trajectory.steps[k - 1].density);
      expect(trajectory.steps[k].mass).toBeGreaterThanOrEqual(0.2);
      expect(trajectory.steps[k].mass).toBeLessThan(trajectory.steps[k - 1].mass);
    }
  });

  it('does not peel when the claim holds everywhere or nowhere', () => {
    const data = synthetic(500, 2, [0, 0], [1, 1]);
    expect(primPeel(data).steps).toHaveLength(1);
    expect(primPeel({ ...data, holds: new Uint8Array(500) }).steps).toHaveLength(1);
  });

  it('rejects columns of different lengths, NaN inputs and bad options', () => {
    expect(() => primPeel({ columns: [new Float64Array(3)], holds: new Uint8Array(4) })).toThrow(/4 values/);
    expect(() => primPeel({ columns: [Float64Array.of(0, Number.NaN)], holds: new Uint8Array(2) })).toThrow(
      /NaN/,
    );
    expect(() => primPeel(synthetic(10, 1, [0], [1]), { peelAlpha: 0.6 })).toThrow(/peelAlpha/);
  });
});

describe('primRestrictions(data, trajectory, step)', () => {
  it('gives small quasi-p-values to the real limits and none to inert inputs', () => {
    const data = synthetic(10_000, 4, [0.6, 0, 0, 0], [1, 0.3, 1, 1]);
    const trajectory = primPeel(data);
    const box = trajectory.steps[chooseBox(trajectory, 0.9)];
    const restrictions = primRestrictions(data, trajectory, box);
    expect(restrictions.map((r) => [r.dim, r.side])).toEqual([
      [0, 'low'],
      [1, 'high'],
    ]);
    for (const r of restrictions) expect(r.quasiP).toBeLessThan(1e-6);
  });

  it('gives a large quasi-p-value to a limit on an input that does not matter', () => {
    const data = synthetic(4_000, 2, [0.5, 0], [1, 1], 9);
    const trajectory = primPeel(data);
    const box = trajectory.steps[chooseBox(trajectory, 0.9)];
    // Add a needless limit on input 1 (x1 ≤ 0.9) by hand.
    const high = Float64Array.from(box.high);
    high[1] = 0.9;
    let draws = 0;
    let claims = 0;
    for (let i = 0; i < 4000; i++) {
      if (
        data.columns[0][i] >= box.low[0] &&
        data.columns[0][i] <= box.high[0] &&
        data.columns[1][i] <= 0.9
      ) {
        draws++;
        claims += data.holds[i];
      }
    }
    const step = { ...box, high, draws, claims };
    const needless = primRestrictions(data, trajectory, step).find((r) => r.dim === 1);
    expect(needless?.quasiP).toBeGreaterThan(0.05);
  });
});

describe('binomialAtLeast(k, n, p)', () => {
  it('is P(X ≥ k): exact sums for small n', () => {
    const exact = (k: number, n: number, p: number) => {
      let total = 0;
      let c = 1;
      for (let x = 0; x <= n; x++) {
        if (x >= k) total += c * p ** x * (1 - p) ** (n - x);
        c = (c * (n - x)) / (x + 1);
      }
      return total;
    };
    for (const [k, n, p] of [
      [1, 1, 0.3],
      [3, 10, 0.2],
      [7, 10, 0.5],
      [20, 20, 0.9],
      [0, 5, 0.4],
    ]) {
      expect(binomialAtLeast(k, n, p)).toBeCloseTo(exact(k, n, p), 12);
    }
    expect(binomialAtLeast(11, 10, 0.5)).toBe(0);
    // scipy.stats.binom.sf(49, 100, 0.5) = 0.5397946186935894 (P(X ≥ 50), outside reference)
    expect(binomialAtLeast(50, 100, 0.5)).toBeCloseTo(0.5397946186935894, 12);
    expect(regularizedIncompleteBeta(0.5, 50, 51)).toBeCloseTo(0.5397946186935894, 12);
  });
});

describe('primQuantile(values, m, q)', () => {
  it('averages the values at ⌊(m−1)q⌋ and ⌈(m−1)q⌉, moving outward past ties', () => {
    const v = Float64Array.of(1, 2, 3, 4, 5);
    expect(primQuantile(v, 5, 0.05)).toBe(1.5); // i = 0.2 → (1 + 2)/2
    expect(primQuantile(v, 5, 0.95)).toBe(4.5);
    const ties = Float64Array.of(1, 1, 1, 2, 3);
    expect(primQuantile(ties, 5, 0.05)).toBe(1.5); // (1 + 2)/2 after moving past the ties
    expect(primQuantile(v, 5, 0.5)).toBe(3.5); // i = 2 = ⌊i⌋ = ⌈i⌉: moves up past the tie
  });
});

describe('chooseBox(trajectory, minCoverage)', () => {
  it('takes the densest step with enough coverage', () => {
    const data = synthetic(5_000, 2, [0.5, 0], [1, 0.5]);
    const trajectory = primPeel(data);
    const chosen = chooseBox(trajectory, 0.8);
    expect(trajectory.steps[chosen].coverage).toBeGreaterThanOrEqual(0.8);
    for (const s of trajectory.steps)
      if (s.coverage >= 0.8) expect(s.density).toBeLessThanOrEqual(trajectory.steps[chosen].density);
    expect(chooseBox(trajectory, 1.01)).toBe(0);
  });
});
