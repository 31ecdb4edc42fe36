import { describe, expect, it } from 'vitest';
import { closestNames } from '../../src/scenario/index.ts';

describe('closestNames(input, candidates)', () => {
  const names = ['spilloverPerYear', 'distillationPerYear', 'mfu', 'runMonthsMax'];

  it('suggests a longer name whose stem is misspelt', () => {
    expect(closestNames('spilover', names)).toEqual(['spilloverPerYear']);
  });

  it('suggests a name one edit away', () => {
    expect(closestNames('runMonthMax', names)).toEqual(['runMonthsMax']);
  });

  it('suggests nothing for an unrelated word', () => {
    expect(closestNames('zebra', names)).toEqual([]);
  });
});
