import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenarioText, SCENARIO_DEFAULTS, scenarioName } from '../../src/scenario/index.ts';
import { loadScenarioFile } from '../../src/scenario/node.ts';
import { inputErrorOf } from './inputError.ts';

const folder = mkdtempSync(join(tmpdir(), 'leadline-load-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('parseScenarioText(text, file)', () => {
  it('reads an empty file as all defaults, named after the file stem', () => {
    expect(parseScenarioText('', 'my/runs/quiet.yaml')).toEqual({
      name: 'quiet',
      title: 'quiet',
      description: '',
      source: 'my/runs/quiet.yaml',
      levers: {},
      policyStart: SCENARIO_DEFAULTS.policyStart,
      rampMonths: SCENARIO_DEFAULTS.rampMonths,
      start: SCENARIO_DEFAULTS.start,
      end: SCENARIO_DEFAULTS.end,
      params: {},
      correlations: [],
    });
  });

  it('reads a file of comments only, or null, as all defaults', () => {
    expect(parseScenarioText('# nothing yet\n', 'a.yaml').levers).toEqual({});
    expect(parseScenarioText('~\n', 'a.yaml').end).toBe(SCENARIO_DEFAULTS.end);
  });

  it('reads every field', () => {
    const text = [
      '\ufeff# a byte-order mark and a comment first',
      'title: Tight',
      'description: Everything tightened.',
      'policyStart: 2026-01',
      'rampMonths: 6',
      'start: 2024-01',
      'end: 2032-12',
      'levers: {chipExports: none, smugglingEnforcement: 2, locationVerification: true, remoteAccess: closed}',
      'params:',
      '  mfu: 0.45',
      '  boostThresholdECI: 170',
      'correlations:',
      '  - {a: talentCN, b: spilloverPerYear, rho: -0.3}',
      '',
    ].join('\n');
    expect(parseScenarioText(text, 'tight.yml')).toEqual({
      name: 'tight',
      title: 'Tight',
      description: 'Everything tightened.',
      source: 'tight.yml',
      levers: {
        chipExports: 'none',
        smugglingEnforcement: 2,
        locationVerification: true,
        remoteAccess: 'closed',
      },
      policyStart: '2026-01',
      rampMonths: 6,
      start: '2024-01',
      end: '2032-12',
      params: { mfu: 0.45, boostThresholdECI: 170 },
      correlations: [{ a: 'talentCN', b: 'spilloverPerYear', rho: -0.3 }],
    });
  });

  it('accepts the month bounds', () => {
    const scenario = parseScenarioText('policyStart: 2023-01\nstart: 2023-01\nend: 2040-12\n', 'a.yaml');
    expect([scenario.policyStart, scenario.start, scenario.end]).toEqual(['2023-01', '2023-01', '2040-12']);
    expect(parseScenarioText('start: 2027-12\nend: 2028-12\npolicyStart: 2028-12\n', 'a.yaml').start).toBe(
      '2027-12',
    );
  });

  it('reads a lever in the long form { value, from, rampMonths } as its value and its own timing', () => {
    const text = [
      'levers:',
      '  remoteAccess: { value: closed, from: 2027-01, rampMonths: 6 }',
      '  chipExports: {value: none}',
      '  distillationDeterrence: { value: 0.9, rampMonths: 24 }',
      '  hbmControls: tightened',
      '',
    ].join('\n');
    const scenario = parseScenarioText(text, 'timed.yaml');
    expect(scenario.levers).toEqual({
      remoteAccess: 'closed',
      chipExports: 'none',
      distillationDeterrence: 0.9,
      hbmControls: 'tightened',
    });
    expect(scenario.leverTiming).toEqual({
      remoteAccess: { from: '2027-01', rampMonths: 6 },
      chipExports: {},
      distillationDeterrence: { rampMonths: 24 },
    });
  });

  it('leaves leverTiming out when every lever is in the short form', () => {
    expect('leverTiming' in parseScenarioText('levers: {remoteAccess: closed}\n', 'a.yaml')).toBe(false);
  });

  it('accepts quoted months', () => {
    expect(parseScenarioText('end: "2029-06"\n', 'a.yaml').end).toBe('2029-06');
  });
});

describe('scenarioName(file)', () => {
  it('is the file name without its extension', () => {
    expect(scenarioName('scenarios/scenario-one.yaml')).toBe('scenario-one');
    expect(scenarioName('C.yml')).toBe('C');
    expect(scenarioName('plain')).toBe('plain');
  });
});

describe('loadScenarioFile(path)', () => {
  it('reads and parses a file, keeping the path as given as source', () => {
    const path = join(folder, 'mine.yaml');
    writeFileSync(path, 'levers:\n  chipExports: h20\n');
    const scenario = loadScenarioFile(path);
    expect(scenario.name).toBe('mine');
    expect(scenario.source).toBe(path);
    expect(scenario.levers).toEqual({ chipExports: 'h20' });
  });

  it('names the file in errors', () => {
    const path = join(folder, 'bad.yaml');
    writeFileSync(path, 'rampMonths: 0\n');
    expect(inputErrorOf(() => loadScenarioFile(path)).message).toBe(
      `${path}:1:13 rampMonths: expected an integer from 1 to 60, found 0`,
    );
  });

  it('rejects a file that cannot be read, with the OS reason', () => {
    const missing = join(folder, 'missing.yaml');
    expect(inputErrorOf(() => loadScenarioFile(missing)).message).toBe(
      `${missing}: expected a readable file, found no such file or directory (ENOENT)`,
    );
    const directory = join(folder, 'folder.yaml');
    mkdirSync(directory);
    expect(inputErrorOf(() => loadScenarioFile(directory)).message).toBe(
      `${directory}: expected a regular file (a scenario in YAML), found a folder`,
    );
  });
});
