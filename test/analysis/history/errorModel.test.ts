import { describe, expect, it } from 'vitest';
import { absoluteError, insideBand, residual, Z90 } from '../../../src/analysis/history/errorModel.ts';
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

describe('absoluteError and insideBand', () => {
  it('measure distance in the error scale and agreement of the 10–90% band', () => {
    expect(absoluteError(flop, 1e24)).toBeCloseTo(1, 14);
    expect(absoluteError({ ...lead, kind: 'lower-bound' }, 12)).toBe(0);
    expect(insideBand(lead, 9, 11)).toBe(true);
    expect(insideBand(lead, 11, 13)).toBe(false);
    expect(insideBand({ ...lead, kind: 'lower-bound' }, 1, 10)).toBe(true);
    expect(insideBand({ ...lead, kind: 'upper-bound' }, 10.5, 20)).toBe(false);
  });
});
