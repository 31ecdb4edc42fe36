/**
 * Chart: PRIM's peeling trajectory. Each box on the way is a dot at (coverage, density): the
 * share of the claim's draws it keeps against the share of its draws where the claim holds,
 * coloured by the number of parameters it restricts. The chosen box is ringed and labelled; its
 * limits, with their quasi-p-values, are listed below the panel.
 */
import * as Plot from '@observablehq/plot';
import type { DiscoverResult } from '../../analysis/policy/discover.ts';
import type { ChartOptions } from './chartOptions.ts';
import { bodyWidth, composeFigure } from './figure.ts';
import { INK, OKABE_ITO } from './palette.ts';
import { panelOptions, plotToGroup } from './plotPanel.ts';
import { sourceLine } from './sourceLine.ts';

const PANEL_HEIGHT = 420;

function fmt(x: number): string {
  return Math.abs(x) >= 1e4 || (x !== 0 && Math.abs(x) < 1e-2) ? x.toExponential(2) : x.toPrecision(3);
}

export function primChart(result: DiscoverResult, options: ChartOptions & { version: string }): string {
  const { document } = options;
  const width = bodyWidth(options.width);
  const steps = result.trajectory.map((s, i) => ({ ...s, i }));
  const chosen = steps[result.chosen];
  const plot = Plot.plot({
    ...panelOptions(document, width, PANEL_HEIGHT),
    marginLeft: 56,
    marginRight: 30,
    marginTop: 20,
    marginBottom: 44,
    x: {
      domain: [0, 100], // percent: true maps the shares to 0–100 before the domain applies
      label: 'coverage: share of the claim’s draws inside the box (%) →',
      percent: true,
      grid: true,
    },
    y: {
      domain: [0, 100], // percent: true maps the shares to 0–100 before the domain applies
      label: '↑ density: share of the box’s draws where the claim holds (%)',
      percent: true,
      grid: true,
      labelArrow: 'none',
    },
    color: { type: 'linear', scheme: 'viridis', label: 'restricted parameters' },
    marks: [
      Plot.ruleY([result.holds], { stroke: INK.bandStroke, strokeDasharray: '4,3' }),
      Plot.line(steps, { x: 'coverage', y: 'density', stroke: INK.bandStroke }),
      Plot.dot(steps, { x: 'coverage', y: 'density', fill: 'restricted', r: 4 }),
      Plot.dot([chosen], {
        x: 'coverage',
        y: 'density',
        r: 10,
        stroke: OKABE_ITO.vermillion,
        strokeWidth: 2.5,
      }),
      Plot.text([chosen], {
        x: 'coverage',
        y: 'density',
        text: () => `chosen box: ${chosen.restricted} limits`,
        dx: 14,
        dy: -12,
        textAnchor: 'start',
        fontSize: 13,
        fill: INK.text,
      }),
    ],
  });
  const limits = result.box.restrictions.map(
    (r) =>
      `${r.param} ${r.side === 'low' ? '≥' : '≤'} ${fmt(r.limit)} ${r.unit} (drawn ${fmt(r.drawnRange[0])}–${fmt(r.drawnRange[1])}; quasi-p ${r.quasiP.toExponential(1)}${r.significant ? '' : ', not significant'})`,
  );
  return composeFigure(document, {
    title: `Under which beliefs: lead ≥ ${result.minLeadMonths} months at ${result.month} under ${result.scenario}`,
    subtitle: result.statement,
    legend: [
      {
        label: 'a box on the peeling trajectory (colour: parameters restricted)',
        kind: 'dot',
        color: OKABE_ITO.bluishGreen,
      },
      { label: 'the chosen box', kind: 'hollow', color: OKABE_ITO.vermillion },
      { label: 'share of all draws where the claim holds', kind: 'dashed', color: INK.bandStroke },
    ],
    body: [{ element: plotToGroup(document, plot, 0, 0), x: 0, y: 0 }],
    bodyHeight: PANEL_HEIGHT,
    notes: [
      `The chosen box: the densest with coverage ≥ ${Math.round(100 * result.minCoverage)}%. Its limits:`,
      ...limits,
      'PRIM (Friedman & Fisher 1999) for scenario discovery (Bryant & Lempert 2010); quasi-p-values as in the EMA Workbench.',
    ],
    source: sourceLine({ leadlineVersion: options.version, draws: result.draws, seed: result.seed }),
    width: options.width,
  });
}
