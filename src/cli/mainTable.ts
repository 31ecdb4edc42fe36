/** The main comparison table of `leadline run`: one column per scenario. */
import Table from 'cli-table3';
import type { RunResult } from '../analysis/results.ts';
import { millions, months, percent, ratio } from './format.ts';

interface Row {
  readonly label: string;
  readonly cell: (run: RunResult) => string;
}

const ROWS: readonly Row[] = [
  { label: 'US lead at 2026-05 (months)', cell: (r) => months(r.summary.leadMonths2026_05) },
  { label: 'US lead at 2027-12 (months)', cell: (r) => months(r.summary.leadMonths2027_12) },
  { label: 'US lead at 2028-12 (months)', cell: (r) => months(r.summary.leadMonths2028_12) },
  { label: 'US accessible compute, 2028 mean (M H100e)', cell: (r) => millions(r.summary.computeUS2028) },
  { label: 'PRC accessible compute, 2028 mean (M H100e)', cell: (r) => millions(r.summary.computeCN2028) },
  { label: 'US : PRC compute ratio, 2028', cell: (r) => ratio(r.summary.computeRatio2028) },
  { label: 'Huawei as % of NVIDIA output, 2026', cell: (r) => percent(r.summary.huaweiShareOfNvidia2026) },
  { label: 'Huawei as % of NVIDIA output, 2027', cell: (r) => percent(r.summary.huaweiShareOfNvidia2027) },
  { label: 'Mythos-class model open-weight (month)', cell: (r) => r.summary.openWeightMythosMonth ?? 'not by horizon' },
  { label: 'Safety margin at 2028-12: lead − testing (months)', cell: (r) => months(r.summary.safetyMarginMonths2028_12) },
];

/** The four fronts in 2028 (means over the year). */
const FRONT_ROWS: readonly Row[] = [
  { label: 'Intelligence: US lead at 2028-12 (months)', cell: (r) => months(r.summary.leadMonths2028_12) },
  { label: 'Adoption, US: share of firms using AI (2028)', cell: (r) => percent(r.summary.adoptionUS2028, 0) },
  { label: 'Adoption, PRC: share of firms using AI (2028)', cell: (r) => percent(r.summary.adoptionCN2028, 0) },
  { label: 'Distribution: US share of third-country AI (2028)', cell: (r) => percent(r.summary.globalShareUS2028, 0) },
  { label: 'Resilience, US (illustrative; % of jobs/yr)', cell: (r) => percent(r.summary.resilienceUS2028, 1) },
  { label: 'Resilience, PRC (illustrative; % of jobs/yr)', cell: (r) => percent(r.summary.resilienceCN2028, 1) },
];

export function renderMainTable(runs: readonly RunResult[]): string {
  const table = new Table({
    head: ['', ...runs.map((r) => r.scenario)],
    style: { head: [], border: [] },
    colAligns: ['left', ...runs.map(() => 'right' as const)],
  });
  for (const row of ROWS) table.push([row.label, ...runs.map(row.cell)]);
  table.push([{ colSpan: runs.length + 1, content: 'Four fronts in 2028' }]);
  for (const row of FRONT_ROWS) table.push([row.label, ...runs.map(row.cell)]);
  return table.toString();
}

export function renderVerdicts(runs: readonly RunResult[]): string {
  const width = Math.max(...runs.map((r) => r.scenario.length));
  return runs.map((r) => `${r.scenario.padEnd(width)}  ${r.summary.verdictText}`).join('\n');
}
