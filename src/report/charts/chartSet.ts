/**
 * Every chart of the report, in reading order, with the caption the report prints under it.
 * Charts without the data they need are left out.
 */

import type { ResultsDocument } from '../../analysis/results.ts';
import type { ChartOptions } from './chartOptions.ts';
import { checksChart } from './checksChart.ts';
import { computeChart } from './computeChart.ts';
import { frontsChart } from './frontsChart.ts';
import { leadChart } from './leadChart.ts';
import { SCENARIO_ONE_BAND, SCENARIO_TWO_HALF_WIDTH } from './paperMarks.ts';
import { probabilityChart } from './probabilityChart.ts';
import { productionChart } from './productionChart.ts';

export type ChartId = 'lead' | 'compute' | 'production' | 'fronts' | 'probabilities' | 'checks';

export interface RenderedChart {
  /** Also the file stem: charts/<id>.svg, charts/<id>.png. */
  id: ChartId;
  /** Short name, used as alt text. */
  name: string;
  caption: string;
  svg: string;
}

interface ChartEntry {
  id: ChartId;
  name: string;
  caption: string;
  draw: (doc: ResultsDocument, options: ChartOptions) => string | null;
}

const CHARTS: readonly ChartEntry[] = [
  {
    id: 'lead',
    name: 'US lead in months over time, by scenario',
    caption:
      'The headline output: how many months the PRC frontier trails the US frontier (with draws, the median line ' +
      'and its 10–90% band). The shaded bands are the ' +
      `paper’s two worlds — Scenario One, a ${SCENARIO_ONE_BAND[0]}–${SCENARIO_ONE_BAND[1]} month US lead by 2028 ` +
      `(counted from ${SCENARIO_ONE_BAND[0]} months up), and Scenario Two, within a few months (read here as ` +
      `±${SCENARIO_TWO_HALF_WIDTH} months). Below the Scenario Two band the PRC is ahead by more than ` +
      `${SCENARIO_TWO_HALF_WIDTH} months, an outcome of its own.`,
    draw: leadChart,
  },
  {
    id: 'compute',
    name: 'Accessible compute, US vs PRC, and their ratio',
    caption:
      'The compute each side’s labs can use, including chips bought, smuggled or rented abroad, on a log scale; ' +
      'below, the ratio of the two, against the paper’s “about 11×” under strengthened controls.',
    draw: computeChart,
  },
  {
    id: 'production',
    name: 'Annual AI-chip output, NVIDIA vs Huawei',
    caption:
      'Calendar-year output of NVIDIA and Huawei in H100-equivalents (log scale) at central parameters, with the ' +
      'paper’s estimate that Huawei makes about 4% of NVIDIA’s compute in 2026 and 2% in 2027.',
    draw: productionChart,
  },
  {
    id: 'fronts',
    name: 'The four fronts in 2028, by scenario',
    caption:
      'Where each scenario stands at the end of 2028 on the paper’s four fronts. With draws, bars and dots are ' +
      'medians and the whiskers span 10–90% of the draws; without, they are the run at central parameters. The ' +
      'dashed line in the distribution panel is an even split of third-country deployment (50%). The resilience ' +
      'index is illustrative only.',
    draw: frontsChart,
  },
  {
    id: 'probabilities',
    name: 'Probability of each 2028 world, by scenario',
    caption:
      'How often the Monte Carlo draws land in each 2028 world. Error bars are ±1.96 standard errors of the ' +
      'estimate from a finite number of draws.',
    draw: probabilityChart,
  },
  {
    id: 'checks',
    name: 'Checks against the paper',
    caption:
      'The paper checks as an image, for pasting; the same table appears as text under “Checks against the paper”.',
    draw: checksChart,
  },
];

/** Draws every chart the document has data for. */
export function renderCharts(doc: ResultsDocument, options: ChartOptions): RenderedChart[] {
  const charts: RenderedChart[] = [];
  for (const entry of CHARTS) {
    const svg = entry.draw(doc, options);
    if (svg !== null) charts.push({ id: entry.id, name: entry.name, caption: entry.caption, svg });
  }
  return charts;
}
