/**
 * Chart: the four fronts in 2028 as small multiples, one row per scenario in every panel:
 * the lead (months, with 10–90% whiskers when drawn), domestic adoption US vs PRC, the US share
 * of third-country AI deployment, and resilience US vs PRC (labelled illustrative, spec §5).
 * Panels whose series are absent are left out.
 */
import * as Plot from '@observablehq/plot';
import type { ResultsDocument, RunResult } from '../../analysis/results.ts';
import type { ChartOptions } from './chartOptions.ts';
import { bodyWidth, composeFigure, isNarrowFigure } from './figure.ts';
import { type FrontPanel, frontPanels, type PanelRow, panelRows } from './frontPanels.ts';
import type { LegendItem } from './legend.ts';
import { monthLabel, yearEndMonth } from './months.ts';
import { INK, scenarioColors } from './palette.ts';
import { HORIZON_YEAR } from './paperMarks.ts';
import { AXIS_FONT_SIZE, panelOptions, plotToGroup } from './plotPanel.ts';
import { scenarioLabel } from './scenarioLabel.ts';
import { scenarioLegend } from './scenarioLegend.ts';
import { linesStatistic } from './seriesAccess.ts';
import { sourceLine } from './sourceLine.ts';
import { svgText } from './svgElement.ts';
import { textWidth, truncateText, wrapText } from './textWidth.ts';

const ROW_HEIGHT = 40;
const HEADER = 28;
const COLUMN_GAP = 36;
const ROW_GAP = 24;
const LABEL_MAX = 230;
const MARGIN_RIGHT = 28;
const RIGHT_COLUMN_LEFT = 12;
/** The compact (phone) form: one column of panels, each with the scenario names, its axis title
 * under the panel's title instead of under its ticks, and names wrapped on up to three lines. */
const NARROW = { labelMax: 118, rowHeight: 50, axisLine: 16 } as const;

export const FRONTS_CHART_TITLE = 'The four fronts in 2028, by scenario';

/** SVG markup of the fronts chart, or null when no panel has data or 2028 is not shown. */
export function frontsChart(doc: ResultsDocument, options: ChartOptions): string | null {
  const months = doc.runs[0]?.months ?? [];
  const month = yearEndMonth(months, HORIZON_YEAR);
  if (month === null) return null;
  const panels = frontPanels(doc.runs);
  if (panels.length === 0) return null;
  const { document } = options;
  const colors = scenarioColors(doc.runs);
  const colorOf = (run: RunResult) => colors.get(run.scenario) ?? INK.neutralSeries;
  const runs = doc.runs;

  const width = bodyWidth(options.width);
  const narrow = isNarrowFigure(options.width);
  const columns = narrow ? 1 : 2;
  const labelMax = narrow ? NARROW.labelMax : LABEL_MAX;
  const rowHeight = narrow ? NARROW.rowHeight : ROW_HEIGHT;
  const labelWidth = Math.min(
    labelMax,
    Math.max(...runs.map((r) => textWidth(scenarioLabel(r), AXIS_FONT_SIZE))) + 14,
  );
  // Left panels carry the scenario names; widths are set so all four plot areas are equal.
  const plotWidth = narrow
    ? width - labelWidth - MARGIN_RIGHT
    : (width - COLUMN_GAP - labelWidth - 2 * MARGIN_RIGHT - RIGHT_COLUMN_LEFT) / 2;
  const leftWidth = labelWidth + plotWidth + MARGIN_RIGHT;
  const marginBottom = narrow ? 26 : 50;
  const header = narrow ? HEADER + NARROW.axisLine : HEADER;
  const panelHeight = runs.length * rowHeight + 30 + 26 + marginBottom;
  const body = [];
  let hasWhiskers = false;
  let hasPairs = false;
  for (let i = 0; i < panels.length; i++) {
    const panel = panels[i];
    const rows = panelRows(panel, runs, month, colorOf);
    hasWhiskers ||= panel.kind === 'bar' && rows.some(hasWhisker);
    hasPairs ||= panel.kind === 'pair';
    const x = i % columns === 0 ? 0 : leftWidth + COLUMN_GAP;
    const y = Math.floor(i / columns) * (header + panelHeight + ROW_GAP);
    const showLabels = i % columns === 0;
    const plot = Plot.plot({
      ...panelOptions(
        document,
        showLabels ? leftWidth : plotWidth + RIGHT_COLUMN_LEFT + MARGIN_RIGHT,
        panelHeight,
      ),
      marginLeft: showLabels ? labelWidth : RIGHT_COLUMN_LEFT,
      marginRight: MARGIN_RIGHT,
      marginTop: 26,
      marginBottom,
      x: {
        domain: panel.domain(rows),
        grid: true,
        label: narrow ? null : panel.axisLabel,
        labelAnchor: 'center',
        labelArrow: 'none',
        tickFormat: panel.tickFormat,
        ...(narrow ? { ticks: Math.max(2, Math.floor(plotWidth / 70)) } : {}),
      },
      y: {
        domain: runs.map((run) => run.scenario),
        axis: showLabels ? 'left' : null,
        label: null,
        tickSize: 0,
        padding: 0.3,
        tickFormat: (id: string) => {
          const run = runs.find((r) => r.scenario === id);
          return run === undefined ? id : rowLabel(scenarioLabel(run), labelMax, narrow ? 3 : 2);
        },
      },
      marks: panelMarks(panel, rows),
    });
    body.push({ element: svgText(document, panel.title, 0, 18, { size: 16, weight: 'bold' }), x, y });
    if (narrow) {
      const axisTitle = truncateText(`Axis: ${panel.axisLabel}`, width, 12);
      body.push({
        element: svgText(document, axisTitle, 0, 16, { size: 12, fill: INK.muted }),
        x,
        y: y + HEADER - 4,
      });
    }
    body.push({ element: plotToGroup(document, plot, 0, 0), x, y: y + header });
  }
  const rowsOfPanels = Math.ceil(panels.length / columns);
  const legend: LegendItem[] = scenarioLegend(runs, colorOf, undefined, 'bar');
  if (hasPairs) {
    legend.push(
      { label: 'US (dot)', kind: 'dot', color: INK.neutralSeries },
      { label: 'PRC (ring)', kind: 'hollow', color: INK.neutralSeries },
    );
  }
  if (hasWhiskers) legend.push({ label: 'Whiskers: 10–90% of draws', kind: 'errorbar', color: INK.text });
  if (panels.some((p) => p.id === 'distribution' && p.referenceMarks.length > 0))
    legend.push({ label: 'Dashed: an even split (50%)', kind: 'dashed', color: INK.rule });

  return composeFigure(document, {
    title: FRONTS_CHART_TITLE,
    subtitle: `Values at ${monthLabel(month)}, ${linesStatistic(runs)}. The paper’s four fronts: intelligence (the lead), domestic adoption, global distribution and resilience.`,
    legend,
    body,
    bodyHeight: rowsOfPanels * (header + panelHeight) + (rowsOfPanels - 1) * ROW_GAP,
    notes: panels.some((p) => p.id === 'resilience')
      ? [
          'Resilience is an illustrative index: the paper does not quantify it and it has no calibration target. ' +
            'Below 0, the job transition outpaces adaptation.',
        ]
      : [],
    source: sourceLine(doc),
    width: options.width,
  });
}

/** A scenario name on at most `maxLines` lines of a label column `labelMax` wide, cut with an ellipsis beyond. */
function rowLabel(label: string, labelMax: number, maxLines: number): string {
  const lines = wrapText(label, labelMax - 14, AXIS_FONT_SIZE);
  if (lines.length <= maxLines) return lines.join('\n');
  const kept = lines.slice(0, maxLines - 1);
  const rest = truncateText(lines.slice(maxLines - 1).join(' '), labelMax - 14, AXIS_FONT_SIZE);
  return [...kept, rest].join('\n');
}

/** A row whose 10–90% range has width (not with one draw): only those get whiskers and a legend entry. */
function hasWhisker(row: PanelRow): boolean {
  return row.p10 !== undefined && row.p90 !== undefined && row.p90 > row.p10;
}

function panelMarks(panel: FrontPanel, rows: readonly PanelRow[]): Plot.Markish[] {
  const marks: Plot.Markish[] = [...panel.referenceMarks];
  if (panel.kind === 'bar') {
    marks.push(
      Plot.barX(rows, { y: 'scenario', x1: () => 0, x2: 'value', fill: 'color' }),
      Plot.ruleX([0], { stroke: INK.rule }),
    );
    const whiskers = rows.filter(hasWhisker);
    marks.push(
      Plot.ruleY(whiskers, { y: 'scenario', x1: 'p10', x2: 'p90', stroke: INK.text, strokeWidth: 1.5 }),
      Plot.tickX(whiskers, { y: 'scenario', x: 'p10', stroke: INK.text, strokeWidth: 1.5, inset: 6 }),
      Plot.tickX(whiskers, { y: 'scenario', x: 'p90', stroke: INK.text, strokeWidth: 1.5, inset: 6 }),
    );
    marks.push(
      Plot.text(rows, {
        y: 'scenario',
        x: (row: PanelRow) => Math.max(row.value, row.p90 ?? row.value, 0),
        text: (row: PanelRow) => panel.format(row.value),
        dx: 6,
        textAnchor: 'start',
        fontWeight: 'bold',
        fill: INK.text,
        stroke: 'white',
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
    );
  } else {
    marks.push(
      Plot.link(rows, {
        y1: 'scenario',
        y2: 'scenario',
        x1: 'value',
        x2: 'other',
        stroke: '#9a9a9a',
        strokeWidth: 2,
      }),
      // US: a filled dot; PRC: a larger ring drawn over it, so equal values show both.
      Plot.dot(rows, { y: 'scenario', x: 'value', r: 6, fill: 'color', stroke: 'color' }),
      Plot.dot(rows, { y: 'scenario', x: 'other', r: 9, fill: 'none', stroke: 'color', strokeWidth: 2.5 }),
    );
  }
  return marks;
}
