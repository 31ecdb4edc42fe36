/** `leadline check`: the paper checks PC1–PC8 and fronts checks FC1–FC3 as a table; exit 1 when any fails. */

import type { CheckResult } from '../analysis/results.ts';
import { CHECKS_CAPTION } from '../report/checksTable.ts';
import { TextTable } from './textTable.ts';

/** A property check (value null in --json) has no number: it holds or not (`propertyNote`). */
function formatValue(check: CheckResult): string {
  return check.value === null ? 'property' : String(Number(check.value.toPrecision(3)));
}

/**
 * What an empty value means, under the table: a property check tests that something holds in
 * every case it tries (each lever, each month), so it has no single model value to print and
 * its `value` and `target` are null in --json; its line below the table says what it measured.
 */
function propertyNote(checks: readonly CheckResult[]): string | null {
  const ids = checks.filter((c) => c.value === null).map((c) => c.id);
  if (ids.length === 0) return null;
  const list = ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
  return `${list} ${ids.length === 1 ? 'is a property' : 'are properties'}: each tests that something holds in every case it tries, so it has no single model value (null "value" and "target" in --json); "pass" says whether it held, and its line below says what was measured.`;
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
  const note = propertyNote(checks);
  return `${CHECKS_CAPTION}\n${table.toString()}\n${note === null ? '' : `${note}\n`}${details.join('\n')}\n${verdict}\n`;
}
