import { describe, expect, it } from 'vitest';
import { closestNames, editDistance } from '../../src/scenario/errors.ts';
import { describeValue, formatIssue, formatPath, InputError } from '../../src/scenario/index.ts';

describe('formatIssue(issue)', () => {
  it('writes file:line:column path: expected …, found …', () => {
    const text = formatIssue({
      file: 'scenarios/x.yaml',
      path: ['levers', 'chipExports'],
      line: 12,
      column: 3,
      expected: 'one of none | h20 | h200 | blackwell',
      found: '"h100"',
    });
    expect(text).toBe(
      'scenarios/x.yaml:12:3 levers.chipExports: expected one of none | h20 | h200 | blackwell, found "h100"',
    );
  });

  it('leaves out what is not known', () => {
    expect(formatIssue({ file: 'x.yaml', path: [], expected: 'a readable file', found: 'gone' })).toBe(
      'x.yaml: expected a readable file, found gone',
    );
    expect(formatIssue({ file: 'x.yaml', path: [], line: 4, expected: 'valid YAML', found: 'junk' })).toBe(
      'x.yaml:4: expected valid YAML, found junk',
    );
  });
});

describe('formatPath(path)', () => {
  it('joins keys with dots and writes list items as [i]', () => {
    expect(formatPath(['correlations', 2, 'rho'])).toBe('correlations[2].rho');
    expect(formatPath(['levers'])).toBe('levers');
  });

  it('quotes keys that are not plain names', () => {
    expect(formatPath(['params', 'odd key'])).toBe('params["odd key"]');
    expect(formatPath(['levers', '2026'])).toBe('levers["2026"]');
  });

  it('is empty for the whole file', () => {
    expect(formatPath([])).toBe('');
  });
});

describe('describeValue(value)', () => {
  it('JSON-quotes strings and writes numbers and booleans plainly', () => {
    expect(describeValue('h100')).toBe('"h100"');
    expect(describeValue('say "hi"')).toBe('"say \\"hi\\""');
    expect(describeValue(2.5)).toBe('2.5');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(describeValue(false)).toBe('false');
  });

  it('names the type of mappings and lists, and says when nothing came', () => {
    expect(describeValue({ a: 1 })).toBe('a mapping');
    expect(describeValue([1, 2])).toBe('a list');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('nothing');
  });

  it('shortens long strings', () => {
    const text = describeValue('x'.repeat(200));
    expect(text.length).toBeLessThan(70);
    expect(text.endsWith('…"')).toBe(true);
  });
});

describe('editDistance(a, b)', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3); // the textbook Levenshtein example
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('ca', 'ac')).toBe(1);
    expect(editDistance('mfu', 'mfu')).toBe(0);
  });
});

describe('closestNames(input, candidates)', () => {
  const names = ['chipExports', 'smugglingEnforcement', 'smeControls', 'hbmControls', 'mfu'];

  it('returns near misses, best first', () => {
    expect(closestNames('chipExport', names)).toEqual(['chipExports']);
    expect(closestNames('smControls', names)).toEqual(['smeControls', 'hbmControls']);
    expect(closestNames('MFU', names)).toEqual(['mfu']);
  });

  it('matches a name contained in another', () => {
    expect(closestNames('enforcement', names)).toEqual(['smugglingEnforcement']);
  });

  it('returns nothing when no name is close', () => {
    expect(closestNames('zzzzqqqq', names)).toEqual([]);
  });
});

describe('new InputError(issues)', () => {
  it('is an Error whose message has one line per issue', () => {
    const error = new InputError([
      { file: 'a.yaml', path: ['end'], line: 1, column: 6, expected: 'x', found: '1' },
      { file: 'a.yaml', path: ['start'], line: 2, column: 8, expected: 'y', found: '2' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('InputError');
    expect(error.issues).toHaveLength(2);
    expect(error.message.split('\n')).toEqual([
      'a.yaml:1:6 end: expected x, found 1',
      'a.yaml:2:8 start: expected y, found 2',
    ]);
  });
});
