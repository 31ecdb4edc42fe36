/** Scenario discovery on the model: the inputs, the claim's share and the statement. */
import { describe, expect, it } from 'vitest';
import { discover, discoveryStatement, drawnInputs } from '../../../src/analysis/policy/discover.ts';
import { paramSpec } from '../../../src/params/index.ts';
import { loadPreset } from '../../../src/scenario/index.ts';

describe('drawnInputs(scenario)', () => {
  it('is every parameter the table draws, less those the scenario pins', () => {
    const one = loadPreset('scenario-one');
    const inputs = drawnInputs(one);
    for (const name of inputs) expect(paramSpec(name).dist.kind).not.toBe('fixed');
    expect(drawnInputs({ ...one, params: { mfu: 0.4 } })).toEqual(inputs.filter((n) => n !== 'mfu'));
  });
});

describe('discover(scenario, options)', () => {
  it('finds a box denser than the whole, with the claim’s share and a plain-words statement', async () => {
    const r = await discover(loadPreset('scenario-one'), { draws: 600, seed: 4 });
    expect(r.trajectory[0]).toEqual({ coverage: 1, density: r.holds, mass: 1, restricted: 0 });
    expect(r.box.density).toBeGreaterThan(r.holds);
    expect(r.box.coverage).toBeGreaterThanOrEqual(0.5);
    expect(r.box.restrictions.length).toBeGreaterThan(0);
    for (const x of r.box.restrictions) {
      expect(x.limit).toBeGreaterThanOrEqual(x.drawnRange[0]);
      expect(x.limit).toBeLessThanOrEqual(x.drawnRange[1]);
      expect(x.significant).toBe(x.quasiP <= 0.05);
    }
    expect(r.statement).toMatch(
      /^The claim "the lead at 2028-12 is at least 12 months under scenario-one" holds in \d+% of all 600 draws; in \d+% of the draws where .* which hold for \d+% of draws/,
    );
  });

  it('says so when no box restricts anything', () => {
    const text = discoveryStatement({
      scenario: 's',
      month: '2028-12',
      minLeadMonths: 12,
      draws: 10,
      seed: 1,
      holds: 0,
      inputs: [],
      trajectory: [],
      chosen: 0,
      box: { coverage: 0, density: 0, mass: 1, restricted: 0, restrictions: [] },
      minCoverage: 0.5,
      peelAlpha: 0.05,
      massMin: 0.05,
    });
    expect(text).toContain('no box of parameter ranges');
  });

  it('rejects fewer than 2 draws', async () => {
    await expect(discover(loadPreset('scenario-one'), { draws: 1, seed: 1 })).rejects.toThrow(
      /at least 2 draws/,
    );
  });
});
