/**
 * §1.1 Western production: annual totals (data 2023–2026, then easing growth) and their
 * log-linear monthly interpolation between mid-year anchors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sumOverYear } from '../../src/analysis/calendar.ts';
import { createWorkspace, fillWesternAnnual, P } from '../../src/core/index.ts';
import { fillWesternProduction, lastAnchorRead } from '../../src/core/westernProduction.ts';
import { ANNUAL_YEARS, annualYear, MAX_MONTHS } from '../../src/core/workspace.ts';
import { centralParams } from '../../src/params/index.ts';
import { paramDrawArbitrary, toParamVector } from '../helpers/paramDraws.ts';
import { firstBitDifference, relativeDifference } from '../helpers/seriesHelpers.ts';

const N_MONTHS = 96; // 2023-01 … 2030-12
const DATA_YEARS = [2023, 2024, 2025, 2026] as const;

function annualOf(params: Float64Array): Float64Array {
  const annual = new Float64Array(ANNUAL_YEARS);
  fillWesternAnnual(params, annual);
  return annual;
}

function dataValue(params: Float64Array, year: number): number {
  return params[P.westernProduction2023 + (year - 2023)];
}

describe('fillWesternAnnual', () => {
  it('fillWesternAnnual(params, annual) reproduces the data years 2023–2026 exactly', () => {
    fc.assert(
      fc.property(paramDrawArbitrary, (draw) => {
        const params = toParamVector(draw);
        const annual = annualOf(params);
        return DATA_YEARS.every((year) => annual[year - annualYear(0)] === dataValue(params, year));
      }),
      { numRuns: 200 },
    );
  });

  it('fillWesternAnnual(params, annual) back-casts the year before the data at the 2023→2024 rate', () => {
    const params = centralParams();
    const annual = annualOf(params);
    expect(annualYear(0)).toBe(2022);
    expect(annual[0]).toBeCloseTo(dataValue(params, 2023) ** 2 / dataValue(params, 2024), 6);
  });

  it('fillWesternAnnual(params, annual) grows at the 2027 rate in 2027, then eases monotonically toward the long-run rate', () => {
    fc.assert(
      fc.property(paramDrawArbitrary, (draw) => {
        const params = toParamVector(draw);
        const annual = annualOf(params);
        const g27 = params[P.westernGrowth2027];
        const gLR = params[P.westernGrowthLongRun];
        const lo = Math.min(g27, gLR) * (1 - 1e-12);
        const hi = Math.max(g27, gLR) * (1 + 1e-12);
        let previousDistance = Number.POSITIVE_INFINITY;
        for (let i = 2027 - annualYear(0); i < annual.length; i++) {
          const growth = annual[i] / annual[i - 1];
          if (annualYear(i) === 2027 && relativeDifference(growth, g27) > 1e-12) return false;
          if (growth < lo || growth > hi) return false;
          const distance = Math.abs(Math.log(growth) - Math.log(gLR));
          if (distance > previousDistance + 1e-12) return false;
          previousDistance = distance;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('fillWesternAnnual(params, annual) eases as ln g_y = ln g_LR + (ln g_2027 − ln g_LR)·e^(−(y − 2027)/easingYears)', () => {
    const params = centralParams(); // g_2027 = 1.7, g_LR = 1.35, easing 2 years
    const annual = annualOf(params);
    for (const year of [2027, 2028, 2029, 2030]) {
      const i = year - annualYear(0);
      const expected = Math.log(1.35) + (Math.log(1.7) - Math.log(1.35)) * Math.exp(-(year - 2027) / 2);
      expect(Math.log(annual[i] / annual[i - 1])).toBeCloseTo(expected, 12);
    }
  });
});

describe('fillWesternProduction', () => {
  // Four fixed-point passes leave at most ~0.5% (seen over 2,000 draws of extreme growth
  // sequences, e.g. 2023 low and 2025 high); the data's own 90% ranges are ±20–25%.
  it('fillWesternProduction(params, ws) sums each whole calendar year to its annual total within 1% (mass-conserving)', () => {
    const ws = createWorkspace(N_MONTHS);
    fc.assert(
      fc.property(paramDrawArbitrary, (draw) => {
        const params = toParamVector(draw);
        fillWesternProduction(params, ws);
        const annual = ws.westernAnnual;
        for (let year = 2023; year <= 2030; year++) {
          const i = year - annualYear(0);
          if (relativeDifference(sumOverYear(ws.series.productionWestern, year), annual[i]) > 1e-2)
            return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('fillWesternProduction(params, ws) sums to the data in 2023–2026 within 0.05% (central parameters)', () => {
    const params = centralParams();
    const ws = createWorkspace(N_MONTHS);
    fillWesternProduction(params, ws);
    for (const year of [2023, 2024, 2025, 2026]) {
      // Before mass-conserving anchors, 2023 summed 7.7% high (steep growth, mid-year anchor).
      expect(
        relativeDifference(sumOverYear(ws.series.productionWestern, year), dataValue(params, year)),
        String(year),
      ).toBeLessThan(5e-4);
    }
  });

  it('fillWesternProduction(params, ws) is continuous: each month-to-month ratio lies between the monthly factors of the anchor segments it straddles', () => {
    const ws = createWorkspace(N_MONTHS);
    fc.assert(
      fc.property(paramDrawArbitrary, (draw) => {
        fillWesternProduction(toParamVector(draw), ws);
        const western = ws.series.productionWestern;
        const anchors = ws.westernAnchors;
        for (let m = 0; m + 1 < N_MONTHS; m++) {
          // month m lies on the segment starting at anchors[i0], i0 = floor(0.5 + (m + 0.5)/12)
          const i0 = Math.floor(0.5 + (m + 0.5) / 12);
          const i1 = Math.floor(0.5 + (m + 1.5) / 12);
          const f0 = (anchors[i0 + 1] / anchors[i0]) ** (1 / 12);
          const f1 = (anchors[i1 + 1] / anchors[i1]) ** (1 / 12);
          const ratio = western[m + 1] / western[m];
          if (ratio < Math.min(f0, f1) * (1 - 1e-12) || ratio > Math.max(f0, f1) * (1 + 1e-12)) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('fillWesternProduction(params, ws) writes NVIDIA as nvidiaShareOfWestern × Western production', () => {
    const params = centralParams();
    const ws = createWorkspace(N_MONTHS);
    fillWesternProduction(params, ws);
    const share = params[P.nvidiaShareOfWestern];
    for (let m = 0; m < N_MONTHS; m++) {
      expect(
        relativeDifference(ws.series.productionNvidia[m], share * ws.series.productionWestern[m]),
      ).toBeLessThan(1e-15);
    }
  });

  // The anchors are solved only as far as a run reads them (solveAnchors): a pass moves an anchor
  // by its neighbours, so stopping pass p at lastRead + 3 − p must leave anchors 0 … lastRead
  // exactly as the solve over the whole span 2022 … LAST_MODEL_YEAR + 1 gives them.
  it('fillWesternProduction(params, ws) solves the anchors a run reads to the bits of the whole-span solve, for every run length', () => {
    const whole = createWorkspace(MAX_MONTHS);
    const lengths = [20, 31, 72, 96, 120, 150, MAX_MONTHS - 12];
    const short = lengths.map((n) => createWorkspace(n));
    fc.assert(
      fc.property(paramDrawArbitrary, (draw) => {
        const params = toParamVector(draw);
        fillWesternProduction(params, whole);
        for (const ws of short) {
          fillWesternProduction(params, ws);
          const read = lastAnchorRead(ws.nMonths) + 1;
          const m = firstBitDifference(
            ws.westernAnchors.subarray(0, read),
            whole.westernAnchors.subarray(0, read),
          );
          if (m >= 0) throw new Error(`${ws.nMonths} months: anchor ${m} differs`);
        }
      }),
      { numRuns: 100 },
    );
    expect(lastAnchorRead(MAX_MONTHS)).toBe(ANNUAL_YEARS - 1);
  });
});
