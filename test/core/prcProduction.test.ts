/**
 * §1.2 PRC domestic production P_D = min(logic, HBM) × perf × (1 + other vendors), and the
 * Ascend roadmap perf(t). Roadmap dates as documented in src/core/prcProduction.ts (B16, B18):
 * 910B 2023.5, 910C 2025.5, 960 2027 + 11/12, 970 2028 + 11/12, the last two shifted by
 * ascendRoadmapDelayYears.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ascendPerf,
  CH,
  createWorkspace,
  decimalYearMid,
  monthIndex,
  P,
  type ParamName,
  simulate,
} from '../../src/core/index.ts';
import { centralParams } from '../../src/params/index.ts';
import { buildSchedule } from '../../src/scenario/schedule.ts';
import { paramDrawArbitrary, toParamVector } from '../helpers/paramDraws.ts';
import { PRESET_NAMES, presetWorkspace, resolvedPreset } from '../helpers/presets.ts';
import { relativeDifference } from '../helpers/seriesHelpers.ts';

const Y910B = 2023.5;
const Y910C = 2025.5;
const Y960 = 2027 + 11 / 12;
const Y970 = 2028 + 11 / 12;

function withParams(changes: Partial<Record<ParamName, number>>): Float64Array {
  const params = centralParams();
  for (const [name, value] of Object.entries(changes) as [ParamName, number][]) params[P[name]] = value;
  return params;
}

describe('ascendPerf', () => {
  const params = withParams({ ascendRoadmapDelayYears: 0 });
  const roadmap: readonly (readonly [number, ParamName])[] = [
    [Y910B, 'ascendPerf910B'],
    [Y910C, 'ascendPerf910C'],
    [Y960, 'ascendPerf960'],
    [Y970, 'ascendPerf970'],
  ];

  it('ascendPerf(params, year) hits each roadmap point at its date (delay 0)', () => {
    for (const [year, name] of roadmap)
      expect(relativeDifference(ascendPerf(params, year), params[P[name]]), name).toBeLessThan(1e-14);
  });

  it('ascendPerf(params, year) is log-linear between roadmap points', () => {
    for (let k = 0; k + 1 < roadmap.length; k++) {
      const [y0, n0] = roadmap[k];
      const [y1, n1] = roadmap[k + 1];
      for (const f of [0.1, 0.5, 0.9]) {
        const expected = Math.exp(Math.log(params[P[n0]]) * (1 - f) + Math.log(params[P[n1]]) * f);
        expect(
          relativeDifference(ascendPerf(params, y0 + f * (y1 - y0)), expected),
          `${n0}→${n1} at ${f}`,
        ).toBeLessThan(1e-12);
      }
    }
  });

  it('ascendPerf(params, year) is flat before the 910B and grows at ascendPerfGrowthAfterRoadmap after the 970', () => {
    expect(ascendPerf(params, 2023.0)).toBe(params[P.ascendPerf910B]);
    const growth = params[P.ascendPerfGrowthAfterRoadmap];
    expect(
      relativeDifference(ascendPerf(params, Y970 + 1.5), params[P.ascendPerf970] * growth ** 1.5),
    ).toBeLessThan(1e-12);
  });

  it('ascendPerf(params, year) shifts the 960 and 970 dates by ascendRoadmapDelayYears', () => {
    const delayed = withParams({ ascendRoadmapDelayYears: 0.75 });
    expect(relativeDifference(ascendPerf(delayed, Y960 + 0.75), delayed[P.ascendPerf960])).toBeLessThan(
      1e-14,
    );
    expect(relativeDifference(ascendPerf(delayed, Y970 + 0.75), delayed[P.ascendPerf970])).toBeLessThan(
      1e-14,
    );
    expect(ascendPerf(delayed, Y960)).toBeLessThan(delayed[P.ascendPerf960]);
  });
});

describe('fillPrcProduction (through simulate)', () => {
  it('simulate(params, schedule, ws) writes productionPRC = min(logic, HBM) × perf × (1 + otherPrcVendorsShare) every month', () => {
    const ws = presetWorkspace();
    fc.assert(
      fc.property(paramDrawArbitrary, fc.constantFrom(...PRESET_NAMES), (draw, preset) => {
        const params = toParamVector(draw);
        simulate(params, resolvedPreset(preset).schedule, ws);
        const s = ws.series;
        const others = 1 + params[P.otherPrcVendorsShare];
        for (let m = 0; m < ws.nMonths; m++) {
          const huawei = Math.min(s.prcLogicChips[m], s.prcHbmChips[m]) * s.ascendPerf[m];
          if (relativeDifference(s.productionHuawei[m], huawei) > 1e-14) return false;
          if (relativeDifference(s.productionPRC[m], huawei * others) > 1e-14) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('simulate(params, schedule, ws) steps perf along ascendPerf(params, mid-month year) without drift', () => {
    const ws = presetWorkspace();
    fc.assert(
      fc.property(paramDrawArbitrary, (draw) => {
        const params = toParamVector(draw);
        simulate(params, resolvedPreset('baseline').schedule, ws);
        for (let m = 0; m < ws.nMonths; m++) {
          if (relativeDifference(ws.series.ascendPerf[m], ascendPerf(params, decimalYearMid(m))) > 1e-12)
            return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('simulate(params, schedule, ws) meets the SMIC anchor: logic chips in 2025-12 = wafers × share × dies × yield / dies per chip + die-bank draw', () => {
    const params = centralParams();
    const ws = simulate(params, resolvedPreset('baseline').schedule, presetWorkspace());
    const m = monthIndex(2025, 12);
    const fromWafers =
      (params[P.smicAdvancedWpm2025] *
        params[P.ascendWaferShare] *
        params[P.grossDiesPerWafer] *
        params[P.smicYield]) /
      params[P.diesPerAscendChip];
    const tau = params[P.dieBankDrawdownMonths];
    const bankDraw = (params[P.dieBankChips] / tau) * Math.exp(-(m - monthIndex(2025, 1)) / tau);
    expect(relativeDifference(ws.series.prcLogicChips[m], fromWafers + bankDraw)).toBeLessThan(1e-12);
  });

  it('simulate(params, schedule, ws) meets the HBM anchors: imports before the 2024-12 controls; stockpile draw + domestic 2026 in 2026-01', () => {
    const params = centralParams();
    const ws = simulate(params, resolvedPreset('baseline').schedule, presetWorkspace());
    const hbm = ws.series.prcHbmChips;
    for (let m = 0; m < monthIndex(2024, 12); m++) expect(hbm[m]).toBe(params[P.hbmImportChipsPerMonth]);
    const m = monthIndex(2026, 1);
    const tau = params[P.hbmStockpileDrawdownMonths];
    const stockDraw = (params[P.hbmStockpileChips] / tau) * Math.exp(-(m - monthIndex(2024, 12)) / tau);
    expect(relativeDifference(hbm[m], stockDraw + params[P.hbmDomesticChips2026])).toBeLessThan(1e-12);
  });

  // Growth of logic (without the die bank) and domestic HBM (without stockpile or imports) after a
  // full ramp to each control level: ln growth per year × (1 − sensitivity × intensity).
  const levels = [
    ['loosened', -1],
    ['current', 0],
    ['tightened', 1],
  ] as const;
  for (const [level, intensity] of levels) {
    it(`simulate(params, schedule, ws) grows SMIC logic at smicCapacityGrowth^(1 − s·${intensity}) per year under smeControls ${level}`, () => {
      const params = withParams({ dieBankChips: 0 });
      const schedule = buildSchedule(
        { smeControls: level },
        { policyStart: monthIndex(2026, 7), rampMonths: 6 },
        96,
      );
      const ws = simulate(params, schedule, createWorkspace(96));
      const expected =
        params[P.smicCapacityGrowth] ** ((1 - params[P.controlGrowthSensitivity] * intensity) / 12);
      const logic = ws.series.prcLogicChips;
      for (let m = monthIndex(2027, 1); m + 1 < 96; m++)
        expect(relativeDifference(logic[m + 1] / logic[m], expected)).toBeLessThan(1e-12);
    });

    it(`simulate(params, schedule, ws) grows domestic HBM at hbmDomesticGrowth^(1 − s·${intensity}) per year under hbmControls ${level}`, () => {
      const params = withParams({ hbmStockpileChips: 0, hbmImportChipsPerMonth: 0 });
      const schedule = buildSchedule(
        { hbmControls: level },
        { policyStart: monthIndex(2026, 7), rampMonths: 6 },
        96,
      );
      const ws = simulate(params, schedule, createWorkspace(96));
      const expected =
        params[P.hbmDomesticGrowth] ** ((1 - params[P.controlGrowthSensitivity] * intensity) / 12);
      const hbm = ws.series.prcHbmChips;
      for (let m = monthIndex(2027, 1); m + 1 < 96; m++)
        expect(relativeDifference(hbm[m + 1] / hbm[m], expected)).toBeLessThan(1e-12);
    });
  }

  it('simulate(params, schedule, ws) adds HBM imports in proportion to how far hbmControls are loosened', () => {
    const params = centralParams();
    const window = { policyStart: monthIndex(2026, 7), rampMonths: 12 };
    const loosened = simulate(
      params,
      buildSchedule({ hbmControls: 'loosened' }, window, 96),
      createWorkspace(96),
    );
    const current = simulate(params, buildSchedule({}, window, 96), createWorkspace(96));
    const m = monthIndex(2026, 9); // third month of the ramp: hbmControls = −3/12
    const schedule = buildSchedule({ hbmControls: 'loosened' }, window, 96);
    expect(schedule[CH.hbmControls * 96 + m]).toBeCloseTo(-0.25, 15);
    // the imports term is exact; domestic HBM also grows faster under loosening, so the gap is at least the imports
    const extra = loosened.series.prcHbmChips[m] - current.series.prcHbmChips[m];
    expect(extra).toBeGreaterThanOrEqual(0.25 * params[P.hbmImportChipsPerMonth]);
    expect(extra).toBeLessThan(0.25 * params[P.hbmImportChipsPerMonth] * 1.05);
  });
});
