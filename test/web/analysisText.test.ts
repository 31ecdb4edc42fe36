/**
 * The explorer's table views and summaries of target, discover and history (web/src/analysisText.ts),
 * in Node: every number labelled, the edge cases (no draws, a claim that never holds) in words.
 */
import { describe, expect, it } from 'vitest';
import type { DiscoverResult, TargetResult } from '../../src/index.ts';
import {
  boxText,
  estimateText,
  shareStandardError,
  targetSummary,
  targetTable,
} from '../../web/src/analysisText.ts';

const setting = (value: number, low: number, high: number) => ({
  levers: { chipExports: 'none' as const, distillationDeterrence: 1 },
  estimate: { value, low, high },
  verdict: 'reaches' as const,
});

const target: TargetResult = {
  base: 'baseline',
  month: '2028-12',
  minLeadMonths: 12,
  minProbability: 0.5,
  draws: 100,
  seed: 1,
  z: 1.96,
  searched: [
    { lever: 'chipExports', ladder: ['blackwell', 'h200', 'h20', 'none'] },
    { lever: 'distillationDeterrence', ladder: [0, 0.5, 1] },
  ],
  held: [],
  reachable: true,
  top: setting(0.7, 0.6, 0.78),
  minimal: [
    { ...setting(0.55, 0.51, 0.6), loosenings: [] },
    {
      ...setting(0.63, 0.53, 0.72),
      loosenings: [{ ...setting(0.45, 0.35, 0.55), verdict: 'undecided', lever: 'chipExports' }],
    },
  ],
  undecided: 3,
  evaluated: 40,
};

describe('target text', () => {
  it('estimateText gives the share with its 95% interval, or the central lead', () => {
    expect(estimateText(target, target.top)).toBe('70.0% (95% interval 60.0%–78.0%)');
    expect(estimateText({ ...target, minProbability: null, draws: 0 }, setting(12.34, 12.34, 12.34))).toBe(
      'lead 12.3 months (central parameters)',
    );
  });
  it('targetTable lists the least settings most probable first, each followed by its loosenings', () => {
    const table = targetTable(target);
    expect(table.rows.map((r) => r[0])).toEqual([
      'Least setting 1',
      '↳ 1, loosen chipExports',
      'Least setting 2',
    ]);
    expect(table.rows[0][3]).toBe('63.0% (95% interval 53.0%–72.0%)');
    expect(table.caption).toContain('100 paired draws, seed 1; 95% Wilson intervals');
  });
  it('targetSummary counts the settings in agreeing words', () => {
    expect(targetSummary(target)).toMatch(
      /^2 least settings of the US levers reach P\(lead ≥ 12 months at 2028-12\) ≥ 50%/,
    );
    expect(targetSummary({ ...target, minimal: target.minimal.slice(0, 1) })).toMatch(
      /^1 least setting of the US levers reaches/,
    );
    expect(targetSummary({ ...target, reachable: false, minimal: [] })).toMatch(
      /^No setting of the US levers reaches/,
    );
  });
});

describe('boxText(result)', () => {
  const box = (holds: number, coverage: number, density: number, mass: number) =>
    ({ draws: 400, holds, box: { coverage, density, mass } }) as unknown as DiscoverResult;
  it('gives coverage, density and mass each ± its binomial standard error', () => {
    // density over the 100 draws in the box: √(0.8 · 0.2 / 100) = 0.04
    expect(shareStandardError(0.8, 100)).toBeCloseTo(0.04, 15);
    expect(boxText(box(0.5, 0.4, 0.8, 0.25))).toBe(
      'coverage 40.0% ± 3.5, density 80.0% ± 4.0, mass 25.0% ± 2.2 (± one binomial standard error)',
    );
  });
  it('says the coverage is undefined when the claim holds in no draw', () => {
    expect(boxText(box(0, 0, 0, 1))).toContain('coverage n/a (the claim holds in no draw)');
  });
});
