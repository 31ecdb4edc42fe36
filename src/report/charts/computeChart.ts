/**
 * Chart: compute accessible to US-bloc and PRC labs (H100e, log scale; US solid, PRC dashed,
 * colour by scenario) above a second panel with the ratio R = A_US / A_CN, with its 10–90%
 * band when drawn and the paper's "about 11x" (P03) marked.
 */
import * as Plot from '@observablehq/plot';
import { formatCount } from '../../analysis/format.ts';
import type { ResultsDocument, RunResult } from '../../analysis/results.ts';
import type { ChartOptions } from './chartOptions.ts';
import { bodyWidth, composeFigure, isNarrowFigure } from './figure.ts';
import type { LegendItem } from './legend.ts';
import { monthDate, monthLabel } from './months.ts';
import { INK, scenarioColors } from './palette.ts';
import { PAPER_COMPUTE_RATIO, TODAY_MONTH } from './paperMarks.ts';
import { panelOptions, plotToGroup } from './plotPanel.ts';
import { scenarioLegend } from './scenarioLegend.ts';
import { bandColors, scenarioBands, scenarioLines } from './scenarioLines.ts';
import { finiteValues, hasBand, linesStatistic, quantilesOf, seriesOf, shownSeries } from './seriesAccess.ts';
import { sourceLine } from './sourceLine.ts';
import { svgText } from './svgElement.ts';
import { monthExtent, yearTicks } from './timeAxis.ts';

const TOP_HEIGHT = 380;
const BOTTOM_HEIGHT = 240;
const HEADER = 26;
const GAP = 18;
const MARGINS = { marginLeft: 62, marginRight: 170, marginTop: 30, marginBottom: 30 } as const;
/** The compact (phone) form: shorter panels, no right margin (the reference labels sit inside the
 * ratio panel, above their rules), short headers and date label, 12 px text. */
const NARROW = {
  top: 250,
  bottom: 170,
  margins: { marginLeft: 48, marginRight: 12, marginTop: 30, marginBottom: 30 },
  header: 14,
} as const;

export const COMPUTE_CHART_TITLE = 'Compute accessible to US-bloc and PRC AI labs';

/** SVG markup of the compute chart, or null when no run has computeUS and computeCN. */
export function computeChart(doc: ResultsDocument, options: ChartOptions): string | null {
  const runs = doc.runs.filter(
    (r) => seriesOf(r, 'computeUS') !== undefined && seriesOf(r, 'computeCN') !== undefined,
  );
  if (runs.length === 0) return null;
  const { document } = options;
  const width = bodyWidth(options.width);
  const narrow = isNarrowFigure(options.width);
  const margins = narrow ? NARROW.margins : MARGINS;
  const topHeight = narrow ? NARROW.top : TOP_HEIGHT;
  const bottomHeight = narrow ? NARROW.bottom : BOTTOM_HEIGHT;
  const colors = scenarioColors(doc.runs);
  const color = (run: RunResult) => colors.get(run.scenario) ?? INK.neutralSeries;
  const x = xScale(runs, width - margins.marginLeft - margins.marginRight);

  const usLines = scenarioLines(runs, 'computeUS', color, { positiveOnly: true });
  const cnLines = scenarioLines(runs, 'computeCN', color, { positiveOnly: true, strokeDasharray: '7,4' });
  const stockMarks: Plot.Markish[] = [todayRule(runs, narrow), ...usLines.marks, ...cnLines.marks];
  const top = Plot.plot({
    ...panelOptions(document, width, topHeight),
    ...margins,
    x,
    y: {
      type: 'log',
      // nice: the domain ends on powers of ten, so the top decade has its label (10B at a 2040 horizon)
      nice: true,
      grid: true,
      label: '↑ Accessible compute (H100e, log scale)',
      labelArrow: 'none',
      tickFormat: formatCount,
      ...(narrow ? { ticks: 5 } : {}),
    },
    marks: stockMarks,
  });

  const ratioRuns = runs.filter((run) => seriesOf(run, 'computeRatio') !== undefined);
  const hasBands = ratioRuns.some((run) => hasBand(run, 'computeRatio'));
  const ratioLines = scenarioLines(ratioRuns, 'computeRatio', color, { positiveOnly: true });
  const ratioMarks: Plot.Markish[] = [
    todayRule(runs, narrow),
    ...paperRatioMarks(narrow),
    ...scenarioBands(ratioRuns, 'computeRatio', color, { positiveOnly: true }),
    ...ratioLines.marks,
  ];
  const bottom = Plot.plot({
    ...panelOptions(document, width, bottomHeight),
    ...margins,
    x,
    y: {
      type: 'log',
      domain: ratioDomain(ratioRuns),
      grid: true,
      label: '↑ US ÷ PRC (×, log scale)',
      labelArrow: 'none',
      tickFormat: (d: number) => `${d}×`,
    },
    marks: ratioMarks,
  });

  const headerSize = narrow ? NARROW.header : 16;
  const header = (text: string) => svgText(document, text, 0, 16, { size: headerSize, weight: 'bold' });
  const bottomY = HEADER + topHeight + GAP;
  const lines = [usLines, cnLines, ratioLines];
  const shared = lines.some((l) => l.shared === 'some')
    ? 'some'
    : lines.some((l) => l.shared === 'all')
      ? 'all'
      : 'none';
  const legend: LegendItem[] = [
    ...scenarioLegend(runs, color, { shared, allShared: false }),
    { label: 'Solid: US-bloc labs', kind: 'line', color: INK.lineStyle },
    { label: 'Dashed: PRC labs', kind: 'dashed', color: INK.lineStyle },
  ];
  if (hasBands) {
    const colors = bandColors(ratioRuns, 'computeRatio', color);
    legend.push({
      label: 'Ratio: 10–90% of draws',
      kind: 'bands',
      color: colors[0] ?? INK.neutralSeries,
      colors,
    });
  }

  return composeFigure(document, {
    title: COMPUTE_CHART_TITLE,
    subtitle:
      'AI accelerators each bloc’s labs can use (owned, bought, smuggled or rented abroad), in H100-equivalents. ' +
      `Lines: ${linesStatistic(runs)}.`,
    legend,
    body: [
      { element: header('Accessible compute'), x: 0, y: 0 },
      { element: plotToGroup(document, top, 0, 0), x: 0, y: HEADER },
      {
        element: header(narrow ? 'Ratio, US-bloc to PRC' : 'Ratio of US-bloc to PRC accessible compute'),
        x: 0,
        y: bottomY,
      },
      { element: plotToGroup(document, bottom, 0, 0), x: 0, y: bottomY + HEADER },
    ],
    bodyHeight: bottomY + HEADER + bottomHeight,
    source: sourceLine(doc),
    width: options.width,
  });
}

/** The same time axis for both panels, so they line up; year ticks thinned to fit `plotWidth` [px]. */
function xScale(runs: readonly RunResult[], plotWidth: number): Plot.ScaleOptions {
  const months = runs.flatMap((run) => run.months);
  return {
    type: 'utc',
    domain: monthExtent(months),
    label: null,
    ticks: yearTicks(months, plotWidth),
    tickFormat: '%Y',
  };
}

function todayRule(runs: readonly RunResult[], narrow: boolean): Plot.Markish {
  const shown = runs.some((run) => run.months.includes(TODAY_MONTH));
  if (!shown) return null;
  const date = monthDate(TODAY_MONTH);
  return Plot.marks(
    Plot.ruleX([date], { stroke: INK.rule, strokeDasharray: '5,4', strokeWidth: 1.5 }),
    Plot.text([narrow ? 'Today' : `Today (${monthLabel(TODAY_MONTH)})`], {
      x: date,
      frameAnchor: 'top',
      dy: -10,
      fontSize: narrow ? 12 : 13,
      fontWeight: 'bold',
    }),
  );
}

/**
 * Parity and the paper's ≈11× ratio, labelled in the right margin; in the compact form inside
 * the panel at its left edge, just above each rule, on a white halo.
 */
function paperRatioMarks(narrow: boolean): Plot.Markish[] {
  const label = narrow
    ? ({
        frameAnchor: 'left',
        dx: 4,
        dy: -8,
        textAnchor: 'start',
        fontSize: 12,
        stroke: 'white',
        strokeWidth: 3,
        paintOrder: 'stroke',
      } as const)
    : ({ frameAnchor: 'right', dx: 10, textAnchor: 'start', fontSize: 13, lineHeight: 1.2 } as const);
  return [
    Plot.ruleY([1], { stroke: '#8c8c8c' }),
    // compact: the "1×" tick names parity
    narrow ? null : Plot.text(['Parity (1×)'], { ...label, y: 1 }),
    Plot.ruleY([PAPER_COMPUTE_RATIO], { stroke: INK.rule, strokeDasharray: '2,3', strokeWidth: 1.5 }),
    Plot.text(
      [
        narrow
          ? `Paper: ≈${PAPER_COMPUTE_RATIO}×`
          : `≈${PAPER_COMPUTE_RATIO}×: paper, with\nstrengthened controls`,
      ],
      { ...label, y: PAPER_COMPUTE_RATIO, fill: INK.text },
    ),
  ];
}

/** Log domain that shows parity and the paper's ratio as well as the data. */
function ratioDomain(runs: readonly RunResult[]): [number, number] {
  const values = finiteValues(
    runs.flatMap((run) => {
      const q = quantilesOf(run, 'computeRatio');
      return [shownSeries(run, 'computeRatio'), q?.p10, q?.p90];
    }),
  ).filter((v) => v > 0);
  let low = 0.8;
  let high = PAPER_COMPUTE_RATIO * 1.5;
  for (const v of values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return [low, high];
}
