/**
 * §3–§6 the other fronts: the step functions, and fillFrontsPass against a reference written
 * straight from the spec's equations with Math.exp, Math.log and ** (no stepped exponentials,
 * no rearranged logit), so the pass's algebra and its rational approximants are checked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adoptionCeiling,
  adoptionStep,
  adoptionStepByFlow,
  expOfMonthlyStep,
  inferenceThrottle,
  PADE_LIMIT,
} from '../../src/core/adoptionStep.ts';
import { FRONT_SERIES_INFO } from '../../src/core/frontSeries.ts';
import {
  CH,
  type ChannelName,
  createWorkspace,
  P,
  type ParamName,
  parseMonth,
  type Workspace,
} from '../../src/core/index.ts';
import { loadPreset, resolveScenario, runCentral, type Scenario } from '../../src/scenario/index.ts';

/** The baseline preset with other levers (policy from 2026-07, as in the presets). */
function scenario(name: string, levers: Scenario['levers']): Scenario {
  return { ...loadPreset('baseline'), name, levers };
}

/** The three presets, from scenarios/*.yaml. */
const SCENARIOS: readonly Scenario[] = (['baseline', 'scenario-one', 'scenario-two'] as const).map(
  loadPreset,
);

type FrontSeries = Record<keyof typeof FRONT_SERIES_INFO, Float64Array>;

/** Spec §3–§6 evaluated directly, month by month. */
function referenceFronts(params: Float64Array, schedule: Float64Array, ws: Workspace): FrontSeries {
  const n = ws.nMonths;
  const s = ws.series;
  const p = (name: ParamName): number => params[P[name]];
  const lever = (name: ChannelName, m: number): number => schedule[CH[name] * n + m];
  const out = Object.fromEntries(
    Object.keys(FRONT_SERIES_INFO).map((k) => [k, new Float64Array(n)]),
  ) as FrontSeries;

  const blocs = [
    {
      cap: s.capabilityUS,
      compute: s.computeUS,
      effective: s.effectiveComputeUS,
      log10T: ws.log10TrainingUS,
      psi: p('researchShareUS'),
      demandFull: p('inferenceDemandFullUS2023'),
      rate: p('adoptionRateUS'),
      push: 'usAdoptionPush' as const,
      adoption0: p('adoptionInitialUS'),
    },
    {
      cap: s.capabilityCN,
      compute: s.computeCN,
      effective: s.effectiveComputeCN,
      log10T: ws.log10TrainingCN,
      psi: p('researchShareCN'),
      demandFull: p('inferenceDemandFullUS2023') * p('inferenceDemandRatioCN'),
      rate: p('adoptionRateCN'),
      push: 'prcAdoptionPush' as const,
      adoption0: p('adoptionInitialCN'),
    },
  ];
  const supply = (b: (typeof blocs)[number], m: number): number =>
    (1 - b.psi) * p('inferenceShareOfNonResearch') * b.compute[m];
  const perAdopter = (b: (typeof blocs)[number], m: number): number =>
    10 **
    ((p('inferenceIntensityGrowthOOM') * m) / 12 -
      (b.effective[m] - b.log10T[m] - (b.effective[0] - b.log10T[0])));

  const adoptionOut = [out.adoptionUS, out.adoptionCN];
  const throttleOut = [out.adoptionThrottleUS, out.adoptionThrottleCN];
  const resilienceOut = [out.resilienceUS, out.resilienceCN];
  const exposed = [p('exposedShareUS'), p('exposedShareCN')];
  const adapt = [p('adaptationCapacityUS'), p('adaptationCapacityCN')];
  blocs.forEach((b, i) => {
    let a = b.adoption0;
    for (let m = 0; m < n; m++) {
      const ceiling =
        p('adoptionCeilingMax') /
        (1 + Math.exp(-(b.cap[m] - p('adoptionCeilingMidECI')) / p('adoptionCeilingScaleECI')));
      const demand = a * b.demandFull * perAdopter(b, m);
      const throttle = Math.min(1, supply(b, m) / demand);
      const q = (b.rate / 12) * (1 + p('adoptionPushGain') * lever(b.push, m)) * throttle;
      const next = a >= ceiling ? a : (a * (1 + q)) / (1 + (q * a) / ceiling);
      adoptionOut[i][m] = a;
      throttleOut[i][m] = throttle;
      resilienceOut[i][m] = adapt[i] - exposed[i] * (next - a) * 12;
      a = next;
    }
  });

  let share = 1 - p('globalShareCN2023');
  const [us, cn] = blocs;
  for (let m = 0; m < n; m++) {
    const priceUS = (us.demandFull * perAdopter(us, m)) / supply(us, m);
    const priceCN =
      ((cn.demandFull * perAdopter(cn, m)) / supply(cn, m)) *
      (1 - p('prcSubsidyPriceCut')) ** lever('prcSubsidies', m);
    const valueGap =
      p('shareCapabilityWeight') * (us.cap[m] - cn.cap[m]) -
      p('sharePriceElasticity') * Math.log(priceUS / priceCN) +
      p('usAiExportsWeight') * lever('usAiExports', m) +
      p('shareConstantUS');
    const target = 1 / (1 + Math.exp(-valueGap));
    out.globalShareUS[m] = share;
    out.globalShareCN[m] = 1 - share;
    share += (target - share) * (1 - Math.exp(-1 / (12 * p('lockInYears'))));
  }
  for (let m = 0; m < n; m++) {
    const lead = s.leadMonths[m];
    out.neckAndNeck[m] = Math.abs(lead) < p('raceThresholdMonths') ? 1 : 0;
    out.safetyMarginMonths[m] = lead - p('preDeploymentTestingMonths');
  }
  return out;
}

describe('expOfMonthlyStep(z)', () => {
  it('equals Math.exp to 1e-9 (relative) for |z| ≤ 16', () => {
    fc.assert(
      fc.property(fc.double({ min: -16, max: 16, noNaN: true }), (z) => {
        expect(Math.abs(expOfMonthlyStep(z) / Math.exp(z) - 1)).toBeLessThan(1e-9);
      }),
      { numRuns: 2000 },
    );
  });

  it('is accurate to 1e-13 at a typical monthly step (|z| ≤ 0.05)', () => {
    for (const z of [-0.05, -0.02, -1e-6, 0, 1e-6, 0.02, 0.05]) {
      expect(Math.abs(expOfMonthlyStep(z) / Math.exp(z) - 1)).toBeLessThan(1e-13);
    }
  });

  it('is continuous across PADE_LIMIT', () => {
    const below = expOfMonthlyStep(PADE_LIMIT);
    const above = expOfMonthlyStep(PADE_LIMIT * (1 + 1e-12));
    expect(Math.abs(above / below - 1)).toBeLessThan(1e-9);
  });
});

describe('adoptionStep(adoption, ceiling, growthPerMonth)', () => {
  const share = fc.double({ min: 1e-4, max: 1, noNaN: true });
  const growth = fc.double({ min: 0, max: 1, noNaN: true });

  it('moves A toward M without crossing it, and holds A when A ≥ M', () => {
    fc.assert(
      fc.property(share, share, growth, (a, ceiling, q) => {
        const next = adoptionStep(a, ceiling, q);
        if (a >= ceiling) expect(next).toBe(a);
        else {
          expect(next).toBeGreaterThanOrEqual(a);
          expect(next).toBeLessThanOrEqual(ceiling * (1 + Number.EPSILON));
        }
      }),
    );
  });

  it('is nondecreasing in A, in q and in M', () => {
    fc.assert(
      fc.property(share, share, share, growth, growth, (a1, a2, ceiling, q1, q2) => {
        const [aLo, aHi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        const [qLo, qHi] = q1 <= q2 ? [q1, q2] : [q2, q1];
        expect(adoptionStep(aLo, ceiling, qHi)).toBeLessThanOrEqual(
          adoptionStep(aHi, ceiling, qHi) * (1 + 1e-15),
        );
        expect(adoptionStep(aLo, ceiling, qLo)).toBeLessThanOrEqual(
          adoptionStep(aLo, ceiling, qHi) * (1 + 1e-15),
        );
        expect(adoptionStep(aLo, ceiling * 0.9, qLo)).toBeLessThanOrEqual(
          adoptionStep(aLo, ceiling, qLo) * (1 + 1e-15),
        );
      }),
    );
  });

  it('grows at rate q while A ≪ M and converges to M', () => {
    expect(adoptionStep(1e-6, 1, 0.05) / 1e-6).toBeCloseTo(1.05, 6);
    let a = 0.01;
    for (let t = 0; t < 2000; t++) a = adoptionStep(a, 0.8, 0.05);
    expect(a).toBeCloseTo(0.8, 10);
  });
});

describe('adoptionStepByFlow(adoption, ceilingMax, ceilingDivisor, flowPerMonth)', () => {
  it('equals adoptionStep(A, M_max / d, g / A)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-4, max: 0.5, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        (a, ceilingMax, divisor, q) => {
          const byFlow = adoptionStepByFlow(a, ceilingMax, divisor, q * a);
          expect(byFlow).toBeCloseTo(adoptionStep(a, ceilingMax / divisor, q), 14);
        },
      ),
    );
  });
});

describe('inferenceThrottle(supplyH100e, demandH100e)', () => {
  it('is 1 when supply covers demand, supply/demand otherwise', () => {
    expect(inferenceThrottle(100, 50)).toBe(1);
    expect(inferenceThrottle(100, 100)).toBe(1);
    expect(inferenceThrottle(50, 200)).toBe(0.25);
    expect(inferenceThrottle(10, 0)).toBe(1);
  });
});

describe('adoptionCeiling(capabilityECI, ceilingMax, midECI, scaleECI)', () => {
  it('is M_max/2 at capMid and rises with capability toward M_max', () => {
    expect(adoptionCeiling(140, 0.9, 140, 20)).toBeCloseTo(0.45, 12);
    expect(adoptionCeiling(120, 0.9, 140, 20)).toBeLessThan(adoptionCeiling(160, 0.9, 140, 20));
    expect(adoptionCeiling(400, 0.9, 140, 20)).toBeCloseTo(0.9, 5);
  });
});

describe('fillFrontsPass(params, schedule, ws)', () => {
  for (const sc of SCENARIOS) {
    it(`matches the spec evaluated directly (${sc.name}, central parameters)`, () => {
      const resolved = resolveScenario(sc);
      const ws = runCentral(resolved);
      const reference = referenceFronts(resolved.params, resolved.schedule, ws);
      for (const [name, expected] of Object.entries(reference)) {
        const actual = ws.series[name as keyof FrontSeries];
        for (let m = 0; m < ws.nMonths; m++) {
          const tolerance = 1e-9 * Math.max(1, Math.abs(expected[m]));
          if (Math.abs(actual[m] - expected[m]) > tolerance) {
            throw new Error(`${name}[${m}] = ${actual[m]}, reference ${expected[m]}`);
          }
        }
      }
    });
  }

  it('gives shares that sum to 1 and a throttle in (0, 1]', () => {
    const ws = runCentral(resolveScenario(SCENARIOS[0]));
    for (let m = 0; m < ws.nMonths; m++) {
      expect(ws.series.globalShareUS[m] + ws.series.globalShareCN[m]).toBeCloseTo(1, 15);
      expect(ws.series.adoptionThrottleCN[m]).toBeGreaterThan(0);
      expect(ws.series.adoptionThrottleCN[m]).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic and does not depend on what the workspace held before', () => {
    const resolved = resolveScenario(SCENARIOS[1]);
    const fresh = runCentral(resolved);
    const reused = createWorkspace(resolved.nMonths);
    runCentral(resolveScenario(SCENARIOS[2]), reused);
    runCentral(resolved, reused);
    for (const name of Object.keys(FRONT_SERIES_INFO) as (keyof FrontSeries)[]) {
      expect(Array.from(reused.series[name])).toEqual(Array.from(fresh.series[name]));
    }
  });

  it('leaves the history before policyStart untouched by the fronts levers', () => {
    const low = runCentral(
      resolveScenario(
        scenario('low', { usAiExports: 0, usAdoptionPush: 0, prcAdoptionPush: 0, prcSubsidies: 0 }),
      ),
    );
    const high = runCentral(
      resolveScenario(
        scenario('high', { usAiExports: 1, usAdoptionPush: 1, prcAdoptionPush: 1, prcSubsidies: 1 }),
      ),
    );
    const policyStart = parseMonth('2026-07');
    for (const name of ['adoptionUS', 'adoptionCN', 'globalShareUS'] as const) {
      for (let m = 0; m <= policyStart; m++) expect(high.series[name][m]).toBe(low.series[name][m]);
      expect(high.series[name][low.nMonths - 1]).not.toBe(low.series[name][low.nMonths - 1]);
    }
  });
});
