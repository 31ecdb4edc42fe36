/**
 * Chart: annual AI-chip output, NVIDIA vs Huawei [H100e/year, log scale], each the calendar-year
 * sum of the monthly series (complete years only), with the paper's reference points: Huawei at
 * 4% of NVIDIA in 2026 (P01) and 2% in 2027 (P02), drawn against a reference run's NVIDIA output.
 */

import * as Plot from '@observablehq/plot';
import { formatCount, formatShare } from '../../analysis/format.ts';
import type { ResultsDocument, RunResult } from '../../analysis/results.ts';
import type { SeriesName } from '../../core/index.ts';
import type { ChartOptions } from './chartOptions.ts';
import { bodyWidth, composeFigure, isNarrowFigure } from './figure.ts';
import type { LegendItem } from './legend.ts';
import { type AnnualTotal, annualTotals } from './months.ts';
import { INK, scenarioColors } from './palette.ts';
import { HUAWEI_SHARE_POINTS } from './paperMarks.ts';
import { panelOptions, plotToGroup } from './plotPanel.ts';
import { scenarioLabel } from './scenarioLabel.ts';
import { seriesOf } from './seriesAccess.ts';
import { sourceLine } from './sourceLine.ts';

const PANEL_HEIGHT = 440;
/** The compact (phone) form: a shorter panel, a tick every other year, short vendor and paper labels. */
const NARROW = { height: 320, marginLeft: 46, marginRight: 58, fontSize: 12 } as const;

export const PRODUCTION_CHART_TITLE = 'Annual AI-chip output: NVIDIA vs Huawei';

interface YearPoint {
  year: number;
  value: number;
}

/** One drawn line: a vendor's annual output in one scenario, or in all when they agree. */
interface VendorLine {
  vendor: 'NVIDIA' | 'Huawei';
  color: string;
  points: YearPoint[];
}

/** SVG markup of the production chart, or null when no run has both production series. */
export function productionChart(doc: ResultsDocument, options: ChartOptions): string | null {
  const runs = doc.runs.filter(
    (run) =>
      seriesOf(run, 'productionNvidia') !== undefined && seriesOf(run, 'productionHuawei') !== undefined,
  );
  if (runs.length === 0) return null;
  const { document } = options;
  const colors = scenarioColors(doc.runs);
  const colorOf = (run: RunResult) => colors.get(run.scenario) ?? INK.neutralSeries;
  const totals = (run: RunResult, name: SeriesName) =>
    positive(annualTotals(run.months, seriesOf(run, name) ?? []));

  const nvidia = vendorLines('NVIDIA', runs, (run) => totals(run, 'productionNvidia'), colorOf);
  const huawei = vendorLines('Huawei', runs, (run) => totals(run, 'productionHuawei'), colorOf);
  const reference = runs.find((run) => run.scenario === 'baseline') ?? runs[0];
  const paperPoints = paperHuaweiPoints(totals(reference, 'productionNvidia'));
  const years = [...new Set([...nvidia, ...huawei].flatMap((line) => line.points.map((p) => p.year)))].sort();
  if (years.length === 0) return null;

  const narrow = isNarrowFigure(options.width);
  const marks: Plot.Markish[] = [];
  for (const line of [...nvidia, ...huawei]) {
    const dash = line.vendor === 'Huawei' ? '7,4' : undefined;
    marks.push(
      Plot.line(line.points, {
        x: 'year',
        y: 'value',
        stroke: line.color,
        strokeWidth: 2.5,
        strokeDasharray: dash,
      }),
      Plot.dot(line.points, {
        x: 'year',
        y: 'value',
        r: 4.5,
        fill: line.vendor === 'NVIDIA' ? line.color : 'white',
        stroke: line.color,
        strokeWidth: 2,
      }),
    );
  }
  marks.push(...vendorLabels(nvidia, narrow), ...vendorLabels(huawei, narrow));
  marks.push(...paperMarks(paperPoints, nvidia, huawei, narrow));
  const panelHeight = narrow ? NARROW.height : PANEL_HEIGHT;

  const plot = Plot.plot({
    ...panelOptions(document, bodyWidth(options.width), panelHeight),
    marginLeft: narrow ? NARROW.marginLeft : 62,
    marginRight: narrow ? NARROW.marginRight : 140,
    marginTop: 30,
    marginBottom: 46,
    x: {
      domain: [years[0] - 0.4, years[years.length - 1] + 0.4],
      // compact: every other year, ending on the last
      ticks: narrow ? years.filter((y) => (years[years.length - 1] - y) % 2 === 0) : years,
      tickFormat: (d: number) => String(d),
      label: 'Calendar year',
      labelAnchor: 'center',
      labelArrow: 'none',
    },
    y: {
      type: 'log',
      domain: paddedDomain([...nvidia, ...huawei].flatMap((line) => line.points.map((p) => p.value))),
      grid: true,
      label: '↑ Output (H100e per year, log scale)',
      labelArrow: 'none',
      tickFormat: formatCount,
    },
    marks,
  });

  const legend: LegendItem[] = legendFor(runs, nvidia, huawei, colorOf);
  if (paperPoints.length > 0) {
    legend.push({
      label: 'Paper: Huawei at 4% (2026) and 2% (2027) of NVIDIA',
      kind: 'diamond',
      color: INK.text,
    });
  }
  return composeFigure(document, {
    title: PRODUCTION_CHART_TITLE,
    subtitle:
      'AI accelerators made per calendar year, in H100-equivalents (sum of the monthly output; complete years only). ' +
      'At central parameters (the draws are not summarised by calendar year).',
    legend,
    body: [{ element: plotToGroup(document, plot, 0, 0), x: 0, y: 0 }],
    bodyHeight: panelHeight,
    notes:
      paperPoints.length > 0
        ? [`Paper points are drawn at 4% and 2% of NVIDIA’s output in the ${scenarioLabel(reference)} run.`]
        : [],
    source: sourceLine(doc),
    width: options.width,
  });
}

/** Log-axis domain with a little room (×1.4) beyond the data. */
function paddedDomain(values: readonly number[]): [number, number] {
  return [Math.min(...values) / 1.4, Math.max(...values) * 1.4];
}

function positive(totals: AnnualTotal[]): YearPoint[] {
  return totals.filter((t) => t.total > 0).map((t) => ({ year: t.year, value: t.total }));
}

function same(a: YearPoint[], b: YearPoint[]): boolean {
  if (a.length !== b.length) return false;
  return a.every(
    (p, i) => p.year === b[i].year && Math.abs(p.value - b[i].value) <= 1e-9 * Math.abs(p.value),
  );
}

/** One line per scenario, or a single grey line when every scenario has the same output. */
function vendorLines(
  vendor: VendorLine['vendor'],
  runs: readonly RunResult[],
  pointsOf: (run: RunResult) => YearPoint[],
  colorOf: (run: RunResult) => string,
): VendorLine[] {
  const all = runs.map((run) => ({ run, points: pointsOf(run) }));
  if (all.length > 1 && all.every((entry) => same(entry.points, all[0].points))) {
    return [{ vendor, color: INK.neutralSeries, points: all[0].points }];
  }
  return all.map(({ run, points }) => ({ vendor, color: colorOf(run), points }));
}

/** "NVIDIA" / "Huawei" once, in the right margin at the last point of the first line. */
function vendorLabels(lines: readonly VendorLine[], narrow: boolean): Plot.Markish[] {
  const first = lines[0];
  const last = first?.points[first.points.length - 1];
  if (last === undefined) return [];
  return [
    Plot.text([last], {
      x: 'year',
      y: 'value',
      text: () => first.vendor,
      dx: narrow ? 8 : 14,
      textAnchor: 'start',
      fontSize: narrow ? NARROW.fontSize : 14,
      fontWeight: 'bold',
    }),
  ];
}

interface PaperPoint extends YearPoint {
  share: number;
}

function paperHuaweiPoints(nvidia: readonly YearPoint[]): PaperPoint[] {
  const points: PaperPoint[] = [];
  for (const { year, share } of HUAWEI_SHARE_POINTS) {
    const total = nvidia.find((p) => p.year === year);
    if (total !== undefined) points.push({ year, share, value: total.value * share });
  }
  return points;
}

/**
 * The paper's points as open diamonds, each labelled in the gap between the NVIDIA line and
 * the highest Huawei line (geometric midpoint, so on a log axis it sits halfway), with a leader.
 */
function paperMarks(
  points: readonly PaperPoint[],
  nvidia: readonly VendorLine[],
  huawei: readonly VendorLine[],
  narrow: boolean,
): Plot.Markish[] {
  const at = (lines: readonly VendorLine[], year: number, pick: (a: number, b: number) => number) =>
    lines.reduce((acc, line) => {
      const p = line.points.find((q) => q.year === year);
      return p === undefined ? acc : Number.isNaN(acc) ? p.value : pick(acc, p.value);
    }, Number.NaN);
  const labels = points.map((p) => {
    const top = at(nvidia, p.year, Math.min);
    const high = Math.max(p.value, at(huawei, p.year, Math.max));
    const labelValue =
      Number.isFinite(top) && Number.isFinite(high) && top > high * 4 ? Math.sqrt(top * high) : high * 4;
    return { ...p, labelValue, leaderFrom: p.value * 1.22 };
  });
  return [
    Plot.dot(points, {
      x: 'year',
      y: 'value',
      symbol: 'diamond',
      r: 9,
      stroke: INK.text,
      strokeWidth: 2,
      fill: 'none',
    }),
    Plot.ruleX(labels, { x: 'year', y1: 'leaderFrom', y2: 'labelValue', stroke: INK.text, strokeWidth: 1 }),
    // First label to the left of its leader, the others to the right, so neighbours never meet.
    ...labels.map((label, i) =>
      Plot.text([label], {
        x: 'year',
        y: 'labelValue',
        text: (p: PaperPoint) =>
          narrow
            ? `Paper:\n${formatShare(p.share, 0)}`
            : `Paper: Huawei at ${formatShare(p.share, 0)}\nof NVIDIA in ${p.year}`,
        textAnchor: i === 0 ? 'end' : 'start',
        dx: i === 0 ? -6 : 6,
        fontSize: narrow ? NARROW.fontSize : 13,
        fontWeight: 'bold',
        lineHeight: 1.15,
        fill: INK.text,
        stroke: 'white',
        strokeWidth: 4,
        paintOrder: 'stroke',
      }),
    ),
  ];
}

function legendFor(
  runs: readonly RunResult[],
  nvidia: readonly VendorLine[],
  huawei: readonly VendorLine[],
  colorOf: (run: RunResult) => string,
): LegendItem[] {
  const oneLine = (lines: readonly VendorLine[]) => lines.length === 1 && runs.length > 1;
  const items: LegendItem[] = [];
  if (!(oneLine(nvidia) && oneLine(huawei))) {
    for (const run of runs) items.push({ label: scenarioLabel(run), kind: 'line', color: colorOf(run) });
  }
  const suffix = (lines: readonly VendorLine[]) => (oneLine(lines) ? ', same in all scenarios' : '');
  items.push({
    label: `NVIDIA (solid, filled dots${suffix(nvidia)})`,
    kind: 'line',
    color: INK.neutralSeries,
  });
  items.push({
    label: `Huawei (dashed, open dots${suffix(huawei)})`,
    kind: 'dashed',
    color: INK.neutralSeries,
  });
  return items;
}
