/**
 * `leadline history` and `leadline calibrate`: the model's past beside measured history, and
 * the calibration procedure on observations up to a cutoff.
 *
 *   observations (data/observed.csv or --observations) → runHistory / calibrate (analysis)
 *   → tables (or --json) → charts and history.md in --out
 */
import { formatNumber, formatShare, NOT_A_NUMBER, withMinus } from '../analysis/format.ts';
import {
  type CalibrationResult,
  calibrate,
  type FitTable,
  formatObserved,
  formatQuantity,
  formatZ,
  type HistoryResult,
  runHistory,
} from '../analysis/index.ts';
import { monthLabel } from '../core/index.ts';
import type { DrawOptions } from './drawOptions.ts';
import {
  currentMonth,
  DEFAULT_CUTOFF,
  limitDraws,
  loadObservations,
  MAX_HISTORY_DRAWS,
  monthOption,
} from './historyOptions.ts';
import { resolveArgs } from './runCommand.ts';
import { TextTable } from './textTable.ts';

export interface HistoryCliOptions {
  readonly cutoff?: string;
  readonly until?: string;
  readonly observations?: string;
}

export function buildHistory(
  scenario: string | undefined,
  draws: DrawOptions,
  opts: HistoryCliOptions,
): HistoryResult {
  limitDraws(draws.draws, MAX_HISTORY_DRAWS, 'leadline history');
  const observations = loadObservations(opts.observations);
  const cutoffMonth = monthOption('--cutoff', opts.cutoff, DEFAULT_CUTOFF);
  const untilMonth = monthOption('--until', opts.until, currentMonth());
  const [resolved] = resolveArgs(scenario === undefined ? [] : [scenario], ['baseline']);
  return runHistory(resolved, observations, {
    draws: draws.draws,
    seed: draws.seed,
    cutoffMonth,
    untilMonth,
  });
}

export function buildCalibration(opts: HistoryCliOptions): Omit<CalibrationResult, 'params'> {
  const observations = loadObservations(opts.observations);
  const cutoffMonth = monthOption('--cutoff', opts.cutoff, DEFAULT_CUTOFF);
  const [resolved] = resolveArgs([], ['baseline']);
  const { params: _params, ...report } = calibrate(resolved, observations, cutoffMonth);
  return report;
}

export function renderHistory(h: HistoryResult): string {
  const header =
    h.draws > 0
      ? `leadline history — ${h.scenario}, ${h.draws} draws, seed ${h.seed}; calibration cutoff ${h.cutoff}`
      : `leadline history — ${h.scenario}, central parameters; calibration cutoff ${h.cutoff}`;
  const obs = new TextTable({
    head: ['id', 'quantity', 'window', 'observed', 'model median (10–90%)', 'refit', 'z', 'agrees', 'indep.'],
    colAligns: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'center', 'center'],
  });
  for (const o of h.observations) {
    const q = o.quantity;
    obs.push([
      o.beforeCutoff ? o.id : `${o.id}*`,
      q,
      o.window,
      formatObserved(q, o.kind, o.value, o.low, o.high),
      `${formatQuantity(q, o.median)} (${formatQuantity(q, o.p10)}–${formatQuantity(q, o.p90)})`,
      formatQuantity(q, o.refit),
      formatZ(o.z),
      o.inside ? 'yes' : 'no',
      o.independent ? 'yes' : 'no',
    ]);
  }
  const lines = [
    header,
    '',
    'Observations (* after the cutoff: out of sample for the refit). z: the model against the observation, the',
    'observation’s range, the model’s discrepancy and the draws’ 10–90% band together (docs/MODEL.md §11); agrees:',
    '|z| ≤ 1.28 (80%). refit: central run with the calibrated parameters fitted to data up to the cutoff.',
    obs.toString(),
    '',
    `Fit of the model as shipped (medians and 10–90% bands of the draws), before / after ${h.cutoff}:`,
    renderFitTable(h.fit),
    '',
    `Out of sample: central runs, as shipped vs refit to observations up to ${h.cutoff}:`,
    renderCentralComparison(h.centralFit, h.refitFit),
    '',
    renderCalibration(h.calibration),
  ];
  return `${lines.join('\n')}\n`;
}

function stat(x: number, digits = 2): string {
  return Number.isFinite(x) ? withMinus(x.toFixed(digits)) : NOT_A_NUMBER;
}

function share(x: number): string {
  return formatShare(x, 0);
}

export function renderFitTable(fit: FitTable): string {
  const t = new TextTable({
    head: ['quantity', 'MAE unit', 'n before', 'MAE before', 'agrees', 'n after', 'MAE after', 'agrees'],
    colAligns: ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
  });
  for (const row of fit.byQuantity) {
    t.push([
      row.quantity,
      row.unit,
      row.before.n,
      stat(row.before.meanAbsoluteError),
      share(row.before.shareInside80),
      row.after.n,
      stat(row.after.meanAbsoluteError),
      share(row.after.shareInside80),
    ]);
  }
  const o = fit.overall;
  t.push([
    'all (mean |z|)',
    'z',
    o.before.n,
    stat(o.before.meanAbsZ),
    share(o.before.shareInside80),
    o.after.n,
    stat(o.after.meanAbsZ),
    share(o.after.shareInside80),
  ]);
  return t.toString();
}

function renderCentralComparison(shipped: FitTable, refit: FitTable): string {
  const t = new TextTable({
    head: ['quantity', 'MAE unit', 'shipped before', 'refit before', 'shipped after', 'refit after'],
    colAligns: ['left', 'left', 'right', 'right', 'right', 'right'],
  });
  shipped.byQuantity.forEach((row, i) => {
    const r = refit.byQuantity[i];
    t.push([
      row.quantity,
      row.unit,
      stat(row.before.meanAbsoluteError),
      stat(r.before.meanAbsoluteError),
      stat(row.after.meanAbsoluteError),
      stat(r.after.meanAbsoluteError),
    ]);
  });
  t.push([
    'all (mean |z|)',
    'z',
    stat(shipped.overall.before.meanAbsZ),
    stat(refit.overall.before.meanAbsZ),
    stat(shipped.overall.after.meanAbsZ),
    stat(refit.overall.after.meanAbsZ),
  ]);
  return t.toString();
}

export function renderCalibration(c: Omit<CalibrationResult, 'params'>): string {
  const t = new TextTable({
    head: ['parameter', 'unit', 'table', 'fitted', 'search interval', 'note'],
    colAligns: ['left', 'left', 'right', 'right', 'left', 'left'],
  });
  const num = formatNumber;
  for (const p of c.parameters) {
    t.push([
      p.name,
      p.unit,
      num(p.tableValue),
      p.identified ? num(p.fittedValue) : '(kept)',
      `${num(p.interval[0])}–${num(p.interval[1])}${p.logSearch ? ' (log)' : ''}`,
      !p.identified
        ? 'not identified by the data up to the cutoff'
        : p.atEdge
          ? 'CONFLICT: at the edge of its prior range'
          : '',
    ]);
  }
  const lines = [
    `Calibration on ${c.fittedTo.length} observations up to ${monthLabel(c.cutoffMonth)} (${c.fittedTo.join(', ')}):`,
    `sum of z² ${c.objectiveAtTable.toFixed(2)} with the table's values, ${c.objectiveAtFit.toFixed(2)} fitted.`,
    t.toString(),
  ];
  if (c.conflicts.length > 0) {
    lines.push(
      `Observations the fitted model still misses by more than 2σ (sourced inputs are not changed to fit them): ${c.conflicts
        .map((x) => `${x.id} (${x.quantity}, z ${x.z.toFixed(1)})`)
        .join('; ')}`,
    );
  }
  lines.push(
    `Not refitted here: ${c.notRefitted.map((p) => p.name).join(', ')} — fronts parameters, fitted to data/fronts-calibration.csv.`,
  );
  return lines.join('\n');
}
