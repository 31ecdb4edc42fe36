/**
 * Invariants and monotone lever effects of the other fronts (spec §3–§4), over random parameter
 * vectors and lever settings: adoption and shares stay in [0, 1]; US AI exports never cost the
 * US share; PRC subsidies never cost the PRC share; a push never slows adoption; less inference
 * compute never speeds it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRONT_PARAM_NAMES } from '../../src/core/frontParamNames.ts';
import { fillFrontsPass } from '../../src/core/frontsPass.ts';
import {
  createWorkspace,
  N_PARAMS,
  P,
  type ParamName,
  simulate,
  type Workspace,
} from '../../src/core/index.ts';
import { PARAM_TABLE, paramSpec } from '../../src/params/index.ts';
import type { Levers } from '../../src/scenario/levers.ts';
import { type ResolvedScenario, resolveScenario, type Scenario } from '../../src/scenario/scenario.ts';
import { leversOf } from '../helpers/leverDraws.ts';
import { paramDrawArbitrary, toParamVector } from '../helpers/paramDraws.ts';

const NUM_RUNS = 60;
/** Relative slack for comparisons of two runs that differ only in one input. */
const SLACK = 1e-12;

function scenario(levers: Partial<Levers>): Scenario {
  return {
    name: 'fronts-property',
    title: 'fronts property',
    description: '',
    source: 'test',
    levers,
    policyStart: '2026-07',
    rampMonths: 12,
    start: '2023-01',
    end: '2030-12',
    params: {},
    correlations: [],
  };
}

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const frontLevers = leversOf(
  [
    'chipExports',
    'remoteAccess',
    'distillationDeterrence',
    'usAiExports',
    'usAdoptionPush',
    'prcAdoptionPush',
    'prcSubsidies',
  ],
  { required: true },
);

/** Front parameters anywhere in their supported range; the rest at central values. */
const frontParams: fc.Arbitrary<Partial<Record<ParamName, number>>> = fc.record(
  Object.fromEntries(
    FRONT_PARAM_NAMES.map((name) => {
      const [lo, hi] = paramSpec(name).range;
      return [name, fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true })];
    }),
  ) as Record<ParamName, fc.Arbitrary<number>>,
);

function withParams(resolved: ResolvedScenario, overrides: Partial<Record<ParamName, number>>): Float64Array {
  const params = Float64Array.from(resolved.params);
  for (const [name, value] of Object.entries(overrides) as [ParamName, number][]) params[P[name]] = value;
  return params;
}

function run(params: Float64Array, schedule: Float64Array, ws: Workspace = createWorkspace(96)): Workspace {
  return simulate(params, schedule, ws);
}

function expectShareSeries(ws: Workspace): void {
  const s = ws.series;
  for (let m = 0; m < ws.nMonths; m++) {
    for (const x of [s.adoptionUS[m], s.adoptionCN[m], s.globalShareUS[m], s.globalShareCN[m]]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }
    for (const x of [s.adoptionThrottleUS[m], s.adoptionThrottleCN[m]]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThanOrEqual(1);
    }
    expect(Number.isFinite(s.resilienceUS[m]) && Number.isFinite(s.resilienceCN[m])).toBe(true);
  }
}

/** Every month of `low` is at most `high` (with relative slack for rounding). */
function expectNotAbove(low: Float64Array, high: Float64Array, label: string): void {
  for (let m = 0; m < low.length; m++) {
    if (low[m] > high[m] + SLACK * Math.max(1, Math.abs(high[m]))) {
      throw new Error(`${label}: month ${m}: ${low[m]} > ${high[m]}`);
    }
  }
}

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

describe('fillFrontsPass(params, schedule, ws) invariants', () => {
  it('keeps adoption, throttles and shares in [0, 1] with front parameters anywhere in their ranges', () => {
    const ws = createWorkspace(96);
    fc.assert(
      fc.property(frontLevers, frontParams, (levers, overrides) => {
        const resolved = resolveScenario(scenario(levers));
        expectShareSeries(run(withParams(resolved, overrides), resolved.schedule, ws));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('keeps them in [0, 1] with every parameter drawn inside its distribution', () => {
    const ws = createWorkspace(96);
    fc.assert(
      fc.property(frontLevers, paramDrawArbitrary, (levers, draw) => {
        const resolved = resolveScenario(scenario(levers));
        expectShareSeries(run(toParamVector(draw), resolved.schedule, ws));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('covers every front parameter with a table row (the range the first property draws from)', () => {
    const names = new Set(PARAM_TABLE.map((spec) => spec.name));
    for (const name of FRONT_PARAM_NAMES) expect(names.has(name)).toBe(true);
    expect(PARAM_TABLE.length).toBe(N_PARAMS);
  });
});

describe('fillFrontsPass(params, schedule, ws) lever effects', () => {
  /** Runs the same draw at two values of one lever. */
  function pair(
    lever: 'usAiExports' | 'prcSubsidies' | 'usAdoptionPush' | 'prcAdoptionPush',
    levers: Partial<Levers>,
    overrides: Partial<Record<ParamName, number>>,
    lo: number,
    hi: number,
  ): [Workspace, Workspace] {
    const low = resolveScenario(scenario({ ...levers, [lever]: lo }));
    const high = resolveScenario(scenario({ ...levers, [lever]: hi }));
    return [run(withParams(low, overrides), low.schedule), run(withParams(high, overrides), high.schedule)];
  }

  it('raising usAiExports never lowers globalShareUS', () => {
    fc.assert(
      fc.property(frontLevers, frontParams, unit, unit, (levers, overrides, a, b) => {
        const [lo, hi] = ordered(a, b);
        const [low, high] = pair('usAiExports', levers, overrides, lo, hi);
        expectNotAbove(low.series.globalShareUS, high.series.globalShareUS, 'globalShareUS');
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('raising prcSubsidies never lowers globalShareCN', () => {
    fc.assert(
      fc.property(frontLevers, frontParams, unit, unit, (levers, overrides, a, b) => {
        const [lo, hi] = ordered(a, b);
        const [low, high] = pair('prcSubsidies', levers, overrides, lo, hi);
        expectNotAbove(low.series.globalShareCN, high.series.globalShareCN, 'globalShareCN');
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('raising usAdoptionPush never lowers adoptionUS; raising prcAdoptionPush never lowers adoptionCN', () => {
    fc.assert(
      fc.property(frontLevers, frontParams, unit, unit, (levers, overrides, a, b) => {
        const [lo, hi] = ordered(a, b);
        const [usLow, usHigh] = pair('usAdoptionPush', levers, overrides, lo, hi);
        expectNotAbove(usLow.series.adoptionUS, usHigh.series.adoptionUS, 'adoptionUS');
        const [cnLow, cnHigh] = pair('prcAdoptionPush', levers, overrides, lo, hi);
        expectNotAbove(cnLow.series.adoptionCN, cnHigh.series.adoptionCN, 'adoptionCN');
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('fillFrontsPass(params, schedule, ws) with less inference compute', () => {
  it('never speeds adoption when accessible compute is scaled down (other inputs held)', () => {
    fc.assert(
      fc.property(
        frontLevers,
        frontParams,
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (levers, overrides, scale) => {
          const resolved = resolveScenario(scenario(levers));
          const params = withParams(resolved, overrides);
          const full = run(params, resolved.schedule);
          const cut = run(params, resolved.schedule);
          for (let m = 0; m < cut.nMonths; m++) {
            cut.series.computeUS[m] *= scale;
            cut.series.computeCN[m] *= scale;
            cut.lnComputeUS[m] += Math.log(scale);
            cut.lnComputeCN[m] += Math.log(scale);
          }
          fillFrontsPass(params, resolved.schedule, cut);
          expectNotAbove(cut.series.adoptionUS, full.series.adoptionUS, 'adoptionUS');
          expectNotAbove(cut.series.adoptionCN, full.series.adoptionCN, 'adoptionCN');
          expectNotAbove(cut.series.adoptionThrottleUS, full.series.adoptionThrottleUS, 'adoptionThrottleUS');
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('never speeds adoption when a smaller share of compute serves users (inferenceShareOfNonResearch)', () => {
    const [lo, hi] = paramSpec('inferenceShareOfNonResearch').range;
    fc.assert(
      fc.property(
        frontLevers,
        frontParams,
        fc.double({ min: lo, max: hi, noNaN: true }),
        (levers, overrides, share) => {
          const resolved = resolveScenario(scenario(levers));
          const [small, large] = ordered(share, overrides.inferenceShareOfNonResearch ?? hi);
          const low = run(
            withParams(resolved, { ...overrides, inferenceShareOfNonResearch: small }),
            resolved.schedule,
          );
          const high = run(
            withParams(resolved, { ...overrides, inferenceShareOfNonResearch: large }),
            resolved.schedule,
          );
          expectNotAbove(low.series.adoptionUS, high.series.adoptionUS, 'adoptionUS');
          expectNotAbove(low.series.adoptionCN, high.series.adoptionCN, 'adoptionCN');
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('never speeds US adoption when Western production is lower (less compute and capability)', () => {
    const resolved = resolveScenario(scenario({}));
    const full = run(resolved.params, resolved.schedule);
    fc.assert(
      fc.property(fc.double({ min: 0.2, max: 1, noNaN: true }), (scale) => {
        const params = Float64Array.from(resolved.params);
        for (const name of [
          'westernProduction2023',
          'westernProduction2024',
          'westernProduction2025',
          'westernProduction2026',
        ] as const) {
          params[P[name]] *= scale;
        }
        params[P.initialStockWestern] *= scale;
        const cut = run(params, resolved.schedule);
        expectNotAbove(cut.series.adoptionUS, full.series.adoptionUS, 'adoptionUS');
      }),
      { numRuns: 30 },
    );
  });
});
