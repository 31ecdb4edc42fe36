/**
 * Chart: one model quantity from 2023 to today beside measured history. The model's median
 * (line) and 10–90% band of draws (shaded), its central run refit to the observations up to
 * the cutoff (dotted), the cutoff (dashed rule); each observation as a point (or, for a
 * window, a horizontal segment over it) with its range as a vertical bar, ▲ for a lower bound
 * and ▼ for an upper bound. Sums over a window are shown as the mean per month over it, in
 * the unit of the monthly flow.
 */
import * as Plot from '@observablehq/plot';
import type { HistoryResult, ObservationResult, QuantityBand } from '../../analysis/index.ts';
import { bodyWidth, composeFigure } from './figure.ts';
import type { LegendItem } from './legend.ts';
import { monthDate } from './months.ts';
import { INK, OKABE_ITO } from './palette.ts';
import { panelOptions, plotToGroup } from './plotPanel.ts';

const PANEL_HEIGHT = 380;
const MODEL = OKABE_ITO.orange;
const REFIT = OKABE_ITO.bluishGreen;
const OBSERVED = OKABE_ITO.blue;

export interface HistoryChartOptions {
  readonly document: Document;
  readonly width?: number;
}

/** Observation as drawn: per-month values for windowed sums. */
interface ObservationMark {
  id: string;
  x1: Date;
  x2: Date;
  xMid: Date;
  y: number;
  low: number | null;
  high: number | null;
  kind: ObservationResult['kind'];
  independent: boolean;
}

function nextMonth(month: string): Date {
  const d = monthDate(month);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

function marksOf(band: QuantityBand, observations: readonly ObservationResult[]): ObservationMark[] {
  return observations
    .filter((o) => o.quantity === band.quantity)
    .map((o) => {
      const per = band.flow ? 1 / (o.endMonth - o.startMonth + 1) : 1;
      const x1 = monthDate(band.months[o.startMonth] ?? band.months[band.months.length - 1]);
      const x2 = nextMonth(band.months[o.endMonth] ?? band.months[band.months.length - 1]);
      const scaled = (v: number | null) => (v === null || (band.scale === 'log' && v <= 0) ? null : v * per);
      return {
        id: o.id,
        x1,
        x2,
        xMid: new Date((x1.getTime() + x2.getTime()) / 2),
        y: o.value * per,
        low: scaled(o.low),
        high: scaled(o.high),
        kind: o.kind,
        independent: o.independent,
      };
    });
}

/** SVG markup of the chart of one quantity. */
export function historyChart(
  history: HistoryResult,
  band: QuantityBand,
  options: HistoryChartOptions,
): string {
  const { document } = options;
  const width = bodyWidth(options.width);
  const rows = band.months.map((month, m) => ({
    date: monthDate(month),
    p10: band.p10[m],
    p50: band.p50[m],
    p90: band.p90[m],
    refit: band.refit[m],
  }));
  const obs = marksOf(band, history.observations);
  const ranges = obs.filter((o) => o.low !== null && o.high !== null);
  const windows = obs.filter((o) => o.x2.getTime() - o.x1.getTime() > 32 * 86_400_000);
  const cutoff = nextMonth(history.cutoff);
  const symbol = (o: ObservationMark) => (o.kind === 'estimate' ? 'circle' : 'triangle');
  // ▲ for a lower bound; an upper bound is the same triangle turned over (▼).
  const rotate = (o: ObservationMark) => (o.kind === 'upper-bound' ? 180 : 0);
  const yValues = [
    ...rows.flatMap((r) => [r.p10, r.p90]),
    ...obs.flatMap((o) => [o.y, o.low ?? o.y, o.high ?? o.y]),
  ].filter((v) => Number.isFinite(v) && (band.scale === 'linear' || v > 0));
  const lo = Math.min(...yValues);
  const hi = Math.max(...yValues);
  const share = band.monthlyUnit === 'share';

  const plot = Plot.plot({
    ...panelOptions(document, width, PANEL_HEIGHT),
    marginLeft: 64,
    marginRight: 24,
    marginTop: 24,
    marginBottom: 30,
    x: { type: 'utc', label: null, ticks: 'year', tickFormat: '%Y' },
    y: {
      type: band.scale === 'log' ? 'log' : 'linear',
      domain: band.scale === 'log' ? [lo / 1.5, hi * 1.5] : [Math.min(0, lo), hi * 1.1],
      nice: band.scale === 'linear',
      grid: true,
      label: `↑ ${band.monthlyUnit}`,
      labelArrow: 'none',
      tickFormat: share
        ? (d: number) => `${Math.round(d * 100)}%`
        : band.monthlyUnit === 'FLOP'
          ? (d: number) => d.toExponential(0).replace('e+', 'e')
          : band.scale === 'log'
            ? '~s'
            : undefined,
    },
    marks: [
      Plot.areaY(rows, { x: 'date', y1: 'p10', y2: 'p90', fill: MODEL, fillOpacity: 0.2 }),
      Plot.lineY(rows, { x: 'date', y: 'p50', stroke: MODEL, strokeWidth: 2.5 }),
      Plot.lineY(rows, { x: 'date', y: 'refit', stroke: REFIT, strokeWidth: 2, strokeDasharray: '2,3' }),
      Plot.ruleX([cutoff], { stroke: INK.rule, strokeDasharray: '5,4' }),
      Plot.text([`calibration cutoff (${history.cutoff})`], {
        x: cutoff,
        frameAnchor: 'top',
        textAnchor: 'end',
        dx: -4,
        dy: 4,
        fontSize: 12,
        fill: INK.muted,
      }),
      Plot.link(windows, { x1: 'x1', x2: 'x2', y1: 'y', y2: 'y', stroke: OBSERVED, strokeWidth: 2.5 }),
      Plot.ruleX(ranges, { x: 'xMid', y1: 'low', y2: 'high', stroke: OBSERVED, strokeWidth: 1.5 }),
      Plot.dot(obs, {
        x: 'xMid',
        y: 'y',
        symbol,
        rotate,
        r: 5,
        fill: (o: ObservationMark) => (o.independent ? OBSERVED : 'white'),
        stroke: OBSERVED,
        strokeWidth: 1.5,
      }),
      Plot.text(obs, {
        x: 'xMid',
        y: 'y',
        text: 'id',
        dx: 8,
        dy: -8,
        fontSize: 12,
        fill: INK.text,
        textAnchor: 'start',
      }),
    ],
  });

  const legend: LegendItem[] = [
    { label: 'model median', kind: 'line', color: MODEL },
    { label: '10–90% of draws', kind: 'band', color: MODEL },
    { label: `central run refit to data up to ${history.cutoff}`, kind: 'dashed', color: REFIT },
    { label: 'observed, independent of the inputs (bar: range)', kind: 'dot', color: OBSERVED },
    { label: 'observed, shares a fact with the inputs', kind: 'hollow', color: OBSERVED },
  ];
  return composeFigure(document, {
    title: `History: ${band.description}`,
    subtitle:
      `${history.scenario}, 2023-01 to ${history.until}. ` +
      (band.flow ? 'Observed sums over a window are shown as their mean per month. ' : '') +
      '▲ lower bound, ▼ upper bound. Observations from data/observed.csv.',
    legend,
    body: [{ element: plotToGroup(document, plot, 0, 0), x: 0, y: 0 }],
    bodyHeight: PANEL_HEIGHT,
    source: `leadline history, ${history.draws > 0 ? `${history.draws} draws, seed ${history.seed}` : 'central parameters'}`,
    width: options.width,
  });
}
