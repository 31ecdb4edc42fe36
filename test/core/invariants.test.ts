/**
 * Invariants of every run: over the four presets at central parameters, and over random
 * parameter vectors (each value inside its distribution's support) and random levers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SERIES_INFO,
  SERIES_NAMES,
  type SeriesName,
  simulate,
  type Workspace,
} from '../../src/core/index.ts';
import { buildSchedule } from '../../src/scenario/schedule.ts';
import { leversArbitrary } from '../helpers/leverDraws.ts';
import { centralDraw, paramDrawArbitrary, toParamVector } from '../helpers/paramDraws.ts';
import { PRESET_NAMES, presetWorkspace, resolvedPreset } from '../helpers/presets.ts';

/**
 * Series that are shares of a whole, so lie in [0, 1]: unit 'share', or 'share of <something>'
 * without a rate ('share of jobs/year' is a rate and may be negative).
 */
const SHARE_SERIES: readonly SeriesName[] = SERIES_NAMES.filter((name) => {
  const unit: string = SERIES_INFO[name].unit;
  return unit === 'share' || (unit.startsWith('share of ') && !unit.includes('/'));
});

/** Indicator series: 0 or 1. */
const FLAG_SERIES: readonly SeriesName[] = SERIES_NAMES.filter((name) => SERIES_INFO[name].unit === 'flag');

const NON_NEGATIVE_SERIES: readonly SeriesName[] = [
  'productionWestern',
  'productionNvidia',
  'productionHuawei',
  'productionPRC',
  'prcLogicChips',
  'prcHbmChips',
  'ascendPerf',
  'exportsLegal',
  'smuggled',
  'stockWestern',
  'stockPRC',
  'computeUS',
  'computeCN',
  'trainingFlopUS',
  'trainingFlopCN',
];

/** The first broken invariant of a run, or null. */
function brokenInvariant(ws: Workspace): string | null {
  const s = ws.series;
  const n = ws.nMonths;
  for (const name of SERIES_NAMES) {
    const column = s[name];
    if (column.length !== n) return `${name} has ${column.length} values, expected ${n}`;
    for (let m = 0; m < n; m++)
      if (!Number.isFinite(column[m])) return `${name}[${m}] = ${column[m]} is not finite`;
  }
  for (const name of NON_NEGATIVE_SERIES) {
    for (let m = 0; m < n; m++) if (s[name][m] < 0) return `${name}[${m}] = ${s[name][m]} < 0`;
  }
  for (const name of SHARE_SERIES) {
    for (let m = 0; m < n; m++)
      if (s[name][m] < 0 || s[name][m] > 1) return `${name}[${m}] = ${s[name][m]} outside [0, 1]`;
  }
  for (const name of FLAG_SERIES) {
    for (let m = 0; m < n; m++)
      if (s[name][m] !== 0 && s[name][m] !== 1) return `${name}[${m}] = ${s[name][m]} is not 0 or 1`;
  }
  for (let m = 0; m < n; m++) {
    if (!(s.computeRatio[m] > 0)) return `computeRatio[${m}] = ${s.computeRatio[m]} is not > 0`;
    if (Math.sign(s.leadMonths[m]) !== Math.sign(s.gapOOM[m])) {
      return `leadMonths[${m}] = ${s.leadMonths[m]} has not the sign of gapOOM[${m}] = ${s.gapOOM[m]}`;
    }
    if (s.exportsLegal[m] + s.smuggled[m] > s.productionWestern[m] * (1 + 1e-12)) {
      return `exports + smuggled exceed Western production in month ${m}`;
    }
  }
  const open = ws.scalars.openWeightMythosMonth;
  if (!(open === -1 || (Number.isInteger(open) && open >= 0 && open < n)))
    return `openWeightMythosMonth = ${open}`;
  return null;
}

describe('simulate invariants', () => {
  it('the series checked as shares and flags are found by their units', () => {
    expect(SHARE_SERIES).toContain('rentedShare');
    expect(SHARE_SERIES).toContain('distillThreshold');
    expect(FLAG_SERIES).toContain('neckAndNeck');
  });

  for (const preset of PRESET_NAMES) {
    it(`simulate(params, schedule, ws) keeps every invariant for ${preset} at central parameters`, () => {
      const resolved = resolvedPreset(preset);
      expect(brokenInvariant(simulate(resolved.params, resolved.schedule, presetWorkspace()))).toBeNull();
    });
  }

  it('simulate(params, schedule, ws) keeps every invariant for the presets over random parameter vectors', () => {
    const ws = presetWorkspace();
    fc.assert(
      fc.property(paramDrawArbitrary, fc.constantFrom(...PRESET_NAMES), (draw, preset) => {
        simulate(toParamVector(draw), resolvedPreset(preset).schedule, ws);
        const broken = brokenInvariant(ws);
        if (broken !== null) throw new Error(`${preset}: ${broken}`);
      }),
      { numRuns: 400, examples: PRESET_NAMES.map((preset) => [centralDraw(), preset]) },
    );
  });

  it('simulate(params, schedule, ws) keeps every invariant for random levers, policy start and ramp', () => {
    const ws = presetWorkspace();
    const n = ws.nMonths;
    fc.assert(
      fc.property(
        paramDrawArbitrary,
        leversArbitrary,
        fc.integer({ min: 0, max: n - 1 }),
        fc.integer({ min: 1, max: 36 }),
        (draw, levers, policyStart, rampMonths) => {
          simulate(toParamVector(draw), buildSchedule(levers, { policyStart, rampMonths }, n), ws);
          const broken = brokenInvariant(ws);
          if (broken !== null) throw new Error(broken);
        },
      ),
      { numRuns: 200 },
    );
  });
});
