/** §2.6 Open-weight diffusion: the lag formula, the open-weight trajectory and the Mythos month. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthIndexOfDecimalYear, openWeightLagMonths, P, simulate } from '../../src/core/index.ts';
import { centralParams } from '../../src/params/index.ts';
import { paramDrawArbitrary, toParamVector } from '../helpers/paramDraws.ts';
import { PRESET_NAMES, presetWorkspace, resolvedPreset } from '../helpers/presets.ts';

describe('openWeightLagMonths', () => {
  it('openWeightLagMonths(params) = openReleaseLagMonths + (1/openReleaseShare − 1) × frontierReleaseIntervalMonths', () => {
    // central: 1 + (1/0.7 − 1)·4 = 1 + 12/7
    expect(openWeightLagMonths(centralParams())).toBeCloseTo(1 + 12 / 7, 14);
    const params = centralParams();
    params[P.openReleaseLagMonths] = 2;
    params[P.openReleaseShare] = 0.25;
    params[P.frontierReleaseIntervalMonths] = 5;
    expect(openWeightLagMonths(params)).toBeCloseTo(2 + 3 * 5, 14);
    params[P.openReleaseShare] = 1; // every frontier model is released open: only the release lag
    expect(openWeightLagMonths(params)).toBe(2);
  });

  it('openWeightLagMonths(params) grows as fewer models are released open', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (a, b) => {
          const params = centralParams();
          params[P.openReleaseShare] = Math.min(a, b);
          const fewer = openWeightLagMonths(params);
          params[P.openReleaseShare] = Math.max(a, b);
          return fewer >= openWeightLagMonths(params);
        },
      ),
    );
  });
});

describe('fillOpenWeight (through simulate)', () => {
  it('simulate(params, schedule, ws) sets openWeightCN(t) = c(t − lag), interpolated, extrapolated before 2023-01', () => {
    const ws = presetWorkspace();
    fc.assert(
      fc.property(paramDrawArbitrary, fc.constantFrom(...PRESET_NAMES), (draw, preset) => {
        const params = toParamVector(draw);
        simulate(params, resolvedPreset(preset).schedule, ws);
        const c = ws.series.effectiveComputeCN;
        const open = ws.series.openWeightCN;
        const lag = openWeightLagMonths(params);
        for (let m = 0; m < ws.nMonths; m++) {
          const at = m - lag;
          const j = Math.floor(at);
          const expected = at <= 0 ? c[0] + (c[1] - c[0]) * at : c[j] + (c[j + 1] - c[j]) * (at - j);
          if (Math.abs(open[m] - expected) > 1e-9) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('simulate(params, schedule, ws) reports the first month the open-weight model reaches the US frontier of the Mythos month, or −1', () => {
    const ws = presetWorkspace();
    fc.assert(
      fc.property(paramDrawArbitrary, fc.constantFrom(...PRESET_NAMES), (draw, preset) => {
        const params = toParamVector(draw);
        simulate(params, resolvedPreset(preset).schedule, ws);
        const reference =
          ws.series.effectiveComputeUS[monthIndexOfDecimalYear(params[P.mythosReferenceYear])];
        const open = ws.series.openWeightCN;
        let first = -1;
        for (let m = 0; m < ws.nMonths && first < 0; m++) if (open[m] >= reference) first = m;
        return ws.scalars.openWeightMythosMonth === first;
      }),
      { numRuns: 200 },
    );
  });

  it('simulate(params, schedule, ws) puts the Mythos-class open-weight month after the Mythos month (central parameters, every preset)', () => {
    const mythosMonth = monthIndexOfDecimalYear(centralParams()[P.mythosReferenceYear]);
    for (const preset of PRESET_NAMES) {
      const ws = simulate(resolvedPreset(preset).params, resolvedPreset(preset).schedule, presetWorkspace());
      expect(ws.scalars.openWeightMythosMonth, preset).toBeGreaterThan(mythosMonth);
    }
  });
});
