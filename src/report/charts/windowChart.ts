/**
 * Chart: the window. The US lead at each reported month (one line each) when the scenario's
 * package starts at each month on the x axis, with the 10–90% range of draws as a bar, the
 * lead if the package is never enacted as a dashed rule, and the Scenario One threshold.
 * P(Scenario One world) is written above each 2028-12 point when there are draws.
 */
import * as Plot from '@observablehq/plot';
import { formatSignedMonths } from '../../analysis/format.ts';
import { SCENARIO_ONE_MIN_LEAD_MONTHS } from '../../analysis/outcomes.ts';
import type { WindowResult } from '../../analysis/policy/policyWindow.ts';
import type { ChartOptions } from './chartOptions.ts';
import { bodyWidth, composeFigure } from './figure.ts';
import type { LegendItem } from './legend.ts';
import { INK, OKABE_ITO } from './palette.ts';
import { panelOptions, plotToGroup } from './plotPanel.ts';
import { sourceLine } from './sourceLine.ts';

const PANEL_HEIGHT = 380;
const MONTH_COLORS = [OKABE_ITO.blue, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple, OKABE_ITO.orange];

export function windowChart(result: WindowResult, options: ChartOptions & { version: string }): string {
  const { document } = options;
  const width = bodyWidth(options.width);
  const points = result.months.flatMap((month, k) =>
    result.rows.map((row) => ({
      start: row.start,
      month,
      color: MONTH_COLORS[k % MONTH_COLORS.length],
      lead: row.leads[month].leadMonths,
      p10: row.leads[month].p10,
      p90: row.leads[month].p90,
      label:
        k === 0 && row.pScenarioOne !== undefined ? `P(S1) ${Math.round(100 * row.pScenarioOne.p)}%` : '',
    })),
  );
  const never = result.months.map((month, k) => ({
    month,
    lead: result.never.leads[month].leadMonths,
    color: MONTH_COLORS[k % MONTH_COLORS.length],
  }));
  const withRange = points.filter((p) => p.p10 !== undefined);
  const plot = Plot.plot({
    ...panelOptions(document, width, PANEL_HEIGHT),
    marginLeft: 56,
    marginRight: 24,
    marginTop: 28,
    marginBottom: 40,
    x: { type: 'point', domain: result.rows.map((r) => r.start), label: 'package starts →', padding: 0.3 },
    y: { grid: true, nice: true, zero: true, label: '↑ US lead (months)', labelArrow: 'none' },
    marks: [
      Plot.ruleY([SCENARIO_ONE_MIN_LEAD_MONTHS], { stroke: INK.bandStroke, strokeDasharray: '2,3' }),
      Plot.ruleY(never, { y: 'lead', stroke: 'color', strokeDasharray: '7,4', strokeWidth: 1.5 }),
      ...result.months.map((month, k) =>
        Plot.ruleX(
          withRange.filter((p) => p.month === month),
          {
            x: 'start',
            y1: 'p10',
            y2: 'p90',
            stroke: 'color',
            strokeWidth: 1.5,
            dx: (k - (result.months.length - 1) / 2) * 8,
          },
        ),
      ),
      Plot.line(points, { x: 'start', y: 'lead', z: 'month', stroke: 'color', strokeWidth: 2.5 }),
      Plot.dot(points, { x: 'start', y: 'lead', fill: 'color', r: 4.5 }),
      Plot.text(points, { x: 'start', y: 'lead', text: 'label', dy: -14, fontSize: 12, fill: INK.text }),
    ],
  });
  const legend: LegendItem[] = [
    ...result.months.map((month, k) => ({
      label: `lead at ${month}${result.draws > 0 ? ' (median, 10–90%)' : ''}`,
      kind: 'line' as const,
      color: MONTH_COLORS[k % MONTH_COLORS.length],
    })),
    { label: 'package never enacted', kind: 'dashed', color: INK.neutralSeries },
  ];
  const first = result.rows[0];
  const last = result.rows[result.rows.length - 1];
  const month = result.months[0];
  const cost = last.leads[month].costMonths;
  return composeFigure(document, {
    title: `What delay costs: ${result.scenario} started later`,
    subtitle:
      `Starting the package at ${last.start} instead of ${first.start} changes the ${month} lead by ` +
      `${formatSignedMonths(cost)} months (${result.draws > 0 ? `mean of ${result.draws} paired draws` : 'central parameters'}).`,
    legend,
    body: [{ element: plotToGroup(document, plot, 0, 0), x: 0, y: 0 }],
    bodyHeight: PANEL_HEIGHT,
    notes: [
      `Dotted line: ${SCENARIO_ONE_MIN_LEAD_MONTHS} months, the lower edge of the paper’s Scenario One. Every lever keeps its ramp and its distance from the package’s start.`,
    ],
    source: sourceLine({ leadlineVersion: options.version, draws: result.draws, seed: result.seed }),
    width: options.width,
  });
}
