/**
 * Chart: the attribution waterfall. From scenario B's lead at the outcome month, each lever's
 * Shapley share is a bar that moves the running total, ending at scenario A's lead. A ◆ marks
 * where the lever alone would have taken the total (its effect alone); the gap between ◆ and
 * the bar's end is the lever's part of the interaction. Over draws, bars are the mean shares
 * (they add up to the mean difference) and a thin line spans each share's 10–90% range.
 */
import * as Plot from '@observablehq/plot';
import { formatSignedMonths, withMinus } from '../../analysis/format.ts';
import type { AttributionResult } from '../../analysis/policy/attribution.ts';
import { printedAttribution } from '../../analysis/policy/attributionPrinted.ts';
import type { ChartOptions } from './chartOptions.ts';
import { bodyWidth, composeFigure } from './figure.ts';
import { INK, OKABE_ITO } from './palette.ts';
import { panelOptions, plotToGroup } from './plotPanel.ts';
import { sourceLine } from './sourceLine.ts';

const ROW_HEIGHT = 34;

interface Step {
  label: string;
  x1: number;
  x2: number;
  kind: 'total' | 'up' | 'down';
  /** The printed value [tenths of a month]: a total's lead, a lever's share (printedAttribution). */
  printed: number;
  alone?: number;
  p10?: number;
  p90?: number;
}

export function attributionChart(
  result: AttributionResult,
  options: ChartOptions & { version: string },
): string {
  const { document } = options;
  const overDraws = result.draws > 0;
  const fromLead = result.meanLeadMonths?.from ?? result.fromLeadMonths;
  // Printed as the CLI prints them: shares that add up to the printed difference, and the end
  // printed as the start plus the printed shares, so the labels add up as printed.
  const printed = printedAttribution(result);
  const fromTenths = Math.round(10 * fromLead);
  const steps: Step[] = [
    { label: `${result.from} (start)`, x1: 0, x2: fromLead, kind: 'total', printed: fromTenths },
  ];
  let running = fromLead;
  for (const [i, lever] of result.levers.entries()) {
    const next = running + lever.leadMonths;
    const spread = lever.overDraws?.share;
    steps.push({
      label: `${lever.lever}: ${lever.toSetting}`,
      x1: running,
      x2: next,
      kind: lever.leadMonths >= 0 ? 'up' : 'down',
      printed: printed.shares[i],
      alone: running + (lever.overDraws ? lever.overDraws.alone.mean : lever.central.alone),
      ...(spread ? { p10: running + spread.p10, p90: running + spread.p90 } : {}),
    });
    running = next;
  }
  steps.push({
    label: `${result.to} (end)`,
    x1: 0,
    x2: running,
    kind: 'total',
    printed: fromTenths + printed.total,
  });
  const labels = steps.map((s) => s.label);
  const width = bodyWidth(options.width);
  const height = ROW_HEIGHT * steps.length + 50;
  const color = (s: Step) =>
    s.kind === 'total' ? INK.neutralSeries : s.kind === 'up' ? OKABE_ITO.blue : OKABE_ITO.vermillion;
  const plot = Plot.plot({
    ...panelOptions(document, width, height),
    marginLeft: 330,
    marginRight: 50,
    marginTop: 10,
    marginBottom: 40,
    x: { label: `US lead at ${result.monthLabel} (months) →`, grid: true, nice: true },
    y: { domain: labels, label: null },
    marks: [
      Plot.barX(steps, { y: 'label', x1: 'x1', x2: 'x2', fill: color, insetTop: 6, insetBottom: 6 }),
      Plot.ruleY(
        steps.filter((s) => s.p10 !== undefined),
        { y: 'label', x1: 'p10', x2: 'p90', stroke: INK.text, strokeWidth: 1.5 },
      ),
      Plot.dot(
        steps.filter((s) => s.alone !== undefined),
        {
          y: 'label',
          x: 'alone',
          symbol: 'diamond',
          r: 5,
          fill: 'white',
          stroke: INK.text,
          strokeWidth: 1.5,
        },
      ),
      Plot.text(steps, {
        y: 'label',
        x: (s: Step) => Math.max(s.x1, s.x2, s.p90 ?? Number.NEGATIVE_INFINITY),
        text: (s: Step) =>
          s.kind === 'total' ? withMinus((s.printed / 10).toFixed(1)) : formatSignedMonths(s.printed / 10),
        dx: 8,
        textAnchor: 'start',
        fontSize: 13,
        fill: INK.text,
      }),
      Plot.ruleX([0], { stroke: INK.rule }),
    ],
  });
  const totalText = overDraws
    ? `mean difference ${formatSignedMonths(printed.total / 10)} months over ${result.draws} paired draws`
    : `difference ${formatSignedMonths(printed.total / 10)} months at central parameters`;
  return composeFigure(document, {
    title: `Which lever carries how much: ${result.to} vs ${result.from}`,
    subtitle: `Shapley shares of the ${result.monthLabel} lead (${totalText}); shares add up to the difference.`,
    legend: [
      { label: 'lengthens the lead', kind: 'bar', color: OKABE_ITO.blue },
      { label: 'shortens it', kind: 'bar', color: OKABE_ITO.vermillion },
      { label: 'the lever alone', kind: 'diamond', color: INK.text },
      ...(overDraws ? [{ label: 'share, 10–90% of draws', kind: 'errorbar' as const, color: INK.text }] : []),
    ],
    body: [{ element: plotToGroup(document, plot, 0, 0), x: 0, y: 0 }],
    bodyHeight: height,
    notes: [
      'The gap between ◆ and the end of a bar is the lever’s part of the interaction: what it adds only together with the others.',
      ...(result.frontsOnly.length > 0
        ? [
            `Also differing, with no effect on the lead (they act on the other fronts): ${result.frontsOnly.join(', ')}.`,
          ]
        : []),
    ],
    source: sourceLine({ leadlineVersion: options.version, draws: result.draws, seed: result.seed }),
    width: options.width,
  });
}
