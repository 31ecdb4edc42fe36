/**
 * simulate(params, schedule, ws, 'lead') stops after the lead (§2.5) for callers that read
 * nothing after it. It must give every series it writes to the same bits as a full run, on a
 * workspace holding anything, for drawn parameters and every preset; and extentFor must choose
 * it only when every requested series is written by it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createWorkspace,
  extentFor,
  LEAD_SERIES,
  SERIES_NAMES,
  type SeriesName,
  simulate,
} from '../../src/core/index.ts';
import { resolveScenario } from '../../src/scenario/index.ts';
import { centralDraw, paramDrawArbitrary, toParamVector } from '../helpers/paramDraws.ts';
import { PRESET_NAMES, PRESETS, presetWorkspace, resolvedPreset } from '../helpers/presets.ts';
import { firstBitDifference } from '../helpers/seriesHelpers.ts';

describe("simulate(params, schedule, ws, 'lead')", () => {
  it("simulate(params, schedule, ws, 'lead') writes every LEAD_SERIES column to the bits of a full run, on a soiled workspace (drawn parameters, every preset)", () => {
    const fast = presetWorkspace();
    const full = presetWorkspace();
    fc.assert(
      fc.property(paramDrawArbitrary, fc.constantFrom(...PRESET_NAMES), (draw, preset) => {
        const params = toParamVector(draw);
        const { schedule } = resolvedPreset(preset);
        for (const name of SERIES_NAMES) fast.series[name].fill(Number.NaN);
        simulate(params, schedule, fast, 'lead');
        simulate(params, schedule, full);
        for (const name of LEAD_SERIES) {
          const m = firstBitDifference(fast.series[name], full.series[name]);
          if (m >= 0)
            throw new Error(`${preset} ${name}[${m}]: ${fast.series[name][m]} vs ${full.series[name][m]}`);
        }
      }),
      { numRuns: 60, examples: [[centralDraw(), 'scenario-one']] },
    );
  });

  it("simulate(params, schedule, ws, 'lead') gives the full run's lead for a run that ends at 2028-12 (the sensitivity and policy runs)", () => {
    for (const preset of PRESET_NAMES) {
      const resolved = resolveScenario({ ...PRESETS[preset], end: '2028-12' });
      const fast = simulate(resolved.params, resolved.schedule, createWorkspace(resolved.nMonths), 'lead');
      const full = simulate(resolved.params, resolved.schedule, createWorkspace(resolved.nMonths), 'all');
      expect(firstBitDifference(fast.series.leadMonths, full.series.leadMonths), preset).toBe(-1);
    }
  });

  it("simulate(params, schedule, ws, 'lead') leaves the front series alone (they are not computed)", () => {
    const ws = presetWorkspace();
    ws.series.adoptionUS.fill(-3);
    const { params, schedule } = resolvedPreset('baseline');
    simulate(params, schedule, ws, 'lead');
    expect(ws.series.adoptionUS.every((x) => x === -3)).toBe(true);
  });
});

describe('extentFor(series)', () => {
  it("extentFor(['leadMonths']) is 'lead', and so is every series LEAD_SERIES lists", () => {
    expect(extentFor(['leadMonths'])).toBe('lead');
    expect(extentFor(LEAD_SERIES)).toBe('lead');
  });

  it("extentFor(series) is 'all' as soon as one series is written after the lead (open weights, the fronts)", () => {
    expect(extentFor(['leadMonths', 'openWeightCN'])).toBe('all');
    expect(extentFor(['adoptionUS'])).toBe('all');
    const after = SERIES_NAMES.filter((name) => !LEAD_SERIES.includes(name));
    expect(after.length).toBeGreaterThan(10);
    for (const name of after) expect(extentFor([name as SeriesName]), name).toBe('all');
  });

  it("extentFor([]) is 'lead': a run whose outputs are all scalars of the lead needs nothing more", () => {
    expect(extentFor([])).toBe('lead');
  });
});
