/**
 * The lever table (src/scenario/levers.ts) and what is built from it: every lever reaches the
 * schedule, each lever's own timing, the intensity order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CH,
  type ChannelName,
  createWorkspace,
  monthIndex,
  N_CHANNELS,
  simulate,
} from '../../src/core/index.ts';
import {
  buildSchedule,
  intensityLadder,
  intensityOf,
  LEAD_LEVERS,
  LEVER_NAMES,
  LEVER_TABLE,
  type LeverName,
  type Levers,
  leverChannels,
  leverRow,
  leverWindowsOf,
  parseScenarioText,
  resolveScenario,
} from '../../src/scenario/index.ts';
import {
  leversArbitrary,
  leversOf,
  leverTimingArbitrary,
  leverValueArbitrary,
} from '../helpers/leverDraws.ts';
import { paramDrawArbitrary, toParamVector } from '../helpers/paramDraws.ts';

const N = 96;
const WINDOW = { policyStart: monthIndex(2026, 7), rampMonths: 12 };

/** Two values of lever `name` that the table maps to different channels. */
function twoValues(name: LeverName): [Levers[LeverName], Levers[LeverName]] {
  type V = Levers[LeverName];
  const row = leverRow(name);
  if (row.kind === 'choice') return [row.values[0] as V, row.values[row.values.length - 1] as V];
  if (row.kind === 'boolean') return [false, true];
  return [row.range[0], row.range[1]];
}

function channel(schedule: Float64Array, name: ChannelName): Float64Array {
  return schedule.subarray(CH[name] * N, (CH[name] + 1) * N);
}

describe('LEVER_TABLE', () => {
  it('every lever changes the schedule: any two of its values give different schedules after policyStart', () => {
    for (const name of LEVER_NAMES) {
      const row = leverRow(name);
      const values: readonly (string | number | boolean)[] =
        row.kind === 'choice'
          ? row.values
          : row.kind === 'boolean'
            ? [false, true]
            : [...row.grid, ...row.range];
      const distinct = [...new Set(values)];
      expect(distinct.length, name).toBeGreaterThan(1);
      const schedules = distinct.map((value) =>
        buildSchedule({ [name]: value } as Partial<Levers>, WINDOW, N),
      );
      const before = buildSchedule({}, WINDOW, N);
      for (let i = 0; i < schedules.length; i++) {
        for (let j = i + 1; j < schedules.length; j++) {
          expect(schedules[i], `${name}: ${String(distinct[i])} vs ${String(distinct[j])}`).not.toEqual(
            schedules[j],
          );
        }
        // …and never before policyStart
        expect(schedules[i].subarray(0, WINDOW.policyStart)).toEqual(before.subarray(0, WINDOW.policyStart));
      }
    }
  });

  it('every lever writes only its own channels, and no two levers share a channel', () => {
    const owner = new Map<ChannelName, LeverName>();
    for (const name of LEVER_NAMES) {
      for (const value of twoValues(name)) {
        for (const ch of Object.keys(leverChannels(name, value)) as ChannelName[]) {
          expect(owner.get(ch) ?? name, `${ch} written by ${name} and ${owner.get(ch)}`).toBe(name);
          owner.set(ch, name);
        }
      }
    }
    // Every channel but the PRC's purchase guidance (history only) belongs to a lever.
    expect(owner.size).toBe(N_CHANNELS - 1);
  });

  it('every choice lever lists each of its values once in its intensity order', () => {
    for (const name of LEVER_NAMES) {
      const row = leverRow(name);
      if (row.kind !== 'choice') continue;
      expect([...row.intensity].sort(), name).toEqual([...row.values].sort());
    }
    expect(LEVER_TABLE.chipExports.intensity).toEqual(['blackwell', 'h200', 'h20', 'none']);
  });

  it('intensityLadder(name) rises in intensityOf(name, value) for every lever', () => {
    for (const name of LEVER_NAMES) {
      const ranks = intensityLadder(name).map((value) => intensityOf(name, value));
      for (let i = 1; i < ranks.length; i++) expect(ranks[i], name).toBeGreaterThan(ranks[i - 1]);
    }
  });

  it('every number lever has its search grid inside its range, ascending', () => {
    for (const name of LEVER_NAMES) {
      const row = leverRow(name);
      if (row.kind !== 'number') continue;
      for (const value of row.grid) {
        expect(value, name).toBeGreaterThanOrEqual(row.range[0]);
        expect(value, name).toBeLessThanOrEqual(row.range[1]);
      }
    }
  });
});

describe("LEVER_TABLE's acts: 'fronts'", () => {
  it('a fronts lever never moves the lead, the compute or the capability series (any levers, any parameters)', () => {
    const fronts = LEVER_NAMES.filter((name) => LEVER_TABLE[name].acts === 'fronts');
    expect(fronts).toEqual(['usAiExports', 'usAdoptionPush', 'prcAdoptionPush', 'prcSubsidies']);
    expect(LEAD_LEVERS).toEqual(LEVER_NAMES.filter((name) => !fronts.includes(name)));
    const ws = createWorkspace(N);
    const other = createWorkspace(N);
    fc.assert(
      fc.property(
        leversArbitrary,
        leversOf(fronts, { required: true }),
        paramDrawArbitrary,
        (levers, frontLevers, draw) => {
          const params = toParamVector(draw);
          simulate(params, buildSchedule(levers, WINDOW, N), ws);
          simulate(params, buildSchedule({ ...levers, ...frontLevers }, WINDOW, N), other);
          for (const series of [
            'leadMonths',
            'computeUS',
            'computeCN',
            'capabilityUS',
            'capabilityCN',
          ] as const) {
            expect(other.series[series], series).toEqual(ws.series[series]);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('buildSchedule(levers, window, n, leverWindows)', () => {
  it('starts and ramps each lever on its own window, the others on the scenario’s', () => {
    const closedFrom = monthIndex(2027, 1);
    const schedule = buildSchedule({ remoteAccess: 'closed', distillationDeterrence: 0.9 }, WINDOW, N, {
      remoteAccess: { policyStart: closedFrom, rampMonths: 6 },
    });
    const remote = channel(schedule, 'remoteAccessClosed');
    for (let m = 0; m < closedFrom; m++) expect(remote[m], `month ${m}`).toBe(0);
    for (let k = 0; k < 6; k++) expect(remote[closedFrom + k]).toBeCloseTo((k + 1) / 6, 14);
    expect(remote[closedFrom + 6]).toBe(1);
    const deterrence = channel(schedule, 'distillationDeterrence');
    expect(deterrence[WINDOW.policyStart - 1]).toBe(0.1);
    expect(deterrence[WINDOW.policyStart + 11]).toBeCloseTo(0.9, 14);
  });

  it('with each lever’s window equal to the scenario’s is the schedule without windows', () => {
    fc.assert(
      fc.property(leversArbitrary, (levers) => {
        const windows = Object.fromEntries(Object.keys(levers).map((name) => [name, WINDOW]));
        expect(buildSchedule(levers, WINDOW, N, windows)).toEqual(buildSchedule(levers, WINDOW, N));
      }),
      { numRuns: 40 },
    );
  });

  it('a lever’s own window changes only that lever’s channels', () => {
    const name = fc.constantFrom(...LEVER_NAMES);
    fc.assert(
      fc.property(
        name.chain((lever) =>
          fc.tuple(fc.constant(lever), leverValueArbitrary(lever), leverTimingArbitrary()),
        ),
        leversArbitrary,
        ([lever, value, timing], others) => {
          const levers = { ...others, [lever]: value };
          const shared = buildSchedule(levers, WINDOW, N);
          const own = buildSchedule(levers, WINDOW, N, leverWindowsOf({ [lever]: timing }, WINDOW));
          const mine = new Set(Object.keys(leverChannels(lever, value)));
          for (let c = 0; c < N_CHANNELS; c++) {
            const name = Object.keys(CH).find((k) => CH[k as ChannelName] === c) as ChannelName;
            if (mine.has(name)) continue;
            expect(own.subarray(c * N, (c + 1) * N), name).toEqual(shared.subarray(c * N, (c + 1) * N));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('resolveScenario(scenario) with lever timing', () => {
  it('closing remote access from 2027-01 over 6 months gives that ramp in the schedule', () => {
    const scenario = parseScenarioText(
      'levers:\n  remoteAccess: { value: closed, from: 2027-01, rampMonths: 6 }\n',
      'timed.yaml',
    );
    const resolved = resolveScenario(scenario);
    const n = resolved.nMonths;
    const remote = resolved.schedule.subarray(CH.remoteAccessClosed * n, (CH.remoteAccessClosed + 1) * n);
    expect(remote[monthIndex(2026, 12)]).toBe(0);
    expect(remote[monthIndex(2027, 1)]).toBeCloseTo(1 / 6, 14);
    expect(remote[monthIndex(2027, 6)]).toBe(1);
  });
});
