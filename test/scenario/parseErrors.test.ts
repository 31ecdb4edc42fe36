/** Every kind of input error, with the exact file, path, line, expected and found. */
import { describe, expect, it } from 'vitest';
import { PARAM_TABLE } from '../../src/params/index.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import { inputErrorOf } from './inputError.ts';

const FILE = 'scenarios/x.yaml';

/** The message of the InputError that parsing `lines` throws. */
function messageOf(...lines: string[]): string {
  return inputErrorOf(() => parseScenarioText(`${lines.join('\n')}\n`, FILE)).message;
}

describe('parseScenarioText(text, file) rejects', () => {
  it('a YAML syntax error, at its line and column', () => {
    expect(messageOf('title: x', 'levers: a: b')).toBe(
      'scenarios/x.yaml:2:9: expected valid YAML, found a syntax error (Nested mappings are not allowed in compact mappings)',
    );
  });

  it('a duplicate key as a YAML error', () => {
    expect(messageOf('levers:', '  chipExports: none', '  chipExports: h20')).toBe(
      'scenarios/x.yaml:3:3: expected valid YAML, found a syntax error (Map keys must be unique)',
    );
  });

  it('an alias to an undefined anchor', () => {
    expect(messageOf('levers: *missing')).toBe(
      'scenarios/x.yaml:1:9: expected valid YAML, found an alias to an undefined anchor (*missing)',
    );
  });

  it('a top level that is not a mapping', () => {
    const fields =
      'title, description, policyStart, rampMonths, start, end, levers, params, ranges, correlations';
    expect(messageOf('- baseline', '- scenario-one')).toBe(
      `scenarios/x.yaml:1:1: expected a mapping of scenario fields (${fields}), found a list`,
    );
    expect(messageOf('baseline')).toBe(
      `scenarios/x.yaml:1:1: expected a mapping of scenario fields (${fields}), found "baseline"`,
    );
  });

  it('an unknown top-level key, suggesting the closest', () => {
    expect(messageOf('title: x', 'lever:', '  chipExports: none')).toBe(
      'scenarios/x.yaml:2:1 lever: expected a known scenario field (did you mean levers?), found "lever"',
    );
  });

  it('an unknown lever, suggesting the closest or listing all', () => {
    expect(messageOf('levers:', '  chipExport: none', '  foo: 1')).toBe(
      [
        'scenarios/x.yaml:2:3 levers.chipExport: expected a known lever (did you mean chipExports?), found "chipExport"',
        'scenarios/x.yaml:3:3 levers.foo: expected a known lever: one of chipExports | smugglingEnforcement | locationVerification | remoteAccess | smeControls | hbmControls | distillationDeterrence | usAiExports | usAdoptionPush | prcAdoptionPush | prcSubsidies, found "foo"',
      ].join('\n'),
    );
  });

  it('a lever value outside its enum', () => {
    expect(messageOf('title: x', 'levers:', '  chipExports: h100')).toBe(
      'scenarios/x.yaml:3:16 levers.chipExports: expected one of none | h20 | h200 | blackwell, found "h100"',
    );
  });

  it('a value of the wrong type', () => {
    expect(messageOf('levers:', '  locationVerification: yes', '  distillationDeterrence: high')).toBe(
      [
        'scenarios/x.yaml:2:25 levers.locationVerification: expected true or false, found "yes"',
        'scenarios/x.yaml:3:27 levers.distillationDeterrence: expected a number from 0 to 1, found "high"',
      ].join('\n'),
    );
    expect(messageOf('levers: [none]')).toBe(
      'scenarios/x.yaml:1:9 levers: expected a mapping of levers, found a list',
    );
    expect(messageOf('title: 5')).toBe('scenarios/x.yaml:1:8 title: expected a string, found 5');
  });

  it('an empty value, pointing at its key', () => {
    expect(messageOf('title: x', 'levers:')).toBe(
      'scenarios/x.yaml:2:1 levers: expected a mapping of levers, found null',
    );
  });

  it('an out-of-range number', () => {
    expect(messageOf('levers:', '  smugglingEnforcement: 20')).toBe(
      'scenarios/x.yaml:2:25 levers.smugglingEnforcement: expected a number from 0.1 to 10, found 20',
    );
    expect(messageOf('rampMonths: 2.5')).toBe(
      'scenarios/x.yaml:1:13 rampMonths: expected an integer from 1 to 60, found 2.5',
    );
    expect(messageOf('rampMonths: 0')).toBe(
      'scenarios/x.yaml:1:13 rampMonths: expected an integer from 1 to 60, found 0',
    );
  });

  it('a bad month', () => {
    expect(messageOf('policyStart: 2026-7', 'start: 2022-12', 'end: 2041-01')).toBe(
      [
        'scenarios/x.yaml:1:14 policyStart: expected a month "YYYY-MM" from 2023-01 to 2040-12, found "2026-7"',
        'scenarios/x.yaml:2:8 start: expected a month "YYYY-MM" from 2023-01 to 2040-12, found "2022-12"',
        'scenarios/x.yaml:3:6 end: expected a month "YYYY-MM" from 2028-12 to 2040-12, found "2041-01"',
      ].join('\n'),
    );
    expect(messageOf('end: 2030-13')).toBe(
      'scenarios/x.yaml:1:6 end: expected a month "YYYY-MM" from 2028-12 to 2040-12, found "2030-13"',
    );
    expect(messageOf('end: 2030.12')).toBe(
      'scenarios/x.yaml:1:6 end: expected a month "YYYY-MM" from 2028-12 to 2040-12, found 2030.12',
    );
  });

  it('an end less than 12 months after start', () => {
    expect(messageOf('start: 2028-06', 'end: 2028-12')).toBe(
      'scenarios/x.yaml:2:6 end: expected a month at least 12 months after start (2028-06): 2029-06 or later, found "2028-12"',
    );
    expect(messageOf('start: 2030-06')).toBe(
      'scenarios/x.yaml:1:8 start: expected a month at least 12 months before end (2030-12): 2029-12 or earlier, found "2030-06"',
    );
  });

  it('a policyStart after end', () => {
    expect(messageOf('policyStart: 2029-06', 'end: 2029-01')).toBe(
      'scenarios/x.yaml:1:14 policyStart: expected a month from 2023-01 to end (2029-01), found "2029-06"',
    );
  });

  it('a lever in the long form with a bad value, month, ramp or key, at the field', () => {
    expect(
      messageOf(
        'levers:',
        '  remoteAccess: { value: shut, from: 2027-1 }',
        '  chipExports: { value: none, rampMonths: 0 }',
        '  hbmControls: { value: current, start: 2027-01 }',
        '  smeControls: { from: 2027-01 }',
      ),
    ).toBe(
      [
        'scenarios/x.yaml:2:26 levers.remoteAccess.value: expected one of open | closed, found "shut"',
        'scenarios/x.yaml:2:38 levers.remoteAccess.from: expected a month "YYYY-MM" from 2023-01 to 2040-12, found "2027-1"',
        'scenarios/x.yaml:3:43 levers.chipExports.rampMonths: expected an integer from 1 to 60, found 0',
        'scenarios/x.yaml:4:34 levers.hbmControls.start: expected a known lever field: one of value | from | rampMonths, found "start"',
        'scenarios/x.yaml:5:16 levers.smeControls.value: expected one of loosened | current | tightened, found nothing',
      ].join('\n'),
    );
  });

  it('a lever that is neither a value nor a mapping', () => {
    expect(messageOf('levers:', '  remoteAccess: [closed]')).toBe(
      'scenarios/x.yaml:2:17 levers.remoteAccess: expected one of open | closed, found a list',
    );
  });

  it('a lever starting after end', () => {
    expect(messageOf('end: 2029-01', 'levers:', '  remoteAccess: { value: closed, from: 2029-06 }')).toBe(
      'scenarios/x.yaml:3:40 levers.remoteAccess.from: expected a month from 2023-01 to end (2029-01), found "2029-06"',
    );
  });

  it('an unknown parameter name, suggesting the closest names', () => {
    expect(messageOf('params:', '  runMonthMax: 3', '  MFU: 0.4', '  zzzzqqqq: 1')).toBe(
      [
        'scenarios/x.yaml:2:3 params.runMonthMax: expected a known parameter (did you mean runMonthsMax?), found "runMonthMax"',
        'scenarios/x.yaml:3:3 params.MFU: expected a known parameter (did you mean mfu?), found "MFU"',
        `scenarios/x.yaml:4:3 params.zzzzqqqq: expected a known parameter (none of the ${PARAM_TABLE.length} is close), found "zzzzqqqq"`,
      ].join('\n'),
    );
    expect(messageOf('params:', '  researchShare: 0.3')).toBe(
      'scenarios/x.yaml:2:3 params.researchShare: expected a known parameter (did you mean researchShareCN or researchShareUS?), found "researchShare"',
    );
  });

  it('a parameter out of its range', () => {
    expect(messageOf('params:', '  mfu: 2')).toBe(
      'scenarios/x.yaml:2:8 params.mfu: expected a number from 0.05 to 1 (share), found 2',
    );
    expect(messageOf('params:', '  mfu: .nan')).toBe(
      'scenarios/x.yaml:2:8 params.mfu: expected a number from 0.05 to 1 (share), found NaN',
    );
  });

  it('a boostThresholdECI below eciReference', () => {
    expect(messageOf('params:', '  eciReference: 200')).toBe(
      'scenarios/x.yaml:2:17 params.eciReference: expected a number ≤ boostThresholdECI (165), found 200',
    );
    expect(messageOf('params:', '  boostThresholdECI: 160', '  eciReference: 170')).toBe(
      'scenarios/x.yaml:2:22 params.boostThresholdECI: expected a number ≥ eciReference (170), found 160',
    );
  });

  it('a correlation that is not a list of {a, b, rho}', () => {
    expect(messageOf('correlations: {a: mfu}')).toBe(
      'scenarios/x.yaml:1:15 correlations: expected a list of correlations {a, b, rho}, found a mapping',
    );
    expect(
      messageOf(
        'correlations:',
        '  - {a: mfu, b: talentCN, rho: 2}',
        '  - {a: mfu, b: talentCN}',
        '  - {a: mfu, b: talentCN, r: 1, rho: 0}',
      ),
    ).toBe(
      [
        'scenarios/x.yaml:2:32 correlations[0].rho: expected a number from -1 to 1, found 2',
        'scenarios/x.yaml:3:5 correlations[1].rho: expected a number from -1 to 1, found nothing',
        'scenarios/x.yaml:4:27 correlations[2].r: expected a known correlation field (did you mean a, b or rho?), found "r"',
      ].join('\n'),
    );
  });

  it('a correlation naming an unknown parameter', () => {
    expect(messageOf('correlations:', '  - a: talentCNN', '    b: mfu', '    rho: 0.3')).toBe(
      'scenarios/x.yaml:2:8 correlations[0].a: expected a parameter name (did you mean talentCN?), found "talentCNN"',
    );
  });

  it('a correlation of a parameter with itself, a fixed parameter, a pinned one, or a pair twice', () => {
    expect(
      messageOf(
        'params:',
        '  boostMax: 0.5',
        'correlations:',
        '  - {a: talentCN, b: talentCN, rho: 0.5}',
        '  - {a: runMonthsMax, b: talentCN, rho: 0.2}',
        '  - {a: talentCN, b: boostMax, rho: 0.1}',
        '  - {a: spilloverPerYear, b: talentCN, rho: 0.1}',
        '  - {a: talentCN, b: spilloverPerYear, rho: -0.1}',
      ),
    ).toBe(
      [
        'scenarios/x.yaml:4:22 correlations[0].b: expected a parameter other than a (talentCN), found "talentCN"',
        'scenarios/x.yaml:5:9 correlations[1].a: expected a parameter with an uncertain distribution (runMonthsMax is fixed), found "runMonthsMax"',
        'scenarios/x.yaml:6:22 correlations[2].b: expected a parameter not pinned in params (boostMax is pinned at 0.5), found "boostMax"',
        'scenarios/x.yaml:8:5 correlations[4]: expected each pair at most once (already in correlations[3]), found talentCN and spilloverPerYear again',
      ].join('\n'),
    );
  });
});

describe('parseScenarioText(text, file) rejects a range', () => {
  it('whose high is not above its low, or whose lognormal low is not positive', () => {
    expect(
      messageOf(
        'ranges:',
        '  dieBankDrawdownMonths: {low: 20, high: 10}',
        '  smugglingLeakShare: {low: 0, high: 0.2}',
      ),
    ).toBe(
      [
        'scenarios/x.yaml:2:42 ranges.dieBankDrawdownMonths.high: expected a number above low (20), found 10',
        'scenarios/x.yaml:3:29 ranges.smugglingLeakShare.low: expected a number above 0 (the 5th percentile of a lognormal parameter), found 0',
      ].join('\n'),
    );
  });

  it('whose central value is outside it, given or the table’s', () => {
    expect(
      messageOf(
        'ranges:',
        '  westernGrowth2027: {low: 1.1, high: 1.5, central: 2}',
        '  dieBankDrawdownMonths: {low: 20, high: 40}',
      ),
    ).toBe(
      [
        'scenarios/x.yaml:2:53 ranges.westernGrowth2027.central: expected a central value from low (1.1) to high (1.5), found 2',
        "scenarios/x.yaml:3:26 ranges.dieBankDrawdownMonths: expected central given, since the table's central value 18 is outside low–high (20–40), found a mapping",
      ].join('\n'),
    );
  });

  it('outside the allowed range, of a pinned or fixed parameter, or with an unknown key', () => {
    expect(
      messageOf(
        'params:',
        '  dieBankDrawdownMonths: 12',
        'ranges:',
        '  dieBankDrawdownMonths: {low: 6, high: 40}',
      ),
    ).toBe(
      'scenarios/x.yaml:4:26 ranges.dieBankDrawdownMonths: expected a parameter not pinned in params (dieBankDrawdownMonths is pinned at 12), found a mapping',
    );
    expect(messageOf('ranges:', '  dieBankDrawdownMonths: {low: 0, high: 400}')).toContain(
      'ranges.dieBankDrawdownMonths.low: expected a number from 1 to 120 (months), found 0',
    );
    expect(messageOf('ranges:', '  grossDiesPerWafer: {low: 70, high: 90}')).toContain(
      'ranges.grossDiesPerWafer: expected a known uncertain parameter',
    );
    expect(messageOf('ranges:', '  dieBankDrawdownMonths: {low: 6, hi: 40}')).toContain(
      'ranges.dieBankDrawdownMonths',
    );
  });
});

describe('parseScenarioText(text, file) reports', () => {
  it('the file, path, line and column of each issue', () => {
    const error = inputErrorOf(() =>
      parseScenarioText('title: x\nlevers:\n  chipExports: h100\n', 'a/b.yml'),
    );
    expect(error.issues).toEqual([
      {
        file: 'a/b.yml',
        path: ['levers', 'chipExports'],
        line: 3,
        column: 16,
        expected: 'one of none | h20 | h200 | blackwell',
        found: '"h100"',
      },
    ]);
  });

  it('cross-field errors only once every field is valid', () => {
    expect(messageOf('start: 2030-06', 'end: 2024-01')).toBe(
      'scenarios/x.yaml:2:6 end: expected a month "YYYY-MM" from 2028-12 to 2040-12, found "2024-01"',
    );
  });

  it('field errors in one pass, in the order of the file', () => {
    const error = inputErrorOf(() =>
      parseScenarioText('params:\n  mfu: 9\nlevers:\n  usAiExports: 2\ntitle: 1\n', FILE),
    );
    expect(error.issues.map((issue) => issue.line)).toEqual([2, 4, 5]);
  });
});
