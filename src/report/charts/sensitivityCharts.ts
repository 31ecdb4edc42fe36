/**
 * Charts of a sensitivity analysis (src/analysis/sensitivity):
 *
 *   tornado  the output with each parameter at its 10th and 90th percentile, the others central:
 *            one bar per parameter from the centre to each end, the 20 widest, widest on top
 *   sobol    first- and total-order Sobol' indices with 95% bootstrap intervals, for the
 *            parameter groups (top panel) and the 20 parameters with the largest total index
 *
 * Each chart's subtitle says in one sentence how to read it.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../../analysis/format.ts';
import type { SensitivityResult } from '../../analysis/sensitivity/index.ts';
import type { ChartOptions } from './chartOptions.ts';
import { bodyWidth, composeFigure } from './figure.ts';
import { INK, OKABE_ITO } from './palette.ts';
import { panelOptions, plotToGroup } from './plotPanel.ts';

/** Bars shown in each chart (--json has them all). */
export const SENSITIVITY_CHART_TOP = 20;
const ROW_HEIGHT = 26;
const LEFT_MARGIN = 330;

export const TORNADO_CHART_TITLE = 'Which single belief moves the answer most?';
export const SOBOL_CHART_TITLE = 'Which uncertain beliefs explain the spread of the answer?';

/** "leadline 0.1.0, leadline sensitivity scenario-one, N = 1024, seed 1". */
export function sensitivitySourceLine(result: SensitivityResult, version: string): string {
  return `leadline ${version}, sensitivity of ${result.scenario}: ${result.output}, N = ${result.n} base points (${result.runs} runs), seed ${result.seed}`;
}

interface TornadoSegment {
  parameter: string;
  from: number;
  to: number;
  end: 'P10' | 'P90';
  value: number;
}

/** SVG markup of the tornado chart. */
export function tornadoChart(result: SensitivityResult, options: ChartOptions, source: string): string {
  const { document } = options;
  const bars = result.tornado.slice(0, SENSITIVITY_CHART_TOP);
  const segments: TornadoSegment[] = bars.flatMap((bar) => [
    { parameter: bar.parameter, from: result.central, to: bar.low, end: 'P10' as const, value: bar.lowValue },
    {
      parameter: bar.parameter,
      from: result.central,
      to: bar.high,
      end: 'P90' as const,
      value: bar.highValue,
    },
  ]);
  const height = Math.max(120, bars.length * ROW_HEIGHT + 60);
  const colorOf = { P10: OKABE_ITO.skyBlue, P90: OKABE_ITO.blue };
  const plot = Plot.plot({
    ...panelOptions(document, bodyWidth(options.width), height),
    marginLeft: LEFT_MARGIN,
    marginRight: 20,
    marginTop: 10,
    marginBottom: 44,
    color: { type: 'identity' },
    y: { domain: bars.map((b) => b.parameter), label: null, padding: 0.25 },
    x: { label: `${result.outputLabel} [${result.unit}] →`, grid: true, labelArrow: 'none' },
    marks: [
      Plot.barX(segments, {
        y: 'parameter',
        x1: 'from',
        x2: 'to',
        fill: (s: TornadoSegment) => colorOf[s.end],
      }),
      Plot.ruleX([result.central], { stroke: INK.rule, strokeWidth: 1.5 }),
    ],
  });
  return composeFigure(document, {
    title: TORNADO_CHART_TITLE,
    subtitle:
      `How to read it: each bar is the ${result.outputLabel} when one parameter alone is set to its 10th (light) or 90th ` +
      `(dark) percentile and every other stays central (line: ${formatNumber(result.central)}); the longest bars are the ` +
      `beliefs the answer is most sensitive to one at a time. Scenario ${result.scenario}.`,
    legend: [
      { label: 'parameter at its 10th percentile', kind: 'bar', color: colorOf.P10 },
      { label: 'at its 90th percentile', kind: 'bar', color: colorOf.P90 },
    ],
    body: [{ element: plotToGroup(document, plot, 0, 0), x: 0, y: 0 }],
    bodyHeight: height,
    notes: [
      `Output: ${result.outputDescription} [${result.unit}]. ` +
        `The ${Math.min(SENSITIVITY_CHART_TOP, result.tornado.length)} widest of ${result.tornado.length} uncertain parameters. ` +
        'One at a time misses interactions; the Sobol’ chart measures them.',
    ],
    source,
    width: options.width,
  });
}

interface IndexRow {
  readonly name: string;
  readonly first: number;
  readonly total: number;
  readonly firstCI: readonly [number, number];
  readonly totalCI: readonly [number, number];
}

const ORDER_COLOR = { total: OKABE_ITO.orange, first: OKABE_ITO.blue };
/** Height of one name's row in an index panel [px]; its two bars share it. */
const INDEX_ROW = 34;
const INDEX_MARGINS = { top: 6, bottom: 40 };
/** Band padding of the name scale, and each bar's inset from its half of the band [px]. */
const BAND_PADDING = 0.2;

const finiteOr = (x: number, fallback: number): number => (Number.isFinite(x) ? x : fallback);

/** One x domain for both panels, so bars compare across them: [min(0, CIs), max(0.1, CIs)·1.05]. */
function sharedDomain(rows: readonly IndexRow[]): [number, number] {
  const shown = rows.filter((r) => Number.isFinite(r.total));
  const lo = Math.min(0, ...shown.map((r) => finiteOr(Math.min(r.firstCI[0], r.totalCI[0]), 0)));
  const hi = Math.max(0.1, ...shown.map((r) => finiteOr(Math.max(r.firstCI[1], r.totalCI[1]), 0)));
  return [lo, hi * 1.05];
}

/** One panel: per name, the total index (upper half, orange) and the first-order index (lower half, blue), each with its CI. */
function indexPanel(
  document: Document,
  width: number,
  rows: readonly IndexRow[],
  domain: readonly [number, number],
  axisLabel: string,
): { element: SVGElement; height: number } {
  const height = rows.length * INDEX_ROW + INDEX_MARGINS.top + INDEX_MARGINS.bottom;
  const half = (INDEX_ROW * (1 - BAND_PADDING)) / 2;
  const shown = rows.filter((r) => Number.isFinite(r.total));
  const plot = Plot.plot({
    ...panelOptions(document, width, height),
    marginLeft: LEFT_MARGIN,
    marginRight: 20,
    marginTop: INDEX_MARGINS.top,
    marginBottom: INDEX_MARGINS.bottom,
    y: { domain: rows.map((r) => r.name), label: null, padding: BAND_PADDING },
    x: { domain: [...domain], label: axisLabel, grid: true, labelArrow: 'none' },
    marks: [
      Plot.barX(shown, { y: 'name', x: 'total', fill: ORDER_COLOR.total, insetBottom: half }),
      Plot.barX(shown, { y: 'name', x: 'first', fill: ORDER_COLOR.first, insetTop: half }),
      Plot.ruleY(shown, {
        y: 'name',
        x1: (r: IndexRow) => r.totalCI[0],
        x2: (r: IndexRow) => r.totalCI[1],
        dy: -half / 2,
        stroke: INK.text,
        strokeWidth: 1.5,
      }),
      Plot.ruleY(shown, {
        y: 'name',
        x1: (r: IndexRow) => r.firstCI[0],
        x2: (r: IndexRow) => r.firstCI[1],
        dy: half / 2,
        stroke: INK.text,
        strokeWidth: 1.5,
      }),
      Plot.ruleX([0], { stroke: INK.rule }),
    ],
  });
  return { element: plotToGroup(document, plot, 0, 0), height };
}

/** SVG markup of the Sobol' indices chart: groups, then the top parameters. */
export function sobolChart(result: SensitivityResult, options: ChartOptions, source: string): string {
  const { document } = options;
  const width = bodyWidth(options.width);
  const groupRows = result.groups.map((g) => ({ ...g, name: g.label }));
  const paramRows = result.sobol.slice(0, SENSITIVITY_CHART_TOP).map((r) => ({ ...r, name: r.parameter }));
  const domain = sharedDomain([...groupRows, ...paramRows]);
  const groups = indexPanel(
    document,
    width,
    groupRows,
    domain,
    'Share of the output’s variance, by group of parameters',
  );
  const params = indexPanel(
    document,
    width,
    paramRows,
    domain,
    `Share of the output’s variance, the ${Math.min(SENSITIVITY_CHART_TOP, result.sobol.length)} parameters with the largest total index`,
  );
  const gap = 24;
  const converged = result.convergence.converged ? 'converged' : 'not converged by the rule';
  return composeFigure(document, {
    title: SOBOL_CHART_TITLE,
    subtitle:
      `How to read it: the orange bar (total order) is the share of the variance of the ${result.outputLabel} that a ` +
      'belief takes part in, interactions included; the blue bar (first order) is the share it explains alone; a total ' +
      `near 0 means the belief could be fixed without changing the answer. Scenario ${result.scenario}.`,
    legend: [
      { label: 'total order (with interactions)', kind: 'bar', color: ORDER_COLOR.total },
      { label: 'first order (alone)', kind: 'bar', color: ORDER_COLOR.first },
      { label: `${Math.round(result.level * 100)}% bootstrap interval`, kind: 'errorbar', color: INK.text },
    ],
    body: [
      { element: groups.element, x: 0, y: 0 },
      { element: params.element, x: 0, y: groups.height + gap },
    ],
    bodyHeight: groups.height + gap + params.height,
    notes: [
      `Output: ${result.outputDescription} [${result.unit}]. ` +
        `Saltelli design on a scrambled Sobol’ sequence, N = ${result.n} base points; first order by Saltelli (2010), ` +
        `total order by Jansen (1999); ${result.resamples} bootstrap resamples; ${converged}. ` +
        'Indices of one output can sum to more than 1 (interactions) or, by sampling error, dip below 0.',
    ],
    source,
    width: options.width,
  });
}
