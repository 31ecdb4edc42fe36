/**
 * Charts at the edges (issue 10 item 12): a 2040-12 horizon (tick and date labels must not
 * collide, the log axis labels its top decade) and one draw (no band, no legend entry for one).
 * Label positions are read from the SVG and their widths estimated with the font's advances.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runResolved } from '../../src/analysis/pipeline/run.ts';
import type { ResultsDocument } from '../../src/analysis/results.ts';
import { computeChart, frontsChart, leadChart } from '../../src/report/charts/index.ts';
import { textWidth } from '../../src/report/charts/textWidth.ts';
import {
  anchorDx,
  labelSpan,
  MIN_YEAR_SPACING_PX,
  ruleLabelAnchors,
  yearTicks,
} from '../../src/report/charts/timeAxis.ts';
import { createNodeDocument } from '../../src/report/nodeDocument.ts';
import { loadPreset, parseScenarioText, resolveScenario } from '../../src/scenario/index.ts';
import { allText } from './svgText.ts';

const options = () => ({ document: createNodeDocument() });
const months = (from: string, to: string) => {
  const out: string[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
    for (let m = 1; m <= 12; m++) out.push(`${y}-${String(m).padStart(2, '0')}`);
  return out;
};

interface Label {
  text: string;
  left: number;
  right: number;
}

/** Every text of the <g aria-label=…> groups named `group`, with its horizontal extent [px]. */
function labelsIn(svg: string, group: string): Label[] {
  const labels: Label[] = [];
  for (const g of svg.matchAll(
    /<g([^>]*)aria-label="([^"]*)"[^>]*>((?:<text[^>]*(?:\/>|>[^<]*<\/text>))+)<\/g>/g,
  )) {
    if (g[2] !== group) continue;
    const attributes = g[0].slice(0, g[0].indexOf('>'));
    const dx = Number(/translate\(([-\d.]+),/.exec(attributes)?.[1] ?? 0);
    const anchor = (/text-anchor="(\w+)"/.exec(attributes)?.[1] ?? 'middle') as 'start' | 'middle' | 'end';
    const size = Number(/font-size="([\d.]+)"/.exec(attributes)?.[1] ?? 12);
    const bold = attributes.includes('font-weight="bold"');
    for (const t of g[3].matchAll(/<text[^>]*translate\(([-\d.]+),[^>]*>([^<]*)<\/text>/g)) {
      const [left, right] = labelSpan({ x: Number(t[1]), width: textWidth(t[2], size, bold) }, anchor, dx);
      labels.push({ text: t[2], left, right });
    }
  }
  return labels.sort((a, b) => a.left - b.left);
}

function expectNoOverlap(labels: readonly Label[]): void {
  for (let i = 1; i < labels.length; i++) {
    expect(labels[i].left, `${labels[i - 1].text} and ${labels[i].text}`).toBeGreaterThan(
      labels[i - 1].right,
    );
  }
}

describe('yearTicks(months, plotWidthPx) and ruleLabelAnchors(labels)', () => {
  it('keeps a yearly tick to 2030 and thins to every other year to 2040 on a 710 px plot', () => {
    expect(yearTicks(months('2023', '2030'), 710).map((d) => d.getUTCFullYear())).toEqual([
      2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ]);
    const long = yearTicks(months('2023', '2040'), 710);
    expect(long.map((d) => d.getUTCFullYear())).toEqual([
      2024, 2026, 2028, 2030, 2032, 2034, 2036, 2038, 2040,
    ]);
    expect((710 / 18) * 2).toBeGreaterThanOrEqual(MIN_YEAR_SPACING_PX);
  });

  it('centres labels that fit and sets close ones beside their rules, never overlapping', () => {
    expect(
      ruleLabelAnchors([
        { x: 100, width: 80 },
        { x: 400, width: 60 },
      ]),
    ).toEqual(['middle', 'middle']);
    const close = [
      { x: 184, width: 125 },
      { x: 250, width: 62 },
    ];
    const anchors = ruleLabelAnchors(close);
    expect(anchors).toEqual(['end', 'start']);
    const [, leftEnd] = labelSpan(close[0], anchors[0], anchorDx(anchors[0]));
    const [rightStart] = labelSpan(close[1], anchors[1], anchorDx(anchors[1]));
    expect(rightStart).toBeGreaterThan(leftEnd);
  });
});

describe('charts with a 2040-12 horizon', () => {
  let doc: ResultsDocument;
  beforeAll(async () => {
    const long = parseScenarioText('title: Long horizon\nend: 2040-12\n', 'long.yaml');
    doc = await runResolved([resolveScenario(loadPreset('baseline')), resolveScenario(long)], {
      draws: 20,
      seed: 1,
      workers: 1,
    });
  }, 60_000);

  it('the lead chart’s year ticks and its Today / Dec 2028 labels do not overlap', () => {
    const svg = leadChart(doc, options()) ?? '';
    const ticks = labelsIn(svg, 'x-axis tick label');
    expect(ticks.length).toBeGreaterThanOrEqual(8);
    expectNoOverlap(ticks);
    const dates = labelsIn(svg, 'text').filter((l) => l.text === 'Today (May 2026)' || l.text === 'Dec 2028');
    expect(dates).toHaveLength(2);
    expectNoOverlap(dates);
  });

  it('the compute chart labels its log axis above 1B and its year ticks do not overlap', () => {
    const svg = computeChart(doc, options()) ?? '';
    const yLabels = labelsIn(svg, 'y-axis tick label').map((l) => l.text);
    expect(yLabels).toContain('1B');
    expect(yLabels).toContain('10B');
    const [top, bottom] = svg.split('Ratio of US-bloc to PRC accessible compute');
    expectNoOverlap(labelsIn(top, 'x-axis tick label'));
    expectNoOverlap(labelsIn(bottom, 'x-axis tick label'));
  });
});

describe('charts with one draw', () => {
  let doc: ResultsDocument;
  beforeAll(async () => {
    doc = await runResolved(
      [resolveScenario(loadPreset('baseline')), resolveScenario(loadPreset('scenario-one'))],
      {
        draws: 1,
        seed: 1,
        workers: 1,
      },
    );
  }, 60_000);

  it('draws no band and lists none in the legend or subtitle', () => {
    const svg = leadChart(doc, options()) ?? '';
    expect(allText(svg)).not.toContain('10–90%');
    expect(svg.split('aria-label="area"').length - 1).toBe(0);
    expect(allText(computeChart(doc, options()) ?? '')).not.toContain('10–90%');
    expect(allText(frontsChart(doc, options()) ?? '')).not.toContain('Whiskers');
  });
});
