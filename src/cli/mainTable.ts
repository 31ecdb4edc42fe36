/**
 * The main comparison table of `leadline run`: one column per scenario. With draws, each cell
 * reads "median (10th–90th percentile)" of the series at that month; without, the central run.
 */

import {
  formatProbability,
  formatMillions as millions,
  formatMonths as months,
  formatShare as percent,
  formatRatio as ratio,
} from '../analysis/format.ts';
import {
  formatLeadInWorld,
  OUTCOME_MONTH_LABEL,
  OUTCOME_NAMES,
  type OutcomeName,
  outcomeCondition,
  outcomeName,
} from '../analysis/outcomes.ts';
import type { Probability, RunResult } from '../analysis/results.ts';
import type { SeriesName } from '../core/index.ts';
import { TextTable } from './textTable.ts';

type Format = (x: number) => string;

interface Row {
  readonly label: string;
  /** Central-run value. */
  readonly central: (run: RunResult) => number | string;
  /** The series and month whose draws give the range, when it has one. */
  readonly series?: SeriesName;
  readonly month?: string;
  readonly format: Format;
  /** How the median prints, when not with `format` (the 2028-12 lead: in its own world). */
  readonly medianFormat?: Format;
}

const at2028 = { month: '2028-12' } as const;

const ROWS: readonly Row[] = [
  {
    label: 'US lead at 2026-05 (months)',
    central: (r) => r.summary.leadMonths2026_05,
    series: 'leadMonths',
    month: '2026-05',
    format: months,
  },
  {
    label: 'US lead at 2027-12 (months)',
    central: (r) => r.summary.leadMonths2027_12,
    series: 'leadMonths',
    month: '2027-12',
    format: months,
  },
  {
    label: 'US lead at 2028-12 (months)',
    central: (r) => r.summary.leadMonths2028_12,
    series: 'leadMonths',
    ...at2028,
    format: months,
    medianFormat: formatLeadInWorld,
  },
  {
    label: 'US accessible compute, 2028-12 (M H100e)',
    central: (r) => r.summary.computeUS2028_12,
    series: 'computeUS',
    ...at2028,
    format: millions,
  },
  {
    label: 'PRC accessible compute, 2028-12 (M H100e)',
    central: (r) => r.summary.computeCN2028_12,
    series: 'computeCN',
    ...at2028,
    format: millions,
  },
  {
    label: 'US : PRC compute ratio, 2028-12',
    central: (r) => r.summary.computeRatio2028_12,
    series: 'computeRatio',
    ...at2028,
    format: ratio,
  },
  {
    label: 'Huawei as % of NVIDIA output, 2026 (at central parameters)',
    central: (r) => r.summary.huaweiShareOfNvidia2026,
    format: (x) => percent(x),
  },
  {
    label: 'Huawei as % of NVIDIA output, 2027 (at central parameters)',
    central: (r) => r.summary.huaweiShareOfNvidia2027,
    format: (x) => percent(x),
  },
  {
    label: 'Mythos-class model open-weight (at central parameters)',
    central: (r) => r.summary.openWeightMythosMonth ?? 'not by horizon',
    format: String,
  },
  {
    label: 'Safety margin at 2028-12: lead − testing (months)',
    central: (r) => r.summary.safetyMarginMonths2028_12,
    series: 'safetyMarginMonths',
    ...at2028,
    format: months,
  },
];

const FRONT_ROWS: readonly Row[] = [
  {
    label: 'Intelligence: US lead (months)',
    central: (r) => r.summary.leadMonths2028_12,
    series: 'leadMonths',
    ...at2028,
    format: months,
    medianFormat: formatLeadInWorld,
  },
  {
    label: 'Adoption, US: share of firms using AI',
    central: (r) => r.summary.adoptionUS2028_12,
    series: 'adoptionUS',
    ...at2028,
    format: (x) => percent(x, 0),
  },
  {
    label: 'Adoption, PRC: share of firms using AI',
    central: (r) => r.summary.adoptionCN2028_12,
    series: 'adoptionCN',
    ...at2028,
    format: (x) => percent(x, 0),
  },
  {
    label: 'Distribution: US share of third-country AI',
    central: (r) => r.summary.globalShareUS2028_12,
    series: 'globalShareUS',
    ...at2028,
    format: (x) => percent(x, 0),
  },
  {
    label: 'Resilience, US (illustrative; % of jobs/yr)',
    central: (r) => r.summary.resilienceUS2028_12,
    series: 'resilienceUS',
    ...at2028,
    format: (x) => percent(x, 1),
  },
  {
    label: 'Resilience, PRC (illustrative; % of jobs/yr)',
    central: (r) => r.summary.resilienceCN2028_12,
    series: 'resilienceCN',
    ...at2028,
    format: (x) => percent(x, 1),
  },
];

/** "P(Scenario One world: US lead ≥ 12 months)", with the runs' own race thresholds. */
function probabilityLabel(outcome: OutcomeName, runs: readonly RunResult[]): string {
  return `P(${outcomeName(outcome)}: ${outcomeCondition(
    outcome,
    runs.map((r) => r.raceThresholdMonths),
  )})`;
}

function cell(row: Row, run: RunResult): string {
  const quantiles = row.series ? run.quantiles?.[row.series] : undefined;
  const index = row.month ? run.months.indexOf(row.month) : -1;
  if (quantiles && index >= 0) {
    const median = (row.medianFormat ?? row.format)(quantiles.p50[index]);
    return `${median} (${row.format(quantiles.p10[index])}–${row.format(quantiles.p90[index])})`;
  }
  const value = row.central(run);
  return typeof value === 'string' ? value : (row.medianFormat ?? row.format)(value);
}

function probabilityCell(p: Probability | undefined): string {
  return p ? formatProbability(p) : 'no draws';
}

export function renderMainTable(runs: readonly RunResult[]): string {
  const table = new TextTable({
    head: ['', ...runs.map((r) => r.scenario)],
    colAligns: ['left', ...runs.map(() => 'right' as const)],
  });
  for (const row of ROWS) table.push([row.label, ...runs.map((r) => cell(row, r))]);
  if (runs.some((r) => r.probabilities)) {
    table.push([
      {
        colSpan: runs.length + 1,
        content: `Which world at ${OUTCOME_MONTH_LABEL} (share of draws ± Monte Carlo standard error)`,
      },
    ]);
    for (const outcome of OUTCOME_NAMES)
      table.push([
        probabilityLabel(outcome, runs),
        ...runs.map((r) => probabilityCell(r.probabilities?.[outcome])),
      ]);
  }
  table.push([{ colSpan: runs.length + 1, content: 'Four fronts at 2028-12' }]);
  for (const row of FRONT_ROWS) table.push([row.label, ...runs.map((r) => cell(row, r))]);
  return table.toString();
}

export function renderVerdicts(runs: readonly RunResult[]): string {
  const width = Math.max(...runs.map((r) => r.scenario.length));
  return runs
    .map((r) => {
      const p = r.probabilities;
      const odds = p
        ? `; P(Scenario One world) ${percent(p.scenarioOne.p, 0)}, P(Scenario Two world) ${percent(p.scenarioTwo.p, 0)}` +
          (p.prcLead.p > 0 ? `, P(PRC lead) ${percent(p.prcLead.p, 0)}` : '')
        : '';
      return `${r.scenario.padEnd(width)}  ${r.summary.verdictText}${odds}`;
    })
    .join('\n');
}
