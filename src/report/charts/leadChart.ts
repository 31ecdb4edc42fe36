/**
 * Chart: the US lead in months over time, one line per scenario (the median of the draws, or the
 * central run without draws) with its
 * 10–90% band of draws, the Scenario One (12–24 months) and Scenario Two (±4 months) bands
 * (thresholds from analysis/outcomes.ts)
 * shaded and labelled in the right margin, and "today" (2026-05) and end-2028 marked.
 */
import * as Plot from '@observablehq/plot';
import type { ResultsDocument, RunResult } from '../../analysis/results.ts';
import type { ChartOptions } from './chartOptions.ts';
import { bodyWidth, composeFigure } from './figure.ts';
import type { LegendItem } from './legend.ts';
import { monthDate, monthLabel } from './months.ts';
import { INK, scenarioColors } from './palette.ts';
import { HORIZON_MONTH, SCENARIO_ONE_BAND, SCENARIO_TWO_HALF_WIDTH, TODAY_MONTH } from './paperMarks.ts';
import { panelOptions, plotToGroup } from './plotPanel.ts';
import { scenarioLegend } from './scenarioLegend.ts';
import { bandColors, scenarioBands, scenarioLines } from './scenarioLines.ts';
import { finiteValues, hasBand, linesStatistic, quantilesOf, seriesOf, shownSeries } from './seriesAccess.ts';
import { sourceLine } from './sourceLine.ts';
import { anchorDx, monthExtent, ruleLabelAnchors, ruleLabelWidth, xOf, yearTicks } from './timeAxis.ts';

const SERIES = 'leadMonths';
const PANEL_HEIGHT = 460;
const MARGIN_RIGHT = 190;
/** Below this body width [px] (a phone), the chart is drawn compact: shorter, smaller margin
 * labels, a tick every other year, short date labels, so no text overlaps. */
export const NARROW_BODY_WIDTH = 560;
const NARROW_PANEL_HEIGHT = 260;
const NARROW_MARGIN_RIGHT = 86;

export const LEAD_CHART_TITLE = 'US lead over the PRC in frontier AI, in months';

/** SVG markup of the lead chart, or null when no run has a `leadMonths` series. */
export function leadChart(doc: ResultsDocument, options: ChartOptions): string | null {
  const runs = doc.runs.filter((run) => seriesOf(run, SERIES) !== undefined);
  if (runs.length === 0) return null;
  const { document } = options;
  const width = bodyWidth(options.width);
  const colors = scenarioColors(doc.runs);
  const hasBands = runs.some((run) => hasBand(run, SERIES));
  const narrow = width < NARROW_BODY_WIDTH;
  const panelHeight = narrow ? NARROW_PANEL_HEIGHT : PANEL_HEIGHT;

  const colorOf = (run: RunResult) => colors.get(run.scenario) ?? INK.neutralSeries;
  const lines = scenarioLines(runs, SERIES, colorOf);
  const marginLeft = narrow ? 40 : 52;
  const marginRight = narrow ? NARROW_MARGIN_RIGHT : MARGIN_RIGHT;
  const months = runs.flatMap((run) => run.months);
  const axis = { domain: monthExtent(months), left: marginLeft, right: width - marginRight };
  const marks: Plot.Markish[] = [
    ...referenceBands(narrow),
    Plot.ruleY([0], { stroke: '#8c8c8c' }),
    ...scenarioBands(runs, SERIES, colorOf),
    ...lines.marks,
    ...dateMarks(runs, narrow, axis),
  ];

  const plot = Plot.plot({
    ...panelOptions(document, width, panelHeight),
    marginLeft,
    marginRight,
    marginTop: 34,
    marginBottom: 30,
    x: {
      type: 'utc',
      domain: axis.domain,
      label: null,
      ticks: yearTicks(months, axis.right - axis.left),
      tickFormat: '%Y',
    },
    y: {
      domain: leadDomain(runs),
      nice: true,
      grid: true,
      label: '↑ US lead (months; below 0: PRC ahead)',
      labelArrow: 'none',
      tickFormat: (d: number) => String(d).replace('-', '−'),
    },
    marks,
  });

  const legend: LegendItem[] = scenarioLegend(runs, colorOf, lines);
  if (hasBands) {
    // the bands take their scenario's colour: the swatch shows those colours, not one grey
    const colors = bandColors(runs, SERIES, colorOf);
    legend.push({ label: '10–90% of draws', kind: 'bands', color: colors[0] ?? INK.neutralSeries, colors });
  }
  legend.push({ label: 'The paper’s two worlds', kind: 'zone', color: INK.band });

  return composeFigure(document, {
    title: LEAD_CHART_TITLE,
    subtitle:
      `Months since the US frontier stood where the PRC frontier stands now. Lines: ${linesStatistic(runs)}` +
      (hasBands ? '; shaded: 10–90% of the draws.' : '.'),
    legend,
    body: [{ element: plotToGroup(document, plot, 0, 0), x: 0, y: 0 }],
    bodyHeight: panelHeight,
    source: sourceLine(doc),
    width: options.width,
  });
}

/** The paper's two worlds as shaded horizontal bands, labelled in the right margin. */
function referenceBands(narrow: boolean): Plot.Markish[] {
  const [oneLow, oneHigh] = SCENARIO_ONE_BAND;
  const two = SCENARIO_TWO_HALF_WIDTH;
  const bands = [
    { y1: oneLow, y2: oneHigh },
    { y1: -two, y2: two },
  ];
  const label = {
    frameAnchor: 'right',
    dx: narrow ? 6 : 10,
    textAnchor: 'start',
    fontSize: narrow ? 11 : 13,
    lineHeight: 1.2,
  } as const;
  const oneText = narrow
    ? `Scenario One\n≥ ${oneLow} months`
    : `Scenario One\nUS lead ≥ ${oneLow} months\n(paper: ${oneLow}–${oneHigh})`;
  const twoText = narrow ? `Scenario Two\n±${two} months` : `Scenario Two\nwithin ±${two} months`;
  return [
    Plot.rectY(bands, { y1: 'y1', y2: 'y2', fill: INK.band }),
    Plot.ruleY(
      bands.flatMap((b) => [b.y1, b.y2]),
      { stroke: INK.bandStroke, strokeDasharray: '3,3' },
    ),
    Plot.text([oneText], {
      ...label,
      y: (oneLow + oneHigh) / 2,
      fill: INK.text,
    }),
    Plot.text([twoText], { ...label, y: 0, fill: INK.text }),
  ];
}

/**
 * "Today" and the end-2028 horizon as dashed vertical rules, when inside the months shown; their
 * labels centred on the rules, or set beside them when centred labels would overlap (a long
 * horizon puts the two dates close together).
 */
function dateMarks(
  runs: readonly RunResult[],
  narrow: boolean,
  axis: { domain: [Date, Date]; left: number; right: number },
): Plot.Markish[] {
  const months = new Set(runs.flatMap((run) => run.months));
  const fontSize = narrow ? 11 : 13;
  const rules = (
    [
      [TODAY_MONTH, narrow ? 'Today' : `Today (${monthLabel(TODAY_MONTH)})`],
      [HORIZON_MONTH, `${monthLabel(HORIZON_MONTH)}`],
    ] as const
  ).filter(([month]) => months.has(month));
  const anchors = ruleLabelAnchors(
    rules.map(([month, text]) => ({
      x: xOf(monthDate(month), axis.domain, axis.left, axis.right),
      width: ruleLabelWidth(text, fontSize),
    })),
  );
  const marks: Plot.Markish[] = [];
  rules.forEach(([month, text], i) => {
    const date = monthDate(month);
    marks.push(Plot.ruleX([date], { stroke: INK.rule, strokeDasharray: '5,4', strokeWidth: 1.5 }));
    marks.push(
      Plot.text([text], {
        x: date,
        frameAnchor: 'top',
        dy: -10,
        dx: anchorDx(anchors[i]),
        textAnchor: anchors[i],
        fontSize,
        fontWeight: 'bold',
        fill: INK.text,
      }),
    );
  });
  return marks;
}

/** y domain covering the data, the bands, and both reference bands with some room. */
function leadDomain(runs: readonly RunResult[]): [number, number] {
  const values = finiteValues(
    runs.flatMap((run) => {
      const q = quantilesOf(run, SERIES);
      return [shownSeries(run, SERIES), q?.p10, q?.p90];
    }),
  );
  let low = -SCENARIO_TWO_HALF_WIDTH - 2;
  let high = SCENARIO_ONE_BAND[1] + 2;
  for (const v of values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return [low, high];
}
