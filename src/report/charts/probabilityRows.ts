/**
 * The compact (phone) form of the probability chart: one short panel per 2028 world, stacked,
 * its name and condition on one line above it, one horizontal bar per scenario with its
 * ±1.96·se error bar and its share written beside it, on a shared 0–100% axis (ticks under the
 * last panel only). The same numbers as the wide chart's columns, laid out for a narrow screen.
 */
import * as Plot from '@observablehq/plot';
import { formatShare } from '../../analysis/format.ts';
import type { BodyItem } from './figure.ts';
import { INK } from './palette.ts';
import { panelOptions, plotToGroup } from './plotPanel.ts';
import { svgText } from './svgElement.ts';
import { truncateText } from './textWidth.ts';

export interface ProbabilityBar {
  outcome: string;
  scenario: string;
  color: string;
  p: number;
  low: number;
  high: number;
}

const LABEL_SIZE = 13;
const LABEL_HEIGHT = 20;
const BAR_ROW = 22;
const AXIS_HEIGHT = 24;
const GAP = 10;
const MARGIN_RIGHT = 44;

/** Panels of `bars` (grouped by `outcomes`, each label "name\ncondition") for a body `width` px wide. */
export function probabilityRows(
  document: Document,
  outcomes: readonly string[],
  scenarios: readonly string[],
  bars: readonly ProbabilityBar[],
  width: number,
): { body: BodyItem[]; height: number } {
  const body: BodyItem[] = [];
  let y = 0;
  outcomes.forEach((outcome, i) => {
    const last = i === outcomes.length - 1;
    const label = truncateText(outcome.replace('\n', ': '), width, LABEL_SIZE);
    body.push({
      element: svgText(document, label, 0, LABEL_SIZE, { size: LABEL_SIZE, weight: 'bold' }),
      x: 0,
      y,
    });
    y += LABEL_HEIGHT;
    const rows = bars.filter((bar) => bar.outcome === outcome);
    const height = scenarios.length * BAR_ROW + (last ? AXIS_HEIGHT : 4);
    const plot = Plot.plot({
      ...panelOptions(document, width, height),
      marginLeft: 4,
      marginRight: MARGIN_RIGHT,
      marginTop: 2,
      marginBottom: last ? AXIS_HEIGHT : 2,
      color: { type: 'identity' },
      x: {
        domain: [0, 1],
        grid: true,
        ticks: [0, 0.25, 0.5, 0.75, 1],
        tickFormat: (v: number) => `${Math.round(v * 100)}%`,
        axis: last ? 'bottom' : null,
        // the title and subtitle say what the axis holds: a label here would meet the ticks
        label: null,
      },
      y: { domain: scenarios, axis: null, padding: 0.2 },
      marks: [
        Plot.barX(rows, { y: 'scenario', x1: 0, x2: 'p', fill: 'color' }),
        Plot.ruleX([0], { stroke: INK.rule }),
        Plot.ruleY(rows, { y: 'scenario', x1: 'low', x2: 'high', stroke: INK.text, strokeWidth: 1.5 }),
        Plot.tickX(rows, { y: 'scenario', x: 'low', stroke: INK.text, strokeWidth: 1.5, inset: 4 }),
        Plot.tickX(rows, { y: 'scenario', x: 'high', stroke: INK.text, strokeWidth: 1.5, inset: 4 }),
        Plot.text(rows, {
          y: 'scenario',
          x: 'high',
          text: (bar: ProbabilityBar) => formatShare(bar.p, 0),
          dx: 5,
          textAnchor: 'start',
          fontSize: 12,
          fontWeight: 'bold',
          fill: INK.text,
          stroke: 'white',
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
      ],
    });
    body.push({ element: plotToGroup(document, plot, 0, 0), x: 0, y });
    y += height + (last ? 0 : GAP);
  });
  return { body, height: y };
}
