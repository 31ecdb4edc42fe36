/** `leadline check`: the paper checks PC1–PC8 and fronts checks FC1–FC3 as a table; exit 1 when any fails. */

import type { CheckResult } from '../analysis/results.ts';
import { CHECKS_CAPTION } from '../report/checksTable.ts';
import { TextTable } from './textTable.ts';

function formatValue(check: CheckResult): string {
  return check.value === null ? 'property' : String(Number(check.value.toPrecision(3)));
}

const short = (x: number | null): string => (x === null ? '' : String(Number(x.toPrecision(3))));

function formatTarget(check: CheckResult): string {
  if (check.target === null) return 'holds';
  const [lo, hi] = check.target.map(short);
  if (lo === '') return `≤ ${hi}`;
  if (hi === '') return `≥ ${lo}`;
  return `${lo} to ${hi}`;
}

export function renderChecks(checks: readonly CheckResult[]): string {
  const table = new TextTable({
    head: ['id', 'check', 'target', 'model (central)', 'result'],
    wordWrap: true,
    colWidths: [6, 56, 10, 12, 8],
  });
  for (const c of checks)
    table.push([
      c.id,
      `${c.description} [${c.source}]`,
      formatTarget(c),
      formatValue(c),
      c.pass ? 'pass' : 'FAIL',
    ]);
  const details = checks.filter((c) => c.detail).map((c) => `${c.id}: ${c.detail}`);
  const failed = checks.filter((c) => !c.pass).length;
  const verdict =
    failed === 0 ? `All ${checks.length} checks pass.` : `${failed} of ${checks.length} checks FAIL.`;
  return `${CHECKS_CAPTION}\n${table.toString()}\n${details.join('\n')}\n${verdict}\n`;
}
