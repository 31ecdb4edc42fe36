/**
 * The report's table of what each scenario sets, beside its results: every lever with its value
 * and timing (from, ramp), the parameters it pins, the correlations it declares and the months
 * it shows. Read from each run's `definition` (the resolved scenario), so `leadline report`
 * shows it for a saved results.json too.
 */
import {
  correlationText,
  leverInForceText,
  leversInForce,
  pinnedParams,
  rangeText,
  scenarioOfRun,
} from '../analysis/index.ts';
import type { ResultsDocument } from '../analysis/results.ts';
import { scenarioLabel } from './charts/scenarioLabel.ts';
import type { Table } from './table.ts';

const NOT_RECORDED = 'not recorded';
const NOT_PINNED = '—';

/** One column per scenario, one row per lever, pinned parameter, correlations and months; null without definitions. */
export function settingsTable(doc: ResultsDocument): Table | null {
  const scenarios = doc.runs.map(scenarioOfRun);
  const known = scenarios.filter((s) => s !== null);
  if (known.length === 0) return null;
  const cells = (text: (s: NonNullable<(typeof scenarios)[number]>) => string) =>
    scenarios.map((s) => (s === null ? NOT_RECORDED : text(s)));
  const rows: string[][] = [];
  rows.push(['Months shown', ...cells((s) => `${s.start} to ${s.end}`)]);
  const leverNames = leversInForce(known[0]).map((l) => l.lever);
  leverNames.forEach((lever, i) => {
    rows.push([lever, ...cells((s) => leverInForceText(leversInForce(s)[i]))]);
  });
  const pinned = [...new Set(known.flatMap((s) => pinnedParams(s).map((p) => p.param)))].sort();
  for (const param of pinned) {
    rows.push([
      `${param} (pinned)`,
      ...cells((s) => {
        const pin = pinnedParams(s).find((p) => p.param === param);
        return pin === undefined ? NOT_PINNED : String(pin.value);
      }),
    ]);
  }
  const ranged = [...new Set(known.flatMap((s) => Object.keys(s.ranges ?? {})))].sort();
  for (const param of ranged) {
    rows.push([
      `${param} (your range)`,
      ...cells((s) =>
        rangeText((s.ranges as Record<string, Parameters<typeof rangeText>[0]> | undefined)?.[param]),
      ),
    ]);
  }
  if (known.some((s) => s.correlations.length > 0)) {
    rows.push([
      'Correlations declared',
      ...cells((s) =>
        s.correlations.length === 0 ? 'none' : s.correlations.map(correlationText).join('; '),
      ),
    ]);
  }
  return {
    caption:
      'What each scenario sets: every lever with its value, the month it starts to act and its ramp (a lever a ' +
      'scenario leaves unset keeps the policy of May 2026 on its dated timeline), the parameters it pins (— : drawn ' +
      'or at its central value) and the correlations it declares.',
    columns: [{ header: 'Setting' }, ...doc.runs.map((run) => ({ header: scenarioLabel(run) }))],
    rows,
  };
}
