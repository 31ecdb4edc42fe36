/**
 * The charts of the page: the report's chart functions (src/report/charts) drawn in the page's
 * own document, so a chart here and in report.html is the same chart. Each has a table view and
 * a text summary for screen readers.
 */

import { computeByYearTable, frontsTable, productionTable } from './chartTables.ts';
import {
  type ChartOptions,
  COMPUTE_CHART_TITLE,
  computeChart,
  FRONTS_CHART_TITLE,
  formatLeadInWorld,
  frontsChart,
  isNarrowFigure,
  LEAD_CHART_TITLE,
  leadChart,
  PROBABILITY_CHART_TITLE,
  PRODUCTION_CHART_TITLE,
  probabilityChart,
  probabilityTable,
  productionChart,
  type ResultsDocument,
  type Table,
} from './lib.ts';
import { monthsText, percentText, seriesAt } from './numbers.ts';

export type WebChartId = 'lead' | 'probabilities' | 'compute' | 'production' | 'fronts';

export interface WebChart {
  readonly id: WebChartId;
  readonly title: string;
  readonly draw: (doc: ResultsDocument, options: ChartOptions) => string | null;
  readonly table: (doc: ResultsDocument) => Table | null;
  readonly summary: (doc: ResultsDocument) => string;
  /**
   * Narrowest drawing width [px] of the chart's wide form at which its text does not overlap.
   * Between the phone width (600 px, isNarrowFigure) and this it is drawn at this width and
   * scaled down; below 600 px every chart draws its compact form at the column's width.
   */
  readonly minWidth: number;
}

/** The width [px] to draw `chart` at in a column `width` px wide (see WebChart.minWidth). */
export function drawWidthOf(chart: WebChart, width: number): number {
  return isNarrowFigure(width) ? width : Math.max(width, chart.minWidth);
}

/** Drawing width of the wide form of the charts other than the lead chart. */
const MIN_DETAIL_WIDTH = 680;
/** The report's image width [px] (src/report/charts/figure.ts). */
const REPORT_WIDTH = 1000;

const HORIZON = '2028-12';

export const WEB_CHARTS: readonly WebChart[] = [
  {
    id: 'lead',
    title: LEAD_CHART_TITLE,
    draw: leadChart,
    minWidth: 320,
    table: leadByYearTable,
    summary: (doc) =>
      `Lines of the US lead in months from ${doc.runs[0]?.months[0]} to ${doc.runs[0]?.months.at(-1)}, one per scenario, ` +
      `with the paper's two worlds shaded: Scenario One (12 to 24 months) and Scenario Two (within 4 months either way). At ${HORIZON}: ` +
      doc.runs.map((run) => `${run.title}, ${monthsText(seriesAt(run, 'leadMonths', HORIZON))}`).join('; ') +
      '.',
  },
  {
    id: 'probabilities',
    title: PROBABILITY_CHART_TITLE,
    draw: probabilityChart,
    minWidth: MIN_DETAIL_WIDTH,
    table: probabilityTable,
    summary: (doc) =>
      doc.runs[0]?.probabilities
        ? `Share of draws in each 2028 world, with Monte Carlo error bars. ${doc.runs
            .map(
              (run) =>
                `${run.title}: Scenario One world ${percentText(run.probabilities?.scenarioOne)}, Scenario Two world ${percentText(run.probabilities?.scenarioTwo)}`,
            )
            .join('; ')}.`
        : 'No Monte Carlo draws: no probabilities.',
  },
  {
    id: 'compute',
    title: COMPUTE_CHART_TITLE,
    draw: computeChart,
    minWidth: MIN_DETAIL_WIDTH,
    table: computeByYearTable,
    summary: (doc) =>
      `Compute each side's labs can use, on a log scale, and their ratio. At ${HORIZON}: ${doc.runs
        .map((run) => {
          const ratio = seriesAt(run, 'computeRatio', HORIZON);
          return `${run.title}, US to PRC ratio ${ratio ? ratio.value.toFixed(1) : 'n/a'} (${ratio?.kind ?? 'n/a'})`;
        })
        .join('; ')}.`,
  },
  {
    id: 'production',
    title: PRODUCTION_CHART_TITLE,
    draw: productionChart,
    minWidth: MIN_DETAIL_WIDTH,
    table: productionTable,
    summary: (doc) =>
      `Annual AI-chip output of NVIDIA and Huawei in H100-equivalents, log scale. Huawei as a share of NVIDIA (central parameters): ${doc.runs
        .map(
          (run) =>
            `${run.title}, ${(run.summary.huaweiShareOfNvidia2026 * 100).toFixed(1)}% in 2026 and ${(run.summary.huaweiShareOfNvidia2027 * 100).toFixed(1)}% in 2027`,
        )
        .join('; ')}.`,
  },
  {
    id: 'fronts',
    title: FRONTS_CHART_TITLE,
    draw: frontsChart,
    // its four panels' axis titles overlap below the report's own width
    minWidth: REPORT_WIDTH,
    table: frontsTable,
    summary: (doc) =>
      `The paper's four fronts at ${HORIZON} (intelligence, adoption, distribution, resilience; resilience is illustrative). ${doc.runs
        .map(
          (run) =>
            `${run.title}: US share of third-country AI ${percentOf(seriesAt(run, 'globalShareUS', HORIZON)?.value)}, US adoption ${percentOf(seriesAt(run, 'adoptionUS', HORIZON)?.value)}, PRC adoption ${percentOf(seriesAt(run, 'adoptionCN', HORIZON)?.value)}`,
        )
        .join('; ')}.`,
  },
];

function percentOf(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${Math.round(value * 100)}%`;
}

export function webChart(id: string): WebChart | undefined {
  return WEB_CHARTS.find((chart) => chart.id === id);
}

/** The lead each December: median and 10–90% of draws (or central values without draws). */
function leadByYearTable(doc: ResultsDocument): Table {
  const months = (doc.runs[0]?.months ?? []).filter((m) => m.endsWith('-12'));
  return {
    caption: 'US lead (months) each December',
    columns: [
      { header: 'Month' },
      ...doc.runs.map((run) => ({ header: run.title, align: 'right' as const })),
    ],
    rows: months.map((month) => [
      month,
      ...doc.runs.map((run) => {
        const at = seriesAt(run, 'leadMonths', month);
        if (!at) return 'n/a';
        // the horizon's row decides the world: printed in it, as the answer and the fronts chart do
        const median = month === HORIZON ? formatLeadInWorld(at.value) : at.value.toFixed(1);
        return at.kind === 'median'
          ? `${median} (${at.p10?.toFixed(1)} to ${at.p90?.toFixed(1)})`
          : `${median} (central)`;
      }),
    ]),
  };
}
