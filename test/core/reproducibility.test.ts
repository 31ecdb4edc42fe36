/**
 * A run is a pure function of (params, schedule): bit-identical across workspaces, independent of
 * what a reused workspace held before, and without side effects on its inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERIES_NAMES, simulate, type Workspace } from '../../src/core/index.ts';
import { centralDraw, paramDrawArbitrary, toParamVector } from '../helpers/paramDraws.ts';
import { PRESET_NAMES, presetWorkspace, resolvedPreset } from '../helpers/presets.ts';
import { firstBitDifference } from '../helpers/seriesHelpers.ts';

/** The first output (series or scalar) in which two runs differ in any bit, or null. */
function firstDifference(a: Workspace, b: Workspace): string | null {
  for (const name of SERIES_NAMES) {
    const m = firstBitDifference(a.series[name], b.series[name]);
    if (m >= 0) return `${name}[${m}]: ${a.series[name][m]} vs ${b.series[name][m]}`;
  }
  for (const key of Object.keys(a.scalars) as (keyof Workspace['scalars'])[]) {
    if (!Object.is(a.scalars[key], b.scalars[key]))
      return `scalars.${key}: ${a.scalars[key]} vs ${b.scalars[key]}`;
  }
  return null;
}

/** Overwrites every output and scratch column and scalar with junk. */
function soil(ws: Workspace): void {
  for (const name of SERIES_NAMES) ws.series[name].fill(Number.NaN);
  for (const scratch of [
    ws.westernAnnual,
    ws.westernAnchors,
    ws.lnComputeUS,
    ws.lnComputeCN,
    ws.log10TrainingUS,
    ws.log10TrainingCN,
    ws.catchUpRelaxationCN,
  ])
    scratch.fill(-7);
  ws.westernAnchorKey.fill(Number.NaN);
  ws.scalars.openWeightMythosMonth = 12345;
}

describe('simulate reproducibility', () => {
  it('simulate(params, schedule, ws) gives bit-identical columns in two fresh workspaces', () => {
    fc.assert(
      fc.property(paramDrawArbitrary, fc.constantFrom(...PRESET_NAMES), (draw, preset) => {
        const params = toParamVector(draw);
        const { schedule } = resolvedPreset(preset);
        const difference = firstDifference(
          simulate(params, schedule, presetWorkspace()),
          simulate(params, schedule, presetWorkspace()),
        );
        if (difference !== null) throw new Error(difference);
      }),
      { numRuns: 50, examples: [[centralDraw(), 'baseline']] },
    );
  });

  it('simulate(params, schedule, ws) on a reused workspace equals a fresh run: no state leaks between runs', () => {
    const reused = presetWorkspace();
    fc.assert(
      fc.property(
        paramDrawArbitrary,
        fc.constantFrom(...PRESET_NAMES),
        paramDrawArbitrary,
        fc.constantFrom(...PRESET_NAMES),
        (firstDraw, firstPreset, draw, preset) => {
          simulate(toParamVector(firstDraw), resolvedPreset(firstPreset).schedule, reused);
          const params = toParamVector(draw);
          const { schedule } = resolvedPreset(preset);
          const difference = firstDifference(
            simulate(params, schedule, reused),
            simulate(params, schedule, presetWorkspace()),
          );
          if (difference !== null) throw new Error(difference);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('simulate(params, schedule, ws) writes every series and scalar: a soiled workspace gives the fresh result', () => {
    for (const preset of PRESET_NAMES) {
      const { params, schedule } = resolvedPreset(preset);
      const soiled = presetWorkspace();
      soil(soiled);
      expect(
        firstDifference(simulate(params, schedule, soiled), simulate(params, schedule, presetWorkspace())),
        preset,
      ).toBeNull();
    }
  });

  it('simulate(params, schedule, ws) leaves its inputs unchanged', () => {
    const { params, schedule } = resolvedPreset('scenario-one');
    const paramsBefore = params.slice();
    const scheduleBefore = schedule.slice();
    simulate(params, schedule, presetWorkspace());
    expect(firstBitDifference(params, paramsBefore)).toBe(-1);
    expect(firstBitDifference(schedule, scheduleBefore)).toBe(-1);
  });

  it('simulate(params, schedule, ws) returns the workspace it was given', () => {
    const ws = presetWorkspace();
    const { params, schedule } = resolvedPreset('baseline');
    expect(simulate(params, schedule, ws)).toBe(ws);
  });
});
