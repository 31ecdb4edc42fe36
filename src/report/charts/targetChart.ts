/**
 * Chart: the least policy (`leadline target`). One row per least setting of the US levers (the
 * most probable first), each followed by the same setting with one lever loosened a rung: a dot
 * at the estimate — P(lead ≥ L at the month) over the paired draws, or the central lead at 0
 * draws — with its 95% Wilson interval as a bar, coloured by the verdict (reaches the goal,
 * misses it, or undecided: the goal lies inside the interval). The goal is a dashed rule. So the
 * chart shows each least setting clearing the goal, and what each lever's last rung is worth.
 * When no setting reaches the goal, the one row is every searched lever at its most.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../../analysis/format.ts';
import type { Verdict } from '../../analysis/policy/leastPolicy.ts';
import type { TargetResult, TargetSetting } from '../../analysis/policy/target.ts';
import type { ChartOptions } from './chartOptions.ts';
import { bodyWidth, composeFigure } from './figure.ts';
import type { LegendItem } from './legend.ts';
import { INK, OKABE_ITO } from './palette.ts';
import { panelOptions, plotToGroup } from './plotPanel.ts';
import { sourceLine } from './sourceLine.ts';

/** Least settings drawn (the JSON, CSV and table view hold all). */
export const TARGET_CHART_MAX_SETTINGS = 4;
const ROW_HEIGHT = 26;
const MARGIN_TOP = 16;
const MARGIN_BOTTOM = 44;

const VERDICT_COLOR: Readonly<Record<Verdict, string>> = {
  reaches: OKABE_ITO.bluishGreen,
  undecided: OKABE_ITO.orange,
  misses: OKABE_ITO.vermillion,
};

interface Row {
  /** Row key (labels may repeat across settings). */
  key: string;
  label: string;
  value: number;
  low: number;
  high: number;
  color: string;
  least: boolean;
}

/** A row; shares are drawn in percent (`scale` 100), central leads in months (1). */
function rowOf(label: string, s: TargetSetting, least: boolean, scale: number): Row {
  return {
    key: '',
    label,
    value: s.estimate.value * scale,
    low: s.estimate.low * scale,
    high: s.estimate.high * scale,
    color: VERDICT_COLOR[s.verdict],
    least,
  };
}

/** A lever's value as the chart writes it. */
function valueText(value: unknown): string {
  return typeof value === 'number' ? formatNumber(value) : String(value);
}

/** "chipExports=none, smugglingEnforcement=10, …". */
export function targetSettingText(result: TargetResult, setting: TargetSetting): string {
  return result.searched.map(({ lever }) => `${lever}=${valueText(setting.levers[lever])}`).join(', ');
}

/** The goal in words: "P(lead ≥ 12 months at 2028-12) ≥ 50%" or "a central lead of at least …". */
export function targetGoalText(result: TargetResult): string {
  return result.minProbability === null
    ? `a central lead of at least ${formatNumber(result.minLeadMonths)} months at ${result.month}`
    : `P(lead ≥ ${formatNumber(result.minLeadMonths)} months at ${result.month}) ≥ ${Math.round(100 * result.minProbability)}%`;
}

/** The least settings in the chart's order: most probable first (as `leadline target` prints them). */
export function leastSettingsInOrder(result: TargetResult): TargetResult['minimal'] {
  return [...result.minimal].sort((a, b) => b.estimate.value - a.estimate.value);
}

export function targetChart(result: TargetResult, options: ChartOptions & { version: string }): string {
  const { document } = options;
  const width = bodyWidth(options.width);
  const overDraws = result.minProbability !== null;
  const shown = leastSettingsInOrder(result).slice(0, TARGET_CHART_MAX_SETTINGS);
  const scale = overDraws ? 100 : 1;
  const rows: Row[] = (
    result.reachable
      ? shown.flatMap((m, i) => [
          rowOf(`Least setting ${i + 1}`, m, true, scale),
          ...m.loosenings.map((l) => rowOf(`${l.lever} → ${valueText(l.levers[l.lever])}`, l, false, scale)),
        ])
      : [rowOf('Every searched lever at its most', result.top, true, scale)]
  ).map((row, i) => ({ ...row, key: String(i) }));
  const labelOf = new Map(rows.map((r) => [r.key, r.least ? r.label : `loosen ${r.label}`]));
  const goal = overDraws ? 100 * (result.minProbability ?? 0) : result.minLeadMonths;
  const bodyHeight = MARGIN_TOP + MARGIN_BOTTOM + ROW_HEIGHT * rows.length;
  const plot = Plot.plot({
    ...panelOptions(document, width, bodyHeight),
    marginLeft: Math.min(300, Math.round(width * 0.4)),
    marginRight: 24,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    x: overDraws
      ? {
          domain: [0, 100],
          grid: true,
          label: `P(lead ≥ ${formatNumber(result.minLeadMonths)} months at ${result.month}) (%) →`,
        }
      : { grid: true, nice: true, label: `central lead at ${result.month} (months) →` },
    y: {
      domain: rows.map((r) => r.key),
      label: null,
      tickSize: 0,
      tickFormat: (key: string) => labelOf.get(key) ?? '',
    },
    marks: [
      Plot.ruleX([goal], { stroke: INK.rule, strokeDasharray: '5,4', strokeWidth: 1.5 }),
      Plot.ruleY(rows, { y: 'key', x1: 'low', x2: 'high', stroke: 'color', strokeWidth: 3 }),
      Plot.dot(rows, {
        y: 'key',
        x: 'value',
        fill: (r: Row) => (r.least ? r.color : 'white'),
        stroke: 'color',
        strokeWidth: 2,
        r: 5,
      }),
    ],
  });
  const legend: LegendItem[] = [
    { label: 'reaches the goal', kind: 'dot', color: VERDICT_COLOR.reaches },
    { label: 'undecided: the goal is inside its 95% interval', kind: 'dot', color: VERDICT_COLOR.undecided },
    { label: 'misses the goal', kind: 'dot', color: VERDICT_COLOR.misses },
    { label: 'the goal', kind: 'dashed', color: INK.rule },
  ];
  const subtitle = result.reachable
    ? `${result.minimal.length} least setting${result.minimal.length === 1 ? '' : 's'} of the US levers reach${result.minimal.length === 1 ? 'es' : ''} ${targetGoalText(result)} from ${result.base} (filled dots); below each, the same setting with one lever loosened a rung (hollow).`
    : `No setting of the US levers reaches ${targetGoalText(result)} from ${result.base}: every searched lever at its most is shown.`;
  const notes = [
    ...(result.reachable ? shown : [result.top]).map(
      (s, i) =>
        `${result.reachable ? `Least setting ${i + 1}` : 'At their most'}: ${targetSettingText(result, s)}.`,
    ),
    ...(result.minimal.length > shown.length
      ? [
          `… and ${result.minimal.length - shown.length} more least settings (the table, CSV and JSON list all).`,
        ]
      : []),
    overDraws
      ? `Bars: 95% Wilson intervals of each share over ${result.draws} paired draws. Held at ${result.base}'s setting: ${result.held.map((h) => h.lever).join(', ')}.`
      : `At central parameters (no Monte Carlo error). Held at ${result.base}'s setting: ${result.held.map((h) => h.lever).join(', ')}.`,
  ];
  return composeFigure(document, {
    title: `The least policy from ${result.base}: ${targetGoalText(result)}`,
    subtitle,
    legend,
    body: [{ element: plotToGroup(document, plot, 0, 0), x: 0, y: 0 }],
    bodyHeight,
    notes,
    source: sourceLine({ leadlineVersion: options.version, draws: result.draws, seed: result.seed }),
    width: options.width,
  });
}
