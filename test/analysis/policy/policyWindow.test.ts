/** The window: a package started later, on the same draws. */
import { describe, expect, it } from 'vitest';
import { OUTCOME_MONTH } from '../../../src/analysis/outcomes.ts';
import { policyWindow, shiftedSettings } from '../../../src/analysis/policy/policyWindow.ts';
import { loadPreset, PRESET_NAMES, resolveScenario, runCentral } from '../../../src/scenario/index.ts';

describe('shiftedSettings(scenario, start)', () => {
  it('moves every lever by the same offset, keeping a lever’s own distance from the package', () => {
    const one = loadPreset('scenario-one');
    const timed = { ...one, leverTiming: { remoteAccess: { from: '2027-01', rampMonths: 6 } } };
    const shifted = shiftedSettings(timed, '2027-07');
    expect(shifted.chipExports).toEqual({ value: 'none', from: '2027-07', rampMonths: 12 });
    expect(shifted.remoteAccess).toEqual({ value: 'closed', from: '2028-01', rampMonths: 6 });
  });
});

describe('policyWindow(scenario, options)', () => {
  it('the earliest start at the scenario’s own policyStart reproduces the scenario; never is the timeline', async () => {
    const one = loadPreset('scenario-one');
    const result = await policyWindow(one, { draws: 0, seed: 1 });
    expect(result.rows[0].start).toBe('2026-07');
    expect(result.rows[0].leads['2028-12'].leadMonths).toBe(
      runCentral(resolveScenario(one)).series.leadMonths[OUTCOME_MONTH],
    );
    expect(result.never.leads['2028-12'].leadMonths).toBe(
      runCentral(resolveScenario({ ...one, levers: {} })).series.leadMonths[OUTCOME_MONTH],
    );
    expect(result.months).toEqual(['2028-12', '2030-12']);
    expect(result.rows[0].leads['2028-12'].costMonths).toBe(0);
  });

  it('for every preset, at central values, a later start moves the 2028-12 lead toward never, never past it', async () => {
    // A package that helps the US (scenario-one) loses effect with delay: the lead never grows.
    // A package that hurts it (scenario-two: loosening) does less harm with delay: the lead
    // never shrinks. Both are one rule: |lead(start) − lead(never)| does not grow with delay and
    // keeps its sign. (The exception the issue anticipates is scenario-two, explained by this.)
    for (const name of PRESET_NAMES) {
      const result = await policyWindow(loadPreset(name), { draws: 0, seed: 1, months: ['2028-12'] });
      const never = result.never.leads['2028-12'].leadMonths;
      const effects = result.rows.map((r) => r.leads['2028-12'].leadMonths - never);
      for (let k = 1; k < effects.length; k++) {
        expect(Math.abs(effects[k]), `${name} ${result.rows[k].start}`).toBeLessThanOrEqual(
          Math.abs(effects[k - 1]) + 1e-9,
        );
        expect(effects[k] * effects[0], `${name} ${result.rows[k].start}`).toBeGreaterThanOrEqual(-1e-18);
      }
      if (name === 'scenario-one') {
        for (let k = 1; k < effects.length; k++)
          expect(effects[k]).toBeLessThanOrEqual(effects[k - 1] + 1e-9);
      }
    }
  });

  it('over draws: costs are paired mean differences, P(Scenario One world) falls with delay for scenario-one', async () => {
    const result = await policyWindow(loadPreset('scenario-one'), { draws: 50, seed: 2 });
    const p = result.rows.map((r) => r.pScenarioOne?.p ?? Number.NaN);
    for (let k = 1; k < p.length; k++) expect(p[k]).toBeLessThanOrEqual(p[k - 1]);
    expect(result.rows[0].leads['2028-12'].costMonths).toBe(0);
    expect(result.rows[4].leads['2028-12'].costMonths).toBeLessThan(0);
  });
});
