import { describe, expect, it } from 'vitest';
import { Z80, Z90 } from '../../../src/analysis/history/errorModel.ts';
import { fitStatistics, fitTable, type ObservationFit } from '../../../src/analysis/history/fitStatistics.ts';
import type { Observation } from '../../../src/analysis/history/observations.ts';

function obs(partial: Partial<Observation> & Pick<Observation, 'id' | 'value'>): Observation {
  return {
    quantity: 'leadMonths',
    startMonth: 12,
    endMonth: 12,
    aggregate: 'at',
    low: Number.NaN,
    high: Number.NaN,
    kind: 'estimate',
    scale: 'linear',
    unit: 'months',
    sourceTitle: 's',
    sourceUrl: 'https://example.org',
    method: 'm',
    inputOverlap: [],
    note: '',
    ...partial,
  };
}

// A small table, computed by hand:
//   id  value  range    median  band (p10–p90)  |error|  σ² (months²): range, discrepancy, band  |z|    agrees
//   a   10     8–12     11      9–13            1        (2/Z90)² + 1.5² + (2/Z80)²              0.40   yes
//   b   6      5–7      9       7–12            3        (1/Z90)² + 1.5² + (2/Z80)²              1.33   no
//   c   ≥ 4    (bound)  3       1–5             1        (1/Z90)² + 1.5² + (2/Z80)²  (low 3)     0.44   yes
//   d   ≤ 20   (bound)  15      10–25           0        z = 0                                   0      yes
const fits: ObservationFit[] = [
  { observation: obs({ id: 'a', value: 10, low: 8, high: 12 }), median: 11, p10: 9, p90: 13 },
  {
    observation: obs({ id: 'b', value: 6, low: 5, high: 7, endMonth: 30, startMonth: 30 }),
    median: 9,
    p10: 7,
    p90: 12,
  },
  { observation: obs({ id: 'c', value: 4, low: 3, kind: 'lower-bound' }), median: 3, p10: 1, p90: 5 },
  {
    observation: obs({ id: 'd', value: 20, kind: 'upper-bound', endMonth: 30, startMonth: 30 }),
    median: 15,
    p10: 10,
    p90: 25,
  },
];

describe('fitStatistics(fits)', () => {
  it('matches a hand computation on a four-row table', () => {
    const s = fitStatistics(fits);
    expect(s.n).toBe(4);
    expect(s.meanAbsoluteError).toBeCloseTo((1 + 3 + 1 + 0) / 4, 14);
    expect(s.shareInside80).toBe(3 / 4);
    const za = 1 / Math.sqrt((2 / Z90) ** 2 + 1.5 ** 2 + (2 / Z80) ** 2);
    const zb = 3 / Math.sqrt((1 / Z90) ** 2 + 1.5 ** 2 + (2 / Z80) ** 2);
    const zc = 1 / Math.sqrt((1 / Z90) ** 2 + 1.5 ** 2 + (2 / Z80) ** 2);
    expect([za, zb, zc].map((z) => z <= Z80)).toEqual([true, false, true]);
    expect(s.meanAbsZ).toBeCloseTo((za + zb + zc + 0) / 4, 12);
  });

  it('is NaN for an empty table', () => {
    const s = fitStatistics([]);
    expect(s.n).toBe(0);
    expect(s.meanAbsoluteError).toBeNaN();
  });
});

describe('fitTable(fits, cutoffMonth)', () => {
  it('splits at the cutoff by the window end month', () => {
    const t = fitTable(fits, 20);
    expect(t.overall.before.n).toBe(2);
    expect(t.overall.after.n).toBe(2);
    expect(t.overall.before.meanAbsoluteError).toBeCloseTo(1, 14);
    expect(t.overall.after.meanAbsoluteError).toBeCloseTo(1.5, 14);
    expect(t.overall.after.shareInside80).toBe(0.5);
    expect(t.byQuantity.map((r) => [r.quantity, r.unit])).toEqual([['leadMonths', 'months']]);
  });
});
