/**
 * beliefQuantiles: the quantiles of a parameter as the engine draws it, checked against the
 * closed forms of each family (sampler.ts's header) with the table's and with a scenario's own
 * range; densityFromQuantiles against a uniform's flat density.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beliefQuantiles, densityFromQuantiles } from '../../src/analysis/beliefQuantiles.ts';
import { inverseCdf, Z_95 } from '../../src/analysis/sampler.ts';
import { paramSpec } from '../../src/params/index.ts';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));

describe('beliefQuantiles(name, range, probabilities)', () => {
  it('without a range is the table distribution’s inverse CDF', () => {
    for (const name of ['researchElasticity', 'talentCN', 'smugglingLeakShare'] as const) {
      const spec = paramSpec(name);
      const us = [0.01, 0.3, 0.5, 0.77, 0.99];
      const q = beliefQuantiles(name, undefined, us);
      us.forEach((u, k) => {
        expect(q[k], `${name} at ${u}`).toBe(inverseCdf(spec.dist, spec.central, u));
      });
    }
  });

  it('uniform with your range: low + (high − low)·u', () => {
    const q = beliefQuantiles('researchElasticity', { low: 0.1, high: 0.3 }, [0.25, 0.5, 0.9]);
    expect(close(q[0], 0.15)).toBe(true);
    expect(close(q[1], 0.2)).toBe(true);
    expect(close(q[2], 0.28)).toBe(true);
  });

  it('lognormal90 with your range: its 5th and 95th percentiles are low and high, its median √(low·high)', () => {
    const q = beliefQuantiles('smugglingLeakShare', { low: 0.01, high: 0.3 }, [0.05, 0.5, 0.95]);
    expect(close(q[0], 0.01)).toBe(true);
    expect(close(q[1], Math.sqrt(0.01 * 0.3))).toBe(true);
    expect(close(q[2], 0.3)).toBe(true);
    // and Φ(z₀.₉₅) = 0.95 is the constant the sampler uses
    expect(Z_95).toBeCloseTo(1.644854, 6);
  });

  it('triangular with your range and mode: the closed-form quantile on (low, central, high)', () => {
    // talentCN, triangular 0.7–1.3 (mode 1) in the table; yours 0.5–1.5 with mode 0.8
    const [low, mode, high] = [0.5, 0.8, 1.5];
    const us = [0.1, 0.3, 0.6, 0.95];
    const q = beliefQuantiles('talentCN', { low, high, central: mode }, us);
    const split = (mode - low) / (high - low);
    us.forEach((u, k) => {
      const expected =
        u < split
          ? low + Math.sqrt(u * (high - low) * (mode - low))
          : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
      expect(close(q[k], expected), `u = ${u}`).toBe(true);
    });
  });

  it('never decreases in u (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.998, noNaN: true }),
        fc.double({ min: 0.0001, max: 0.001, noNaN: true }),
        (u, du) => {
          for (const name of ['talentCN', 'smugglingLeakShare', 'distillationPerYear'] as const) {
            const [a, b] = beliefQuantiles(name, undefined, [u, u + du]);
            if (!(a <= b)) return false;
          }
          return true;
        },
      ),
    );
  });

  it('refuses a probability outside (0, 1)', () => {
    expect(() => beliefQuantiles('talentCN', undefined, [0])).toThrow('probability 0 outside (0, 1)');
  });
});

describe('densityFromQuantiles(probabilities, quantiles)', () => {
  it('of a uniform on [0.1, 0.3] is 1/0.2 = 5 in every bin, and its bins hold Δu each', () => {
    const us = Array.from({ length: 11 }, (_, k) => 0.05 + 0.09 * k);
    const { edges, density } = densityFromQuantiles(
      us,
      beliefQuantiles('researchElasticity', { low: 0.1, high: 0.3 }, us),
    );
    expect(density.length).toBe(10);
    for (const d of density) expect(d).toBeCloseTo(5, 9);
    let mass = 0;
    for (let k = 0; k < density.length; k++) mass += density[k] * (edges[k + 1] - edges[k]);
    expect(mass).toBeCloseTo(0.9, 12);
  });
});
