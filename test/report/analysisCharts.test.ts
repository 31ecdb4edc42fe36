/**
 * The least-policy and PRIM charts: every mark inside its panel (the PRIM chart once drew its
 * trajectory outside a 0–1% panel), one row per least setting and per loosening, the goal where
 * the result says, and the labels the legend promises.
 */
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/analysis/policy/discover.ts';
import { leastPolicy } from '../../src/analysis/policy/target.ts';
import { primChart } from '../../src/report/charts/primChart.ts';
import { TARGET_CHART_MAX_SETTINGS, targetChart } from '../../src/report/charts/targetChart.ts';
import { createNodeDocument } from '../../src/report/nodeDocument.ts';
import { loadPreset } from '../../src/scenario/index.ts';
import { allText, countMarks } from './svgText.ts';

/** Centres of the circles of Plot's dot marks, in panel coordinates. */
function dotCentres(svg: string): { cx: number; cy: number }[] {
  const groups = svg.split('aria-label="dot"').slice(1);
  return groups.flatMap((g) =>
    (g.split('</g>')[0].match(/<circle[^>]*>/g) ?? []).map((tag) => ({
      cx: Number(/\scx="([-\d.e]+)"/.exec(tag)?.[1]),
      cy: Number(/\scy="([-\d.e]+)"/.exec(tag)?.[1]),
    })),
  );
}

describe('targetChart(result, {document, version})', () => {
  it('draws one dot per least setting and per loosening inside the panel, with the goal and each setting named (central parameters: the Monte Carlo case is in test/web/analysisViews.test.ts)', async () => {
    const result = await leastPolicy(loadPreset('baseline'), {
      goal: { minLeadMonths: 12, minProbability: 0.5 },
      draws: 0,
      seed: 1,
    });
    expect(result.reachable).toBe(true);
    const svg = targetChart(result, { document: createNodeDocument(), version: 'test', width: 1000 });
    const shown = [...result.minimal]
      .sort((a, b) => b.estimate.value - a.estimate.value)
      .slice(0, TARGET_CHART_MAX_SETTINGS);
    const rows = result.reachable ? shown.reduce((n, m) => n + 1 + m.loosenings.length, 0) : 1;
    const dots = dotCentres(svg);
    expect(dots).toHaveLength(rows);
    for (const { cx } of dots) {
      expect(cx).toBeGreaterThanOrEqual(0);
      expect(cx).toBeLessThanOrEqual(1000);
    }
    expect(countMarks(svg, 'rule')).toBeGreaterThanOrEqual(1);
    const text = allText(svg);
    expect(text).toContain('a central lead of at least 12 months at 2028-12');
    expect(text).toContain('Least setting 1');
    expect(text).toContain('loosen ');
  }, 120_000);

  it('at central parameters, the axis is the central lead in months and the goal is L', async () => {
    const result = await leastPolicy(loadPreset('baseline'), {
      goal: { minLeadMonths: 60, minProbability: 0.5 },
      draws: 0,
      seed: 1,
    });
    expect(result.reachable).toBe(false);
    const svg = targetChart(result, { document: createNodeDocument(), version: 'test' });
    const text = allText(svg);
    expect(text).toContain('central lead at 2028-12 (months)');
    expect(text).toContain('a central lead of at least 60 months at 2028-12');
    expect(text).toContain('Every searched lever at its most');
    expect(dotCentres(svg)).toHaveLength(1);
  }, 120_000);
});

describe('primChart(result, {document, version})', () => {
  it('draws the peeling trajectory inside its panel, shares in percent', async () => {
    const result = await discover(loadPreset('scenario-one'), { draws: 300, seed: 2 });
    const width = 1000;
    const svg = primChart(result, { document: createNodeDocument(), version: 'test', width });
    const dots = dotCentres(svg);
    // one dot per box on the trajectory, and the ring around the chosen one
    expect(dots).toHaveLength(result.trajectory.length + 1);
    for (const { cx, cy } of dots) {
      expect(cx).toBeGreaterThanOrEqual(0);
      expect(cx).toBeLessThanOrEqual(width);
      expect(cy).toBeGreaterThanOrEqual(0);
      expect(cy).toBeLessThanOrEqual(420);
    }
    // the first box is all the draws: coverage 100%, at the right edge of the panel
    const rightmost = Math.max(...dots.map((d) => d.cx));
    expect(rightmost).toBeGreaterThan(width * 0.8);
    expect(allText(svg)).toContain('100');
  }, 120_000);
});
