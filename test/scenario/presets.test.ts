/** Every file in scenarios/ parses, resolves and runs; presets and arguments resolve. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESET_TEXTS_PATH, presetTextsModule } from '../../scripts/write-presets.ts';
import { loadPreset, PRESET_NAMES, resolveScenario, runCentral } from '../../src/scenario/index.ts';
import { loadScenarioFile, presetDirectory, resolveScenarioArg } from '../../src/scenario/node.ts';
import { inputErrorOf } from './inputError.ts';

const scenarioFiles = readdirSync(presetDirectory()).filter((name) => /\.ya?ml$/.test(name));

describe('presetDirectory()', () => {
  it('holds a file for every preset', () => {
    for (const name of PRESET_NAMES) expect(scenarioFiles).toContain(`${name}.yaml`);
  });
});

describe.each(scenarioFiles)('scenarios/%s', (fileName) => {
  it('parses, resolves and runs with every series finite', () => {
    const scenario = loadScenarioFile(join(presetDirectory(), fileName));
    expect(scenario.title).not.toBe('');
    const resolved = resolveScenario(scenario);
    const workspace = runCentral(resolved);
    expect(workspace.nMonths).toBe(resolved.nMonths);
    const notFinite = Object.entries(workspace.series)
      .filter(([, column]) => !column.every(Number.isFinite))
      .map(([name]) => name);
    expect(notFinite).toEqual([]);
  });
});

describe('src/scenario/presetTexts.ts', () => {
  it('holds the text of every file in scenarios/ (run `npm run presets` when this fails)', () => {
    expect(readFileSync(PRESET_TEXTS_PATH, 'utf8'), 'presetTexts.ts is stale: run `npm run presets`').toBe(
      presetTextsModule(),
    );
  });

  it('gives the same scenario as reading the file, apart from its source', () => {
    for (const name of PRESET_NAMES) {
      const fromFile = loadScenarioFile(join(presetDirectory(), `${name}.yaml`));
      expect({ ...loadPreset(name), source: '' }).toEqual({ ...fromFile, source: '' });
    }
  });
});

describe('loadPreset(name)', () => {
  it('reads the preset with source "preset:<name>"', () => {
    const scenario = loadPreset('scenario-one');
    expect(scenario.name).toBe('scenario-one');
    expect(scenario.source).toBe('preset:scenario-one');
    expect(scenario.levers.chipExports).toBe('none');
    expect(scenario.policyStart).toBe('2026-07');
  });
});

describe('resolveScenarioArg(arg)', () => {
  it('resolves every preset name', () => {
    for (const name of PRESET_NAMES) expect(resolveScenarioArg(name).source).toBe(`preset:${name}`);
  });

  it('resolves a path to a .yaml or .yml file', () => {
    const path = join(presetDirectory(), 'scenario-two.yaml');
    const scenario = resolveScenarioArg(path);
    expect(scenario.name).toBe('scenario-two');
    expect(scenario.source).toBe(path);
    expect(scenario.levers.chipExports).toBe('blackwell');
  });

  it('rejects a missing .yaml file as unreadable', () => {
    expect(inputErrorOf(() => resolveScenarioArg('no/such/file.yml')).message).toBe(
      'no/such/file.yml: expected a readable file, found no such file or directory (ENOENT)',
    );
  });

  it('rejects anything else, listing the presets', () => {
    expect(inputErrorOf(() => resolveScenarioArg('scenario-1')).message).toBe(
      'scenario argument: expected a preset, one of baseline | scenario-one | scenario-two | no-controls (did you mean scenario-one or scenario-two?), or a path to a .yaml or .yml file, found "scenario-1"',
    );
    expect(inputErrorOf(() => resolveScenarioArg('scenarios/baseline.json')).message).toBe(
      'scenario argument: expected a preset, one of baseline | scenario-one | scenario-two | no-controls (did you mean baseline?), or a path to a .yaml or .yml file, found "scenarios/baseline.json"',
    );
    expect(inputErrorOf(() => resolveScenarioArg('hawkish')).message).toBe(
      'scenario argument: expected a preset, one of baseline | scenario-one | scenario-two | no-controls, or a path to a .yaml or .yml file, found "hawkish"',
    );
  });
});
