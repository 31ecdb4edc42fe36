/** roundToTotal (src/analysis/format.ts): parts rounded so that they add up to the rounded sum. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundToTotal } from '../../src/analysis/format.ts';

describe('roundToTotal(parts, decimals)', () => {
  it('0.25 × 4 at one decimal is 0.3 + 0.3 + 0.2 + 0.2 = 1.0 (rounding each would print 1.2)', () => {
    expect(roundToTotal([0.25, 0.25, 0.25, 0.25], 1)).toEqual([3, 3, 2, 2]);
  });

  it('34.4% + 65.3% + 0.3% (each rounded: 34 + 65 + 0 = 99) prints 35 + 65 + 0 = 100', () => {
    expect(roundToTotal([34.4, 65.3, 0.3], 0)).toEqual([35, 65, 0]);
  });

  it('signed parts: −0.26 + 1.34 + 0.04 = 1.12 → −0.3 + 1.4 + 0.0 = 1.1 (a tie of remainders: the larger part)', () => {
    expect(roundToTotal([-0.26, 1.34, 0.04], 1)).toEqual([-3, 14, 0]);
  });

  it('for any parts: the units add up to round(Σ·10^d), and each part moves by less than one unit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 2 }),
        (parts, decimals) => {
          const scale = 10 ** decimals;
          const units = roundToTotal(parts, decimals);
          expect(
            units.reduce((a, b) => a + b, 0) - Math.round(parts.reduce((a, b) => a + b * scale, 0)),
          ).toBe(0);
          units.forEach((u, i) => {
            expect(Number.isInteger(u)).toBe(true);
            expect(Math.abs(u - parts[i] * scale)).toBeLessThan(1 + 1e-9);
          });
        },
      ),
    );
  });
});
