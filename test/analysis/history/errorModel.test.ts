import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absoluteError,
  agrees,
  bandResidual,
  residual,
  Z80,
  Z90,
} from '../../../src/analysis/history/errorModel.ts';
import { formatZ } from '../../../src/analysis/history/formatQuantity.ts';
import { QUANTITY_INFO } from '../../../src/analysis/history/quantities.ts';

const lead = {
  quantity: 'leadMonths',
  scale: 'linear',
  kind: 'estimate',
  value: 10,
  low: 8,
  high: 14,
} as const;
const flop = {
  quantity: 'trainingFlopUS',
  scale: 'log',
  kind: 'estimate',
  value: 1e25,
  low: 1e24,
  high: 1e26,
} as const;
const delta = QUANTITY_INFO.leadMonths.discrepancySigma;

describe('residual(obs, model)', () => {
  it('uses the side of the range the model falls on (split normal) with the discrepancy added in quadrature', () => {
    expect(residual(lead, 12)).toBeCloseTo(2 / Math.sqrt((4 / Z90) ** 2 + delta ** 2), 14);
    expect(residual(lead, 7)).toBeCloseTo(-3 / Math.sqrt((2 / Z90) ** 2 + delta ** 2), 14);
  });

  it('works in log10 for log quantities', () => {
    const d = QUANTITY_INFO.trainingFlopUS.discrepancySigma;
    expect(residual(flop, 1e26)).toBeCloseTo(1 / Math.sqrt((1 / Z90) ** 2 + d ** 2), 12);
  });

  it('is 0 when a bound holds, the tail beyond it otherwise', () => {
    const lower = { ...lead, kind: 'lower-bound', value: 10, low: 9, high: Number.NaN } as const;
    expect(residual(lower, 11)).toBe(0);
    expect(residual(lower, 8)).toBeCloseTo(-2 / Math.sqrt((1 / Z90) ** 2 + delta ** 2), 14);
    const upper = { ...lead, kind: 'upper-bound', value: 10, low: Number.NaN, high: Number.NaN } as const;
    expect(residual(upper, 4)).toBe(0);
    expect(residual(upper, 13)).toBeCloseTo(3 / delta, 14);
  });
});

describe('absoluteError(obs, model)', () => {
  it('measures distance in the error scale; a bound that holds is 0', () => {
    expect(absoluteError(flop, 1e24)).toBeCloseTo(1, 14);
    expect(absoluteError({ ...lead, kind: 'lower-bound' }, 12)).toBe(0);
  });
});

describe('bandResidual(obs, median, p10, p90) and agrees(z)', () => {
  it('adds the band’s spread on the side facing the observation (split normal, p90 − median = Z80 σ)', () => {
    // observation 10 above the median 7: the model's upper side, (11 − 7) / Z80; the observation's low side, 2 / Z90
    expect(bandResidual(lead, 7, 5, 11)).toBeCloseTo(
      -3 / Math.sqrt((2 / Z90) ** 2 + delta ** 2 + (4 / Z80) ** 2),
      14,
    );
    // below the median 12: the model's lower side, (12 − 11) / Z80; the observation's high side, 4 / Z90
    expect(bandResidual(lead, 12, 11, 20)).toBeCloseTo(
      2 / Math.sqrt((4 / Z90) ** 2 + delta ** 2 + (1 / Z80) ** 2),
      14,
    );
  });

  it('is the residual when the band has no spread (a central run)', () => {
    for (const m of [5, 9.5, 10, 13, 30]) expect(bandResidual(lead, m, m, m)).toBe(residual(lead, m));
  });

  it('is 0 when a bound holds, whatever the band', () => {
    expect(bandResidual({ ...lead, kind: 'lower-bound' }, 11, 2, 30)).toBe(0);
    expect(bandResidual({ ...lead, kind: 'upper-bound' }, 9, 2, 30)).toBe(0);
  });

  it('agrees exactly when |z| ≤ Z80, the one note the history table and the fit share use', () => {
    expect(agrees(Z80)).toBe(true);
    expect(agrees(-Z80)).toBe(true);
    expect(agrees(Z80 + 1e-12)).toBe(false);
    // the case the old two definitions split: the observation just outside a narrow band, but
    // within its own range of the median — now one z, one note
    const z = bandResidual({ ...lead, low: 4, high: 16 }, 11, 10.5, 11.5);
    expect(Math.abs(z)).toBeLessThan(Z80);
    expect(agrees(z)).toBe(true);
  });
});

describe('formatZ(z)', () => {
  it('prints one decimal, or more when one decimal would cross the threshold: read back, it agrees as z does', () => {
    expect(formatZ(0.53)).toBe('0.5');
    expect(formatZ(-1.27)).toBe('−1.27');
    expect(formatZ(1.2814)).toBe('1.28');
    expect(formatZ(1.2816)).toBe('1.3');
    expect(formatZ(3.31)).toBe('3.3');
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (z) => {
        const back = Number(formatZ(z).replace('−', '-'));
        expect(Math.abs(back) <= Z80).toBe(agrees(z));
      }),
    );
  });
});
