/**
 * The compact (phone) forms of the detail charts: below a 600 px image the compute, production,
 * probability and fronts charts lay out for the width they are given (not a wide chart scaled
 * down), with text of at least 12 px. The e2e test (test/web/phoneCharts.test.ts) checks in
 * Chromium that their text boxes do not overlap.
 */
import { describe, expect, it } from 'vitest';
import {
  computeChart,
  frontsChart,
  probabilityChart,
  productionChart,
} from '../../src/report/charts/index.ts';
import { createNodeDocument } from '../../src/report/nodeDocument.ts';
import { resultsFixture } from './fixtures/resultsFixture.ts';
import { allText, fontSizes, svgSize } from './svgText.ts';

const doc = resultsFixture({ draws: 500, resilience: true });
const PHONE = 358;
const charts = { computeChart, productionChart, probabilityChart, frontsChart };

function draw(name: keyof typeof charts, width: number): string {
  const svg = charts[name](doc, { document: createNodeDocument(), width });
  if (svg === null) throw new Error(`${name} returned null`);
  return svg;
}

/** x offsets of the panels' placed groups (the composed body's children). */
function panelXs(svg: string): number[] {
  const body = svg.slice(svg.indexOf('aria-label="panels"'));
  return [...body.matchAll(/<g transform="translate\(([-\d.]+),[-\d.]+\)"><g\b/g)].map((m) => Number(m[1]));
}

describe('compact forms below a 600 px image', () => {
  it.each(Object.keys(charts) as (keyof typeof charts)[])(
    '%s is drawn 358 px wide with no text under 12 px',
    (name) => {
      const svg = draw(name, PHONE);
      expect(svgSize(svg).width).toBe(PHONE);
      expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(12);
    },
  );

  it('frontsChart stacks its four panels in one column, each with its axis title above it', () => {
    const svg = draw('frontsChart', PHONE);
    expect(new Set(panelXs(svg))).toEqual(new Set([0]));
    expect(allText(svg)).toContain('Axis: Lead (months)');
    // the wide form keeps two columns
    expect(new Set(panelXs(draw('frontsChart', 1000))).size).toBe(2);
  });

  it('probabilityChart gives each world a row of horizontal bars, named with its condition', () => {
    const svg = draw('probabilityChart', PHONE);
    const text = allText(svg);
    expect(text).toContain('Scenario One world: US lead ≥ 12 months');
    expect(text).toContain('Race too close to test carefully:');
    expect(svg.split('aria-label="bar"').length - 1).toBe(5);
  });

  it('productionChart ticks every other year and shortens the paper’s labels', () => {
    const text = allText(draw('productionChart', PHONE));
    expect(text).toContain('Paper:');
    expect(text).not.toContain('of NVIDIA in 2026');
    const wide = allText(draw('productionChart', 1000));
    expect(wide).toContain('of NVIDIA in 2026');
  });

  it('computeChart labels the paper’s ratio inside the panel (no right margin)', () => {
    const text = allText(draw('computeChart', PHONE));
    expect(text).toContain('Paper: ≈11×');
    expect(text).not.toContain('strengthened controls');
  });
});
