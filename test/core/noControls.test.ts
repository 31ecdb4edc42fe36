/**
 * The no-controls counterfactual (issue 14): with frontier chips and HBM sold freely from
 * 2023-01 there is nothing to smuggle and no pre-control HBM stockpile. Before the fix it still
 * had smuggling (3% of Western production every month on top of free Blackwell exports) and a
 * stockpile drawn down from 2024-12 on top of full imports (HBM jumped from 120,000 to 194,169
 * chips a month).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthIndex, P, simulate } from '../../src/core/index.ts';
import { centralParams } from '../../src/params/index.ts';
import { paramDrawArbitrary, toParamVector } from '../helpers/paramDraws.ts';
import { presetWorkspace, resolvedPreset } from '../helpers/presets.ts';

const CONTROLS_OF_2024_12 = monthIndex(2024, 12);

describe('the no-controls counterfactual', () => {
  it('simulate(params, no-controls schedule, ws) smuggles nothing in any month, for drawn parameters', () => {
    const schedule = resolvedPreset('no-controls').schedule;
    const ws = presetWorkspace();
    fc.assert(
      fc.property(paramDrawArbitrary, (draw) => {
        simulate(toParamVector(draw), schedule, ws);
        return ws.series.smuggled.every((chips) => chips === 0);
      }),
      { numRuns: 50 },
    );
  });

  it('simulate(params, no-controls schedule, ws) has no pre-control HBM stockpile: HBM is imports plus domestic output', () => {
    const params = centralParams();
    const ws = simulate(params, resolvedPreset('no-controls').schedule, presetWorkspace());
    const hbm = ws.series.prcHbmChips;
    const imports = params[P.hbmImportChipsPerMonth];
    expect(hbm[CONTROLS_OF_2024_12 - 1]).toBe(imports);
    // from 2024-12 only domestic HBM adds to imports; it starts below its 2026-01 anchor
    const added = hbm[CONTROLS_OF_2024_12] - imports;
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(params[P.hbmDomesticChips2026]);
  });

  it('simulate(params, baseline schedule, ws) still draws the stockpile from 2024-12, when the controls came', () => {
    const params = centralParams();
    const ws = simulate(params, resolvedPreset('baseline').schedule, presetWorkspace());
    const firstDraw = params[P.hbmStockpileChips] / params[P.hbmStockpileDrawdownMonths];
    expect(ws.series.prcHbmChips[CONTROLS_OF_2024_12]).toBeGreaterThan(firstDraw);
  });

  it('simulate(params, scenario-two schedule, ws) stops smuggling once Blackwell-class chips sell freely', () => {
    const ws = simulate(centralParams(), resolvedPreset('scenario-two').schedule, presetWorkspace());
    expect(ws.series.smuggled[monthIndex(2026, 6)]).toBeGreaterThan(0);
    expect(ws.series.smuggled[monthIndex(2027, 6)]).toBe(0); // ramp of 12 months from 2026-07
  });
});
