/**
 * Chart: the probability of each 2028 outcome per scenario — the share of Monte Carlo draws
 * whose lead at 2028-12 falls in each world of analysis/outcomes.ts (Scenario One, between,
 * Scenario Two, PRC lead; they add up to 1), and in a race too close to test carefully (|lead| under the
 * scenarios' race threshold) — as bars with ±1.96·se error bars (a 95% interval for the
 * Monte Carlo sampling error only).
 */
import * as Plot from '@observablehq/plot';
import { formatShare } from '../../analysis/format.ts';
import { OUTCOME_NAMES, outcomeCondition, outcomeName } from '../../analysis/outcomes.ts';
import type { OutcomeProbabilities, ResultsDocument, RunResult } from '../../analysis/results.ts';
import type { ChartOptions } from './chartOptions.ts';
import { bodyWidth, composeFigure, isNarrowFigure } from './figure.ts';
import { INK, scenarioColors } from './palette.ts';
import { panelOptions, plotToGroup } from './plotPanel.ts';
import { type ProbabilityBar, probabilityRows } from './probabilityRows.ts';
import { scenarioLegend } from './scenarioLegend.ts';
import { sourceLine } from './sourceLine.ts';

const PANEL_HEIGHT = 400;
/** z for a two-sided 95% normal interval. */
const Z95 = 1.96;

export const PROBABILITY_CHART_TITLE = 'How likely is each 2028 world?';

/**
 * The outcomes in the order shown, with their two-line axis labels (name, condition), the
 * race threshold taken from the runs shown.
 */
export function outcomeAxis(
  runs: readonly Pick<RunResult, 'raceThresholdMonths'>[],
): { key: keyof OutcomeProbabilities; label: string }[] {
  const thresholds = runs.map((run) => run.raceThresholdMonths);
  return OUTCOME_NAMES.map((key) => ({
    key,
    label: `${outcomeName(key)}\n${outcomeCondition(key, thresholds)}`,
  }));
}

type Bar = ProbabilityBar;

/** SVG markup of the probability chart, or null when no run has probabilities. */
export function probabilityChart(doc: ResultsDocument, options: ChartOptions): string | null {
  const runs = doc.runs.filter(
    (run): run is RunResult & { probabilities: OutcomeProbabilities } => run.probabilities !== undefined,
  );
  if (runs.length === 0) return null;
  const { document } = options;
  const colors = scenarioColors(doc.runs);
  const colorOf = (run: RunResult) => colors.get(run.scenario) ?? INK.neutralSeries;
  const outcomes = outcomeAxis(runs);
  const bars: Bar[] = [];
  for (const { key, label } of outcomes) {
    for (const run of runs) {
      const { p, se } = run.probabilities[key];
      bars.push({
        outcome: label,
        scenario: run.scenario,
        color: colorOf(run),
        p,
        low: Math.max(0, p - Z95 * se),
        high: Math.min(1, p + Z95 * se),
      });
    }
  }

  const narrow = isNarrowFigure(options.width);
  const compact = narrow
    ? probabilityRows(
        document,
        outcomes.map((o) => o.label),
        runs.map((run) => run.scenario),
        bars,
        bodyWidth(options.width),
      )
    : null;
  // the wide form: one column of bars per world, drawn only when used
  const widePlot = () =>
    Plot.plot({
      ...panelOptions(document, bodyWidth(options.width), PANEL_HEIGHT),
      marginLeft: 62,
      marginRight: 10,
      marginTop: 30,
      marginBottom: 62,
      color: { type: 'identity' },
      fx: {
        domain: outcomes.map((o) => o.label),
        label: null,
        axis: 'bottom',
        padding: 0.12,
        tickSize: 0,
        tickPadding: 10,
      },
      x: { domain: runs.map((run) => run.scenario), axis: null, padding: 0.12 },
      y: {
        domain: [0, 1],
        grid: true,
        label: '↑ Probability (% of draws)',
        labelArrow: 'none',
        tickFormat: (v: number) => `${Math.round(v * 100)}%`,
      },
      marks: [
        Plot.barY(bars, { fx: 'outcome', x: 'scenario', y: 'p', fill: 'color' }),
        Plot.ruleY([0], { stroke: INK.rule }),
        Plot.ruleX(bars, {
          fx: 'outcome',
          x: 'scenario',
          y1: 'low',
          y2: 'high',
          stroke: INK.text,
          strokeWidth: 1.5,
        }),
        Plot.tickY(bars, {
          fx: 'outcome',
          x: 'scenario',
          y: 'low',
          stroke: INK.text,
          strokeWidth: 1.5,
          inset: 14,
        }),
        Plot.tickY(bars, {
          fx: 'outcome',
          x: 'scenario',
          y: 'high',
          stroke: INK.text,
          strokeWidth: 1.5,
          inset: 14,
        }),
        Plot.text(bars, {
          fx: 'outcome',
          x: 'scenario',
          y: 'high',
          text: (bar: Bar) => formatShare(bar.p, 0),
          dy: -10,
          fontWeight: 'bold',
          fill: INK.text,
        }),
      ],
    });

  const draws = doc.draws > 0 ? `${doc.draws} draws` : 'the draws';
  return composeFigure(document, {
    title: PROBABILITY_CHART_TITLE,
    subtitle: `Share of ${draws} in which the US lead at December 2028 falls in each range. Error bars: ±1.96 standard errors.`,
    legend: [
      ...scenarioLegend(runs, colorOf, undefined, 'bar'),
      { label: '±1.96·se (Monte Carlo error)', kind: 'errorbar', color: INK.text },
    ],
    body: compact?.body ?? [{ element: plotToGroup(document, widePlot(), 0, 0), x: 0, y: 0 }],
    bodyHeight: compact?.height ?? PANEL_HEIGHT,
    notes: [
      'The four worlds add up to 100% of the draws; a race too close to test carefully is counted on its own and overlaps them. ' +
        'Error bars show the sampling error of the draws only, not the uncertainty of the model itself.',
    ],
    source: sourceLine(doc),
    width: options.width,
  });
}
