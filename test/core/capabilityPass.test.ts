/** §2.2–2.4 Algorithmic progress, catch-up and the capability index, through simulate. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tighteningEffects } from '../../src/analysis/checks.ts';
import { presetCheckContext } from '../../src/analysis/pipeline/presetChecks.ts';
import { CH } from '../../src/core/channels.ts';
import {
  createWorkspace,
  distillationThreshold,
  monthIndexOfDecimalYear,
  P,
  simulate,
} from '../../src/core/index.ts';
import { centralParams } from '../../src/params/index.ts';
import { buildSchedule } from '../../src/scenario/schedule.ts';
import { paramDrawArbitrary, toParamVector } from '../helpers/paramDraws.ts';
import { PRESET_NAMES, presetWorkspace, resolvedPreset } from '../helpers/presets.ts';

describe('fillCapabilityPass (through simulate)', () => {
  it('simulate(params, schedule, ws) anchors the ECI scale: capabilityUS = eciReference at the reference month', () => {
    const ws = presetWorkspace();
    fc.assert(
      fc.property(paramDrawArbitrary, fc.constantFrom(...PRESET_NAMES), (draw, preset) => {
        const params = toParamVector(draw);
        simulate(params, resolvedPreset(preset).schedule, ws);
        return (
          ws.series.capabilityUS[monthIndexOfDecimalYear(params[P.eciReferenceYear])] ===
          params[P.eciReference]
        );
      }),
      { numRuns: 200 },
    );
    // GPT-5 = ECI 150 in 2025-08 (D06)
    const central = simulate(centralParams(), resolvedPreset('baseline').schedule, ws);
    expect(monthIndexOfDecimalYear(2025.625)).toBe(31);
    expect(central.series.capabilityUS[31]).toBe(150);
  });

  it('simulate(params, schedule, ws) writes capability as ECI_ref + k·(x − u_ref): cap_US − cap_CN = k·gapOOM', () => {
    const params = centralParams();
    const ws = simulate(params, resolvedPreset('baseline').schedule, presetWorkspace());
    const k = params[P.eciPerOOM];
    for (let m = 0; m < ws.nMonths; m++) {
      expect(ws.series.capabilityUS[m] - ws.series.capabilityCN[m]).toBeCloseTo(k * ws.series.gapOOM[m], 9);
    }
  });

  it('simulate(params, schedule, ws) starts the PRC initialLeadMonths behind the US (lead at 2023-01)', () => {
    const ws = presetWorkspace();
    fc.assert(
      fc.property(paramDrawArbitrary, fc.constantFrom(...PRESET_NAMES), (draw, preset) => {
        const params = toParamVector(draw);
        simulate(params, resolvedPreset(preset).schedule, ws);
        return Math.abs(ws.series.leadMonths[0] - params[P.initialLeadMonths]) < 1e-9;
      }),
      { numRuns: 200 },
    );
  });

  it('simulate(params, schedule, ws) at η = 0 writes κ_CN = κ_spill + κ_distill·(1 − deterrence)·θ(T_CN) and θ from training compute', () => {
    const params = centralParams();
    params[P.catchUpComputeElasticity] = 0;
    const resolved = resolvedPreset('scenario-one');
    const ws = simulate(params, resolved.schedule, presetWorkspace());
    const n = ws.nMonths;
    for (let m = 0; m < n; m++) {
      const theta = distillationThreshold(
        Math.log10(ws.series.trainingFlopCN[m]),
        params[P.distillThresholdLog10FLOP],
        params[P.distillThresholdWidthOOM],
      );
      expect(ws.series.distillThreshold[m]).toBeCloseTo(theta, 12);
      const deterrence = resolved.schedule[CH.distillationDeterrence * n + m];
      const kappa = params[P.spilloverPerYear] + params[P.distillationPerYear] * (1 - deterrence) * theta;
      expect(ws.series.catchUpRateCN[m]).toBeCloseTo(kappa, 12);
    }
  });

  it('simulate(params, schedule, ws) keeps the AI-R&D boost at 0 up to the ECI reference month and within [0, boostMax] after', () => {
    const ws = presetWorkspace();
    fc.assert(
      fc.property(paramDrawArbitrary, fc.constantFrom(...PRESET_NAMES), (draw, preset) => {
        const params = toParamVector(draw);
        simulate(params, resolvedPreset(preset).schedule, ws);
        const ref = monthIndexOfDecimalYear(params[P.eciReferenceYear]);
        const max = params[P.boostMax];
        for (let m = 0; m < ws.nMonths; m++) {
          for (const boost of [ws.series.boostUS[m], ws.series.boostCN[m]]) {
            if (m <= ref ? boost !== 0 : boost < 0 || boost > max) return false;
          }
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  // A horizon that ends before the ECI reference month (2025-08) cannot anchor capability; the
  // engine refuses it as a programmer error (scenario files require end ≥ 2028-12) instead of
  // writing NaN.
  it('simulate(params, schedule, ws) throws for a horizon that ends before the ECI reference month (end 2025-06)', () => {
    const n = 30; // 2023-01 … 2025-06
    expect(() =>
      simulate(centralParams(), buildSchedule({}, { policyStart: n, rampMonths: 12 }, n), createWorkspace(n)),
    ).toThrow(/ECI reference month/);
  });
  it('simulate(params, schedule, ws) takes research_ref from the table: α in a month does not depend on later months', () => {
    // Baseline and no-controls have the same compute at 2023-01; before the fix research_ref was
    // each run's own US research compute of 2024-06, so α_CN(2023-01) was 0.22646 vs 0.22958.
    const base = simulate(centralParams(), resolvedPreset('baseline').schedule, presetWorkspace());
    const free = simulate(centralParams(), resolvedPreset('no-controls').schedule, presetWorkspace());
    expect(free.series.computeCN[0]).toBe(base.series.computeCN[0]);
    expect(free.series.algoProgressCN[0]).toBe(base.series.algoProgressCN[0]);
    expect(free.series.algoProgressUS[0]).toBe(base.series.algoProgressUS[0]);
  });

  it('simulate(params, schedule, ws) gives α_US = α0 · (ψ_US A_US / research_ref)^λ before the boost', () => {
    const params = centralParams();
    const ws = simulate(params, resolvedPreset('baseline').schedule, presetWorkspace());
    const m = 18; // 2024-07, before any boost
    const expected =
      params[P.algoProgressOOMPerYear] *
      ((params[P.researchShareUS] * ws.series.computeUS[m]) / params[P.researchReferenceH100e]) **
        params[P.researchElasticity];
    expect(ws.series.boostUS[m]).toBe(0);
    expect(ws.series.algoProgressUS[m]).toBeCloseTo(expected, 12);
  });
  it('simulate(params, schedule, ws) writes κ_CN = κ_spill + κ_distill (1 − d) θ(T_CN) (R_ref/R)^η every month', () => {
    const schedule = resolvedPreset('scenario-one').schedule;
    const n = resolvedPreset('scenario-one').nMonths;
    for (const eta of [0, 0.5, 1]) {
      const params = centralParams();
      params[P.catchUpComputeElasticity] = eta;
      const ws = simulate(params, schedule, presetWorkspace());
      for (let m = 0; m < n; m++) {
        const theta = distillationThreshold(
          Math.log10(ws.series.trainingFlopCN[m]),
          params[P.distillThresholdLog10FLOP],
          params[P.distillThresholdWidthOOM],
        );
        const expected =
          params[P.spilloverPerYear] +
          params[P.distillationPerYear] *
            (1 - schedule[CH.distillationDeterrence * n + m]) *
            theta *
            (params[P.catchUpReferenceRatio] / ws.series.computeRatio[m]) ** eta;
        expect(ws.series.catchUpRateCN[m], `η ${eta}, month ${m}`).toBeCloseTo(expected, 12);
      }
    }
  });

  it('tighteningEffects(ctx, {η}): each compute lever alone lengthens the baseline 2028-12 lead more at η = 1 than at η = 0 (central)', () => {
    const ctx = presetCheckContext();
    const at0 = tighteningEffects(ctx, { catchUpComputeElasticity: 0 });
    const at1 = tighteningEffects(ctx, { catchUpComputeElasticity: 1 });
    for (let i = 0; i < at0.length; i++) {
      if (at0[i].label.startsWith('distillationDeterrence')) continue; // not a compute lever
      expect(at0[i].deltaMonths, at0[i].label).toBeGreaterThan(0);
      expect(at1[i].deltaMonths, at1[i].label).toBeGreaterThan(at0[i].deltaMonths);
    }
  });
});
