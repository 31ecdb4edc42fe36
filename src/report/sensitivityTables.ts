/**
 * A sensitivity analysis as CSV and as Markdown (browser-safe: no Node built-ins).
 *
 * CSV: one row per uncertain parameter (kind "parameter": its group, Sobol' indices with CI
 * bounds, and the tornado's P10/P90 values and outputs) and one per group (kind "group"), in
 * full precision; non-finite values are empty cells.
 */

import { formatNumber } from '../analysis/format.ts';
import type { SensitivityResult } from '../analysis/sensitivity/index.ts';
import { SOBOL_CHART_TITLE, TORNADO_CHART_TITLE } from './charts/sensitivityCharts.ts';

const HEADER = [
  'kind',
  'name',
  'group',
  'first',
  'first_ci_low',
  'first_ci_high',
  'total',
  'total_ci_low',
  'total_ci_high',
  'p10_value',
  'p90_value',
  'output_at_p10',
  'output_at_p90',
  'swing',
] as const;

const num = (x: number | undefined): string => (x !== undefined && Number.isFinite(x) ? String(x) : '');

/** The --json document: the result with the version that made it (the CLI's and the explorer's). */
export function sensitivityDocument(result: SensitivityResult, version: string): object {
  return { leadlineVersion: version, ...result };
}

export function sensitivityCsv(result: SensitivityResult): string {
  const tornadoOf = new Map(result.tornado.map((bar) => [bar.parameter, bar]));
  const lines = [HEADER.join(',')];
  for (const row of result.sobol) {
    const bar = tornadoOf.get(row.parameter);
    lines.push(
      [
        'parameter',
        row.parameter,
        row.group,
        num(row.first),
        num(row.firstCI[0]),
        num(row.firstCI[1]),
        num(row.total),
        num(row.totalCI[0]),
        num(row.totalCI[1]),
        num(bar?.lowValue),
        num(bar?.highValue),
        num(bar?.low),
        num(bar?.high),
        num(bar?.swing),
      ].join(','),
    );
  }
  for (const g of result.groups) {
    lines.push(
      [
        'group',
        g.group,
        g.group,
        num(g.first),
        num(g.firstCI[0]),
        num(g.firstCI[1]),
        num(g.total),
        num(g.totalCI[0]),
        num(g.totalCI[1]),
        '',
        '',
        '',
        '',
        '',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

const ci = (c: readonly [number, number]): string => `${formatNumber(c[0])} to ${formatNumber(c[1])}`;

/** Said when the output took one value in every run of the design (its indices are undefined). */
export const CONSTANT_OUTPUT_NOTE =
  'The output does not vary in this design (the same value in every run), so it has no Sobol’ indices (shown as n/a); try a larger N, or another output.';

/** The one-sentence guide printed beside each chart. */
export const TORNADO_HOW_TO_READ =
  'How to read it: each bar shows the output with one parameter at its 10th or 90th percentile and all others central; the longest bars are the beliefs the answer is most sensitive to, one at a time (interactions are not shown).';
export const SOBOL_HOW_TO_READ =
  'How to read it: the total-order index is the share of the output’s variance a belief takes part in (interactions included), the first-order index the share it explains alone; a total index near 0 means the belief could be fixed at its central value without changing the answer.';

/** A Markdown page: what was run, the two charts with how to read them, and the top rows. */
export function sensitivityMarkdown(
  result: SensitivityResult,
  images: { tornado: string; sobol: string },
  source: string,
  top = 20,
): string {
  const conv = result.convergence;
  const last = conv.steps[conv.steps.length - 1];
  const groupRows = result.groups.map(
    (g) =>
      `| ${g.label} | ${g.parameters} | ${formatNumber(g.first)} (${ci(g.firstCI)}) | ${formatNumber(g.total)} (${ci(g.totalCI)}) |`,
  );
  const paramRows = result.sobol
    .slice(0, top)
    .map(
      (r) =>
        `| ${r.parameter} | ${r.group} | ${formatNumber(r.first)} (${ci(r.firstCI)}) | ${formatNumber(r.total)} (${ci(r.totalCI)}) |`,
    );
  const tornadoRows = result.tornado
    .slice(0, top)
    .map(
      (b) =>
        `| ${b.parameter} | ${formatNumber(b.lowValue)} → ${formatNumber(b.low)} | ${formatNumber(b.highValue)} → ${formatNumber(b.high)} | ${formatNumber(b.swing)} |`,
    );
  return [
    `# Sensitivity of ${result.outputLabel} — ${result.scenario}`,
    '',
    `${source}.`,
    '',
    `Output: ${result.outputDescription} [${result.unit}]. At central parameters ${formatNumber(result.central)}; ` +
      `over the design, mean ${formatNumber(result.mean)} and variance ${formatNumber(result.variance)}.`,
    '',
    ...(result.variance > 0 ? [] : [`${CONSTANT_OUTPUT_NOTE}`, '']),
    `Convergence: ${conv.rule}. ${conv.converged ? 'Converged' : 'Not converged'}` +
      (last
        ? ` (largest move ${formatNumber(last.maxMove)}, ${formatNumber(last.maxMoveOverHalfWidth)}× the CI half-width, at N = ${last.n}).`
        : '.'),
    '',
    `## ${TORNADO_CHART_TITLE}`,
    '',
    `![tornado](${encodeURI(images.tornado)})`,
    '',
    TORNADO_HOW_TO_READ,
    '',
    '| parameter | P10 → output | P90 → output | swing |',
    '|---|--:|--:|--:|',
    ...tornadoRows,
    '',
    `## ${SOBOL_CHART_TITLE}`,
    '',
    `![Sobol indices](${encodeURI(images.sobol)})`,
    '',
    SOBOL_HOW_TO_READ,
    '',
    `| group | parameters | first order (${Math.round(result.level * 100)}% CI) | total order (CI) |`,
    '|---|--:|--:|--:|',
    ...groupRows,
    '',
    `| parameter | group | first order (${Math.round(result.level * 100)}% CI) | total order (CI) |`,
    '|---|---|--:|--:|',
    ...paramRows,
    '',
  ].join('\n');
}
