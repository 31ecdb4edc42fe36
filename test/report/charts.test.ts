import { describe, expect, it } from 'vitest';
import type { SeriesName } from '../../src/core/index.ts';
import {
  checksChart,
  computeChart,
  frontsChart,
  leadChart,
  probabilityChart,
  productionChart,
  renderCharts,
} from '../../src/report/charts/index.ts';
import { createNodeDocument } from '../../src/report/nodeDocument.ts';
import { resultsFixture } from './fixtures/resultsFixture.ts';
import { allText, countMarks, fontSizes, svgSize } from './svgText.ts';

const drawn = resultsFixture({ draws: 500 });
const central = resultsFixture({ draws: 0 });
const withResilience = resultsFixture({ draws: 500, resilience: true });
const options = () => ({ document: createNodeDocument() });

function draw(chart: (d: typeof drawn, o: ReturnType<typeof options>) => string | null, doc = drawn): string {
  const svg = chart(doc, options());
  if (svg === null) throw new Error('chart returned null');
  return svg;
}

describe('every chart', () => {
  const charts = renderCharts(withResilience, options());

  it('renderCharts(doc, {document}) draws all six charts for a full document', () => {
    expect(charts.map((c) => c.id)).toEqual([
      'lead',
      'compute',
      'production',
      'fronts',
      'probabilities',
      'checks',
    ]);
  });

  it('is a standalone SVG with xmlns, a viewBox, a 1000 px width and a white background', () => {
    for (const { svg } of charts) {
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toMatch(/viewBox="0 0 1000 \d+"/);
      expect(svgSize(svg).width).toBe(1000);
      expect(svg).toContain('fill="white"');
      expect(svg).not.toContain('<figure');
      expect(svg).not.toContain('<style');
    }
  });

  it('carries its title inside the image and the source line', () => {
    for (const { svg } of charts) {
      const title = /<text\b[^>]*>([^<]*)<\/text>/.exec(svg.slice(svg.indexOf('</title>')));
      expect(title?.[0]).toMatch(/font-size="24"/);
      expect(title?.[0]).toMatch(/font-weight="bold"/);
      expect(allText(svg)).toContain('Source: leadline 0.1.0, 500 draws, seed 42.');
    }
  });

  it('uses no text smaller than 12 px (legible at 1000 px wide)', () => {
    for (const { svg } of charts) {
      const sizes = fontSizes(svg);
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    }
  });

  it('gives a scenario the same colour in every chart', () => {
    for (const id of ['lead', 'probabilities', 'fronts'] as const) {
      const svg = charts.find((c) => c.id === id)?.svg ?? '';
      expect(svg, id).toContain('#0072B2'); // scenario-one: Okabe–Ito blue
      expect(svg, id).toContain('#D55E00'); // scenario-two: vermillion
      expect(svg, id).toContain('#E69F00'); // baseline: orange
    }
  });

  it('says "central parameters" instead of draws and seed when draws = 0', () => {
    for (const { svg } of renderCharts(central, options())) {
      expect(allText(svg)).toContain('Source: leadline 0.1.0, central parameters.');
      expect(allText(svg)).not.toContain('seed');
    }
  });
});

describe('leadChart(doc, {document})', () => {
  it('draws one line per scenario, the paper bands with labels, today and the source', () => {
    const svg = draw(leadChart);
    const text = allText(svg);
    expect(text).toContain('US lead over the PRC in frontier AI, in months');
    expect(text).toContain('↑ US lead (months; below 0: PRC ahead)');
    for (const label of [
      'Baseline (policy as of May 2026)',
      'Scenario One: commanding lead',
      'Scenario Two: neck-and-neck',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain('Scenario One');
    expect(text).toContain('US lead ≥ 12 months');
    expect(text).toContain('(paper: 12–24)');
    expect(text).toContain('within ±4 months');
    expect(text).toContain('Today (May 2026)');
    expect(text).toContain('10–90% of draws');
    expect(text).toContain('Shared by all scenarios');
    // Shared history + one line per scenario, plus two band edges per band.
    expect(countMarks(svg, 'area')).toBe(4);
    expect(countMarks(svg, 'line')).toBe(1 + 3 + 2 * 4);
  });

  it('shows in its band swatch the colours of the bands it draws, not one grey', () => {
    const svg = draw(leadChart);
    expect(bandSwatchFills(svg, '10–90% of draws')).toEqual(areaFills(svg));
    // the fixture's scenarios share their history: grey first, then each scenario's colour
    expect(areaFills(svg)).toEqual(['#4d4d4d', '#E69F00', '#0072B2', '#D55E00']);
  });

  it('draws no bands without quantiles', () => {
    const svg = draw(leadChart, central);
    expect(countMarks(svg, 'area')).toBe(0);
    expect(countMarks(svg, 'line')).toBe(4);
    expect(allText(svg)).not.toContain('10–90%');
  });

  it('returns null when no run has leadMonths', () => {
    const doc = resultsFixture({ draws: 0 });
    for (const run of doc.runs) delete run.series.leadMonths;
    expect(leadChart(doc, options())).toBeNull();
  });

  it('colours a lone scenario from its first month (no shared history)', () => {
    const doc = resultsFixture({ draws: 0 });
    doc.runs = doc.runs.filter((run) => run.scenario === 'scenario-one');
    const svg = draw(leadChart, doc);
    expect(allText(svg)).not.toContain('Shared by all scenarios');
    expect(svg).toContain('stroke="#0072B2"');
  });
});

describe('computeChart(doc, {document})', () => {
  it('draws compute on a log scale and the ratio in a second panel', () => {
    const svg = draw(computeChart);
    const text = allText(svg);
    expect(text).toContain('Compute accessible to US-bloc and PRC AI labs');
    expect(text).toContain('↑ Accessible compute (H100e, log scale)');
    expect(text).toContain('Ratio of US-bloc to PRC accessible compute');
    expect(text).toContain('↑ US ÷ PRC (×, log scale)');
    expect(text).toContain('Solid: US-bloc labs');
    expect(text).toContain('Dashed: PRC labs');
    expect(text).toContain('≈11×: paper, with');
    expect(text).toContain('Parity (1×)');
    expect(text).toContain('Ratio: 10–90% of draws');
    expect(bandSwatchFills(svg, 'Ratio: 10–90% of draws')).toEqual(areaFills(svg));
    expect(text).toMatch(/\b10M\b/);
  });
});

/** Fills of the areas a chart draws (its 10–90% bands), in order. */
function areaFills(svg: string): string[] {
  const tags = svg.match(/<g\b[^>]*aria-label="area"[^>]*>/g) ?? [];
  return tags.map((tag) => /\sfill="([^"]+)"/.exec(tag)?.[1] ?? '');
}

/** Fills of the strips of the legend swatch beside `label`. */
function bandSwatchFills(svg: string, label: string): string[] {
  const item = svg.split('class="legend-item"').find((part) => part.includes(`>${label}<`));
  if (item === undefined) throw new Error(`no legend item ${label}`);
  const swatch = item.slice(0, item.indexOf('<text'));
  return (swatch.match(/<rect\b[^>]*>/g) ?? []).map((tag) => /\sfill="([^"]+)"/.exec(tag)?.[1] ?? '');
}

describe('productionChart(doc, {document})', () => {
  it('sums output by calendar year and marks the paper’s 4% and 2% points', () => {
    const svg = draw(productionChart);
    const text = allText(svg);
    expect(text).toContain('Annual AI-chip output: NVIDIA vs Huawei');
    expect(text).toContain('↑ Output (H100e per year, log scale)');
    expect(text).toContain('Calendar year');
    expect(text).toContain('NVIDIA (solid, filled dots, same in all scenarios)');
    expect(text).toContain('Huawei (dashed, open dots)');
    expect(text).toContain('Paper: Huawei at 4%');
    expect(text).toContain('of NVIDIA in 2026');
    expect(text).toContain('Paper: Huawei at 2%');
    expect(text).toContain('of NVIDIA in 2027');
    for (const year of ['2024', '2025', '2026', '2027', '2028', '2029']) expect(text).toContain(year);
    // Six complete years: one NVIDIA line (same everywhere) and three Huawei lines.
    expect(countMarks(svg, 'line')).toBe(4);
  });

  it('leaves out a partial calendar year', () => {
    const doc = resultsFixture({ draws: 0 });
    for (const run of doc.runs) {
      run.months = run.months.slice(0, -6);
      for (const name of Object.keys(run.series) as SeriesName[])
        run.series[name] = run.series[name]?.slice(0, -6);
    }
    const text = allText(draw(productionChart, doc));
    expect(text).toContain('2028');
    expect(text).not.toContain('2029');
  });
});

describe('frontsChart(doc, {document})', () => {
  it('draws the panels whose series exist and skips resilience when absent', () => {
    const text = allText(draw(frontsChart));
    expect(text).toContain('The four fronts in 2028, by scenario');
    expect(text).toContain('Intelligence: US lead');
    expect(text).toContain('Domestic adoption');
    expect(text).toContain('Global distribution: US share');
    expect(text).toContain('Lead (months)');
    expect(text).toContain('Adoption (% of firms)');
    expect(text).toContain('US (dot)');
    expect(text).toContain('PRC (ring)');
    expect(text).not.toContain('Resilience');
  });

  it('labels the resilience panel "illustrative" when its series exist', () => {
    const text = allText(draw(frontsChart, withResilience));
    expect(text).toContain('Resilience (illustrative)');
    expect(text).toContain('Resilience index, illustrative (% of jobs per year)');
    expect(text).toContain('−3.0%');
    expect(text).toContain('Resilience is an illustrative index');
  });

  it('shows 10–90% whiskers on the lead only with quantiles', () => {
    expect(allText(draw(frontsChart))).toContain('Whiskers: 10–90% of draws');
    expect(allText(draw(frontsChart, central))).not.toContain('10–90%');
  });

  it('returns null when the months do not reach 2028', () => {
    const doc = resultsFixture({ draws: 0 });
    for (const run of doc.runs) run.months = run.months.map((m) => m.replace(/^2028/, '2031'));
    expect(frontsChart(doc, options())).toBeNull();
  });
});

describe('probabilityChart(doc, {document})', () => {
  it('draws a bar and a ±1.96·se error bar per scenario and outcome', () => {
    const svg = draw(probabilityChart);
    const text = allText(svg);
    expect(text).toContain('How likely is each 2028 world?');
    expect(text).toContain('↑ Probability (% of draws)');
    expect(text).toContain('Scenario One world');
    expect(text).toContain('US lead ≥ 12 months');
    expect(text).toContain('Scenario Two world');
    expect(text).toContain('±1.96·se (Monte Carlo error)');
    expect(text).toContain('71%');
    expect((svg.match(/<rect\b/g) ?? []).length).toBeGreaterThanOrEqual(9);
  });

  it('returns null without probabilities', () => {
    expect(probabilityChart(central, options())).toBeNull();
  });
});

describe('checksChart(doc, {document})', () => {
  it('lists every check with its verdict in words', () => {
    const text = allText(draw(checksChart));
    for (const id of ['PC1', 'PC5', 'PC6', 'PC7']) expect(text).toContain(id);
    expect(text).toContain('✗ FAIL');
    expect(text).toContain('1 of 4 checks fail.');
    expect(text).toContain('≤ 4');
  });

  it('returns null without checks', () => {
    const doc = resultsFixture({ draws: 0 });
    delete doc.checks;
    expect(checksChart(doc, options())).toBeNull();
  });
});
