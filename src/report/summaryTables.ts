/**
 * The report's tables of main numbers, one row per scenario: the lead at three dates (with the
 * 10–90% range of the draws when present), compute at Dec 2028, Huawei's share of NVIDIA, the
 * open-weight Mythos-class month, and the probability of each 2028 world.
 */

import { formatCount, formatMonths, formatRatio, formatShare } from '../analysis/format.ts';
import { formatLeadInWorld, OUTCOME_MONTH_LABEL } from '../analysis/outcomes.ts';
import type { ResultsDocument, RunResult } from '../analysis/results.ts';
import type { SeriesName } from '../core/index.ts';
import { monthLabel } from './charts/months.ts';
import { outcomeAxis } from './charts/probabilityChart.ts';
import { scenarioLabel } from './charts/scenarioLabel.ts';
import { rangeAt } from './charts/seriesAccess.ts';
import type { Table } from './table.ts';

const LEAD_DATES: readonly {
  month: string;
  key: 'leadMonths2026_05' | 'leadMonths2027_12' | 'leadMonths2028_12';
}[] = [
  { month: '2026-05', key: 'leadMonths2026_05' },
  { month: '2027-12', key: 'leadMonths2027_12' },
  { month: '2028-12', key: 'leadMonths2028_12' },
];

/**
 * The central value "6.1" or, with draws, the median and range "5.8 (4.2 to 8.0)". The
 * 2028-12 lead, which the "2028 world" column classifies, prints in its own world (11.97, not
 * 12.0, beside "Between the two worlds").
 */
function leadCell(run: RunResult, month: string, value: number): string {
  const median = month === OUTCOME_MONTH_LABEL ? formatLeadInWorld : formatMonths;
  return rangedCell(run, 'leadMonths', month, value, formatMonths, median);
}

/** "median (p10 to p90)" of series `name` at `month` with draws, else the central value. */
function rangedCell(
  run: RunResult,
  name: SeriesName,
  month: string,
  central: number,
  format: (value: number) => string,
  formatMedian = format,
): string {
  const range = rangeAt(run, name, month);
  return range === undefined
    ? formatMedian(central)
    : `${formatMedian(range.p50)} (${format(range.p10)} to ${format(range.p90)})`;
}

export function leadTable(doc: ResultsDocument): Table {
  const ranged = doc.runs.some((run) => run.quantiles?.leadMonths !== undefined);
  return {
    caption: ranged
      ? 'US lead in months (negative: PRC ahead): median of the draws, in brackets the 10–90% range.'
      : 'US lead in months (negative: PRC ahead), at central parameters.',
    columns: [
      { header: 'Scenario' },
      ...LEAD_DATES.map((d) => ({ header: `Lead, ${monthLabel(d.month)}`, align: 'right' as const })),
      { header: '2028 world' },
    ],
    rows: doc.runs.map((run) => [
      scenarioLabel(run),
      ...LEAD_DATES.map((d) => leadCell(run, d.month, run.summary[d.key])),
      run.summary.verdictText,
    ]),
  };
}

export function computeTable(doc: ResultsDocument): Table {
  const ranged = doc.runs.some((run) => run.quantiles?.computeUS !== undefined);
  return {
    caption:
      'Accessible compute (at Dec 2028, H100-equivalents)' +
      (ranged ? ': median of the draws, in brackets the 10–90% range' : ', at central parameters') +
      '. Huawei’s annual output as a share of NVIDIA’s, and the month a Mythos-class capability ' +
      'becomes downloadable as open weights, at central parameters (no draws are summarised for them).',
    columns: [
      { header: 'Scenario' },
      { header: 'US-bloc compute, Dec 2028', align: 'right' },
      { header: 'PRC compute, Dec 2028', align: 'right' },
      { header: 'US ÷ PRC, Dec 2028', align: 'right' },
      { header: 'Huawei ÷ NVIDIA, 2026 (at central parameters)', align: 'right' },
      { header: 'Huawei ÷ NVIDIA, 2027 (at central parameters)', align: 'right' },
      { header: 'Open-weight Mythos-class model (at central parameters)' },
    ],
    rows: doc.runs.map((run) => {
      const s = run.summary;
      return [
        scenarioLabel(run),
        rangedCell(run, 'computeUS', OUTCOME_MONTH_LABEL, s.computeUS2028_12, formatCount),
        rangedCell(run, 'computeCN', OUTCOME_MONTH_LABEL, s.computeCN2028_12, formatCount),
        rangedCell(run, 'computeRatio', OUTCOME_MONTH_LABEL, s.computeRatio2028_12, formatRatio),
        formatShare(s.huaweiShareOfNvidia2026),
        formatShare(s.huaweiShareOfNvidia2027),
        s.openWeightMythosMonth === null ? 'not before the horizon' : monthLabel(s.openWeightMythosMonth),
      ];
    }),
  };
}

/** "71.0% (se 2.0 pts)". */
function probabilityCell(p: number, se: number): string {
  return `${formatShare(p)} (se ${(se * 100).toFixed(1)} pts)`;
}

/** Probabilities of each 2028 world, or null when no run has them. */
export function probabilityTable(doc: ResultsDocument): Table | null {
  const runs = doc.runs.filter((run) => run.probabilities !== undefined);
  if (runs.length === 0) return null;
  const outcomes = outcomeAxis(runs);
  return {
    caption:
      'Share of draws in each 2028 world (lead at December 2028), with its Monte Carlo standard error.',
    columns: [
      { header: 'Scenario' },
      ...outcomes.map((o) => ({ header: o.label.replace('\n', ': '), align: 'right' as const })),
      { header: 'Draws', align: 'right' },
    ],
    rows: runs.map((run) => [
      scenarioLabel(run),
      ...outcomes.map((o) => {
        const probability = run.probabilities?.[o.key];
        return probability === undefined ? 'no draws' : probabilityCell(probability.p, probability.se);
      }),
      run.failedDraws > 0 ? `${run.draws} (${run.failedDraws} failed)` : String(run.draws),
    ]),
  };
}
