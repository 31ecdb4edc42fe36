/**
 * A month's numbers do not depend on how far the run goes (issue 14): the same scenario run to
 * 2028-12, 2030-12, 2034-12 and 2040-12 gives bit-identical values in every month they share.
 * Before the fix the Western production anchors were solved only over the run's own years, so the
 * baseline's Western production at 2028-12 was 6,557,867 / 6,554,723 / 6,554,500 H100e/month for
 * ends 2028-12 / 2030-12 / 2034-12, and the 2028-12 lead and the Huawei share moved with it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkspace, parseMonth, SERIES_NAMES, simulate } from '../../src/core/index.ts';
import { centralParams } from '../../src/params/index.ts';
import { resolveScenario } from '../../src/scenario/index.ts';
import { paramDrawArbitrary, toParamVector } from '../helpers/paramDraws.ts';
import { PRESET_NAMES, PRESETS } from '../helpers/presets.ts';

const ENDS = ['2028-12', '2030-12', '2034-12', '2040-12'] as const;

function runTo(preset: (typeof PRESET_NAMES)[number], end: string, params: Float64Array) {
  const resolved = resolveScenario({ ...PRESETS[preset], end });
  return simulate(params, resolved.schedule, createWorkspace(resolved.nMonths));
}

function firstDifference(
  a: ReturnType<typeof runTo>,
  b: ReturnType<typeof runTo>,
  months: number,
): string | undefined {
  for (const name of SERIES_NAMES)
    for (let m = 0; m < months; m++)
      if (!Object.is(a.series[name][m], b.series[name][m]))
        return `${name}[${m}]: ${a.series[name][m]} vs ${b.series[name][m]}`;
  // the open-weight month: the same, or "not by the horizon" in the shorter run and after it in the longer
  const shortMonth = a.scalars.openWeightMythosMonth;
  const longMonth = b.scalars.openWeightMythosMonth;
  if (shortMonth >= 0 ? shortMonth !== longMonth : longMonth >= 0 && longMonth < months)
    return `openWeightMythosMonth: ${shortMonth} vs ${longMonth}`;
  return undefined;
}

describe('horizon independence', () => {
  it('simulate(params, schedule(end), ws) gives every preset the same bits in the months all ends share (central parameters)', () => {
    const shared = parseMonth('2028-12') + 1;
    for (const preset of PRESET_NAMES) {
      const short = runTo(preset, ENDS[0], centralParams());
      for (const end of ENDS.slice(1)) {
        expect(
          firstDifference(short, runTo(preset, end, centralParams()), shared),
          `${preset} to ${end}`,
        ).toBe(undefined);
      }
    }
  });

  it('simulate(params, schedule(end), ws) gives the same bits for any end over drawn parameters', () => {
    const shared = parseMonth('2028-12') + 1;
    fc.assert(
      fc.property(
        paramDrawArbitrary,
        fc.constantFrom(...PRESET_NAMES),
        fc.constantFrom(...ENDS.slice(1)),
        (draw, preset, end) => {
          const params = toParamVector(draw);
          const difference = firstDifference(
            runTo(preset, ENDS[0], params),
            runTo(preset, end, params),
            shared,
          );
          if (difference !== undefined) throw new Error(`${preset} to ${end}: ${difference}`);
          return true;
        },
      ),
      { numRuns: 60 },
    );
  });

  it('createWorkspace(nMonths) refuses a run past December 2040', () => {
    expect(() => createWorkspace(parseMonth('2041-01') + 1)).toThrow(/from 2 to 216/);
  });
});
