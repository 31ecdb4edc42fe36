/** The paper checks (spec §9) as a table: what is checked, the model's value, the target, the verdict. */

import { formatNumber } from '../analysis/format.ts';
import type { CheckResult } from '../analysis/results.ts';
import type { Table } from './table.ts';

/** "3 to 5", "≤ 4", "≥ 12", or "property" for property checks. */
export function formatTarget(target: CheckResult['target']): string {
  if (target === null) return 'property';
  const [low, high] = target;
  if (low !== null && high !== null) return `${formatNumber(low)} to ${formatNumber(high)}`;
  if (high !== null) return `≤ ${formatNumber(high)}`;
  if (low !== null) return `≥ ${formatNumber(low)}`;
  return 'any';
}

/** The checks' caption: what their model values are. */
export const CHECKS_CAPTION =
  'The checks are calibrated at central parameters: each model value is the run with every uncertain parameter at its central value, not the median of the draws (the tables above), so the two can differ.';

export function checksTable(checks: readonly CheckResult[]): Table {
  return {
    caption: CHECKS_CAPTION,
    columns: [
      { header: 'Check' },
      { header: 'What is checked' },
      { header: 'Model at central parameters', align: 'right' },
      { header: 'Target', align: 'right' },
      { header: 'Result' },
      { header: 'Source' },
    ],
    rows: checks.map((check) => [
      check.id,
      check.detail === undefined ? check.description : `${check.description} (${check.detail})`,
      check.value === null ? (check.pass ? 'holds' : 'violated') : formatNumber(check.value),
      formatTarget(check.target),
      check.pass ? '✓ pass' : '✗ FAIL',
      check.source,
    ]),
    rowClasses: checks.map((check) => (check.pass ? undefined : 'fail')),
  };
}
