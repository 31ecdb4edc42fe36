/**
 * One run as CSV: a month column, one column per series of the run at central parameters (in
 * the order of `series`, named `<series>_central`), then leadMonths_p10/_p50/_p90, the lead's
 * 10th percentile, median and 90th percentile over the draws, when quantiles exist. The header
 * says which column is which statistic, so central values and medians are never mixed unnamed.
 * Numbers print in full precision; missing or non-finite values are empty cells.
 */

import type { RunResult } from '../analysis/results.ts';
import type { SeriesName } from '../core/index.ts';

const LEAD_QUANTILES = ['p10', 'p50', 'p90'] as const;
/** Suffix of the columns of the central run (the quantiles' are _p10, _p50, _p90). */
export const CENTRAL_COLUMN_SUFFIX = '_central';

function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function numberCell(value: number | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

export function runCsv(run: RunResult): string {
  const names = Object.keys(run.series) as SeriesName[];
  const lead = run.quantiles?.leadMonths;
  const header = [
    'month',
    ...names.map((name) => `${name}${CENTRAL_COLUMN_SUFFIX}`),
    ...(lead === undefined ? [] : LEAD_QUANTILES.map((q) => `leadMonths_${q}`)),
  ];
  const lines = [header.map(cell).join(',')];
  for (let i = 0; i < run.months.length; i++) {
    const row = [cell(run.months[i]), ...names.map((name) => numberCell(run.series[name]?.[i]))];
    if (lead !== undefined) row.push(...LEAD_QUANTILES.map((q) => numberCell(lead[q][i])));
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * File names `<scenario>.csv` for the runs, made safe for any file system (anything but
 * letters and digits of any script, ".", "_" and "-" becomes "-", so "中文" stays "中文") and
 * unique (a repeated name gets "-2", "-3", …).
 */
export function csvFileNames(runs: readonly Pick<RunResult, 'scenario'>[]): string[] {
  const used = new Set<string>();
  return runs.map((run) => {
    const stem =
      run.scenario
        .normalize('NFC')
        .replace(/[^\p{L}\p{N}\p{M}._-]+/gu, '-')
        .replace(/^[.-]+/, '') || 'run';
    let name = `${stem}.csv`;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${stem}-${k}.csv`;
    used.add(name.toLowerCase());
    return name;
  });
}
