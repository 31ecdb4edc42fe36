/**
 * The attribution as printed: the chart, the explorer and `leadline attribute` round the shares
 * once (printedAttribution, largest remainder), so the printed shares add up to the printed
 * difference. Four shares of 0.25 month each, rounded on their own, printed +0.3 four times
 * beside a difference of 1.0.
 */
import { describe, expect, it } from 'vitest';
import type { AttributionResult, LeverAttribution } from '../../src/analysis/policy/attribution.ts';
import { printedAttribution } from '../../src/analysis/policy/attributionPrinted.ts';
import { renderAttribution } from '../../src/cli/policyText.ts';
import { attributionChart } from '../../src/report/charts/attributionChart.ts';
import { createNodeDocument } from '../../src/report/nodeDocument.ts';
import { textsOf } from './svgText.ts';

const LEVERS = ['chipExports', 'smugglingEnforcement', 'remoteAccess', 'hbmControls'] as const;

function lever(name: (typeof LEVERS)[number]): LeverAttribution {
  const spread = { mean: 0.25, median: 0.2, p10: 0.1, p90: 0.4 };
  return {
    lever: name,
    fromSetting: 'off',
    toSetting: 'on',
    leadMonths: 0.25,
    central: { share: 0.25, alone: 0.25, interaction: 0 },
    overDraws: { share: spread, alone: spread, interaction: 0 },
    probability: { 'scenario-one': 0.0025, 'scenario-two': -0.0025, between: 0, 'prc-lead': 0 },
  };
}

const QUARTERS: AttributionResult = {
  to: 'B',
  from: 'A',
  month: 155,
  monthLabel: '2028-12',
  draws: 100,
  seed: 1,
  levers: LEVERS.map(lever),
  frontsOnly: [],
  total: {
    central: 1,
    leadMonths: 1,
    overDraws: { mean: 1, median: 0.9, p10: 0.5, p90: 1.5 },
    probability: { 'scenario-one': 0.01, 'scenario-two': -0.01, between: 0, 'prc-lead': 0 },
  },
  fromLeadMonths: 2,
  toLeadMonths: 3,
  meanLeadMonths: { from: 2, to: 3 },
  coalitions: 16,
};

describe('printedAttribution(result)', () => {
  it('rounds the shares to tenths that add up to the rounded total (0.25 ×4 → 3, 3, 2, 2)', () => {
    const printed = printedAttribution(QUARTERS);
    expect(printed.shares).toEqual([3, 3, 2, 2]);
    expect(printed.total).toBe(10);
    expect(printed.interaction).toEqual(printed.shares.map((s, i) => s - printed.alone[i]));
    expect(printed.points).toEqual([3, 3, 2, 2]);
  });
});

describe('attributionChart(result, {document, version})', () => {
  it('labels the bars with the printed shares, which add up to the end minus the start as printed, and equal the CLI table', () => {
    const svg = attributionChart(QUARTERS, { document: createNodeDocument(), version: 'test', width: 1000 });
    const texts = textsOf(svg);
    const shares = texts.filter((t) => /^[+−]\d+\.\d$/.test(t));
    expect(shares).toEqual(['+0.3', '+0.3', '+0.2', '+0.2']);
    expect(texts).toContain('2.0');
    expect(texts).toContain('3.0');
    const cli = renderAttribution(QUARTERS);
    for (const [i, name] of LEVERS.entries()) {
      const row = cli.split('\n').find((line) => line.includes(name));
      expect(row).toContain(shares[i]);
    }
    expect(svg).toContain('mean difference +1.0 months');
  });
});
