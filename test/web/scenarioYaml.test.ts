/**
 * The explorer's scenario download: its header gives the command that reproduces the page
 * (`--draws N --seed S`), since `leadline run FILE` alone uses 2,000 draws and seed 1.
 */
import { describe, expect, it } from 'vitest';
import { loadPreset } from '../../src/scenario/index.ts';
import { scenarioYaml } from '../../web/src/downloads.ts';

describe('scenarioYaml(scenario, {draws, seed})', () => {
  it("says how to run it with the page's draws and seed", () => {
    const header = scenarioYaml(loadPreset('scenario-one'), { draws: 500, seed: 42 }).split('\n')[0];
    expect(header).toBe(
      '# leadline scenario, from the explorer. Run it with: leadline run scenario-one.yaml --draws 500 --seed 42',
    );
  });
});
