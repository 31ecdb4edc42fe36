/**
 * The table views and text summaries of the least policy, discovery and history in the page.
 * Every number is labelled: a share of draws with its 95% Wilson interval or its binomial
 * standard error, a median with its 10–90% range of draws, or "at central parameters".
 */
import {
  type DiscoverResult,
  type FitTable,
  formatNumber,
  formatObserved,
  formatQuantity,
  formatShare,
  formatZ,
  type HistoryResult,
  leastSettingsInOrder,
  NOT_A_NUMBER,
  type Table,
  type TargetResult,
  type TargetSetting,
  targetGoalText,
  targetSettingText,
  withMinus,
  Z80,
} from './lib.ts';

/** "57.5% (95% interval 50.6–64.1%)", or "lead 13.2 months (central parameters)". */
export function estimateText(r: TargetResult, s: TargetSetting): string {
  if (r.minProbability === null) return `lead ${formatNumber(s.estimate.value)} months (central parameters)`;
  return `${formatShare(s.estimate.value)} (95% interval ${formatShare(s.estimate.low)}–${formatShare(s.estimate.high)})`;
}

function valueText(value: unknown): string {
  return typeof value === 'number' ? formatNumber(value) : String(value);
}

export function targetTable(r: TargetResult): Table {
  const levers = r.searched.map((s) => s.lever);
  const row = (label: string, s: TargetSetting): string[] => [
    label,
    ...levers.map((l) => valueText(s.levers[l])),
    estimateText(r, s),
    s.verdict,
  ];
  const rows = r.reachable
    ? leastSettingsInOrder(r).flatMap((m, i) => [
        row(`Least setting ${i + 1}`, m),
        ...m.loosenings.map((l) => row(`↳ ${i + 1}, loosen ${l.lever}`, l)),
      ])
    : [row('Every searched lever at its most', r.top)];
  return {
    caption: `The least policy from ${r.base}: ${targetGoalText(r)} (${r.draws > 0 ? `${r.draws} paired draws, seed ${r.seed}; 95% Wilson intervals` : 'central parameters'})`,
    columns: [
      { header: 'Setting' },
      ...levers.map((l) => ({ header: l })),
      {
        header: r.minProbability === null ? 'Central lead' : `P(lead ≥ ${formatNumber(r.minLeadMonths)})`,
        align: 'right' as const,
      },
      { header: 'Verdict' },
    ],
    rows,
  };
}

export function targetSummary(r: TargetResult): string {
  const goal = targetGoalText(r);
  const how = r.draws > 0 ? `${r.draws} paired draws` : 'central parameters';
  if (!r.reachable) {
    return `No setting of the US levers reaches ${goal} from ${r.base} (${how}): every searched lever at its most gives ${estimateText(r, r.top)}${r.top.verdict === 'undecided' ? ', and the goal lies inside its Monte Carlo error' : ''}.`;
  }
  const [first] = leastSettingsInOrder(r);
  const n = r.minimal.length;
  return `${n} least setting${n === 1 ? '' : 's'} of the US levers reach${n === 1 ? 'es' : ''} ${goal} from ${r.base} (${how}; ${r.evaluated} settings evaluated, ${r.undecided} undecided on the way). ${r.draws > 0 ? 'The most probable' : 'The one with the largest lead'}: ${first ? `${targetSettingText(r, first)}, ${estimateText(r, first)}` : NOT_A_NUMBER}.`;
}

/** Binomial standard error of a share p of n draws. */
export function shareStandardError(p: number, n: number): number {
  return n > 0 ? Math.sqrt((p * (1 - p)) / n) : Number.NaN;
}

/** "88.0% ± 1.6" (share ± its binomial standard error, in points). */
function shareWithError(p: number, n: number): string {
  const se = shareStandardError(p, n);
  return `${formatShare(p)} ± ${Number.isFinite(se) ? (100 * se).toFixed(1) : NOT_A_NUMBER}`;
}

/** The box's coverage, density and mass, each with its binomial standard error. */
export function boxText(r: DiscoverResult): string {
  const inBox = Math.round(r.box.mass * r.draws);
  const holding = Math.round(r.holds * r.draws);
  const coverage = holding > 0 ? shareWithError(r.box.coverage, holding) : 'n/a (the claim holds in no draw)';
  return `coverage ${coverage}, density ${shareWithError(r.box.density, inBox)}, mass ${shareWithError(r.box.mass, r.draws)} (± one binomial standard error)`;
}

export function discoverTable(r: DiscoverResult): Table {
  return {
    caption: `The box (${r.draws} draws, seed ${r.seed}): ${boxText(r)}`,
    columns: [
      { header: 'Parameter' },
      { header: 'The box keeps', align: 'right' },
      { header: 'Drawn range', align: 'right' },
      { header: 'Unit' },
      { header: 'Quasi-p', align: 'right' },
    ],
    rows: r.box.restrictions.map((x) => [
      x.param,
      `${x.side === 'low' ? '≥' : '≤'} ${formatNumber(x.limit)}`,
      `${formatNumber(x.drawnRange[0])}–${formatNumber(x.drawnRange[1])}`,
      x.unit,
      `${x.quasiP.toExponential(1)}${x.significant ? '' : ' (not significant)'}`,
    ]),
  };
}

export function discoverSummary(r: DiscoverResult): string {
  return `${r.statement} The box: ${boxText(r)}.`;
}

export function historyTable(h: HistoryResult): Table {
  const how = h.draws > 0 ? `median and 10–90% of ${h.draws} draws` : 'central parameters';
  return {
    caption: `Observations against ${h.scenario} (${how}); * after the cutoff ${h.cutoff}: out of sample for the refit; z: residual of the median`,
    columns: [
      { header: 'Id' },
      { header: 'Quantity' },
      { header: 'Window' },
      { header: 'Observed', align: 'right' },
      { header: h.draws > 0 ? 'Model median (10–90%)' : 'Model (central)', align: 'right' },
      { header: 'Refit (central)', align: 'right' },
      { header: 'z', align: 'right' },
      { header: 'Agrees (|z| ≤ 1.28)' },
      { header: 'Independent' },
    ],
    rows: h.observations.map((o) => [
      o.beforeCutoff ? o.id : `${o.id}*`,
      o.quantity,
      o.window,
      formatObserved(o.quantity, o.kind, o.value, o.low, o.high),
      `${formatQuantity(o.quantity, o.median)} (${formatQuantity(o.quantity, o.p10)}–${formatQuantity(o.quantity, o.p90)})`,
      formatQuantity(o.quantity, o.refit),
      formatZ(o.z),
      o.inside ? 'yes' : 'no',
      o.independent ? 'yes' : 'no',
    ]),
  };
}

function stat(x: number, digits = 2): string {
  return Number.isFinite(x) ? withMinus(x.toFixed(digits)) : NOT_A_NUMBER;
}

/** Fit statistics: the model as shipped (draws) and the central runs, shipped and refit. */
export function fitTableView(h: HistoryResult): Table {
  const row = (
    label: string,
    unit: string,
    fit: FitTable['overall'],
    central: FitTable['overall'],
    refit: FitTable['overall'],
    mean: 'meanAbsoluteError' | 'meanAbsZ',
  ) => [
    label,
    unit,
    `${fit.before.n} / ${fit.after.n}`,
    `${stat(fit.before[mean])} / ${stat(fit.after[mean])}`,
    `${formatShare(fit.before.shareInside80, 0)} / ${formatShare(fit.after.shareInside80, 0)}`,
    `${stat(central.before[mean])} / ${stat(central.after[mean])}`,
    `${stat(refit.before[mean])} / ${stat(refit.after[mean])}`,
  ];
  return {
    caption: `Fit before / after the cutoff ${h.cutoff}: mean absolute error (MAE) of the model as shipped (${h.draws > 0 ? `medians of ${h.draws} draws` : 'central parameters'}), share of observations it agrees with (|z| ≤ 1.28: the observation's range, the model's discrepancy and its 10–90% band together), and the MAE of the central runs as shipped and refit to the observations up to the cutoff`,
    columns: [
      { header: 'Quantity' },
      { header: 'MAE unit' },
      { header: 'n', align: 'right' },
      { header: 'MAE', align: 'right' },
      { header: 'Agrees', align: 'right' },
      { header: 'Central MAE', align: 'right' },
      { header: 'Refit MAE', align: 'right' },
    ],
    rows: [
      ...h.fit.byQuantity.map((q, i) => {
        const c = h.centralFit.byQuantity[i] ?? q;
        const f = h.refitFit.byQuantity[i] ?? q;
        return row(q.quantity, q.unit, q, c, f, 'meanAbsoluteError');
      }),
      row('all (mean |z|)', 'z', h.fit.overall, h.centralFit.overall, h.refitFit.overall, 'meanAbsZ'),
    ],
  };
}

export function historySummary(h: HistoryResult): string {
  const o = h.fit.overall;
  const how = h.draws > 0 ? `${h.draws} draws` : 'central parameters';
  const inside = (s: FitTable['overall']['before']) =>
    s.n > 0
      ? `the model agrees with ${Math.round(s.shareInside80 * s.n)} of ${s.n} observations (|z| ≤ ${Z80.toFixed(2)}; mean |z| ${stat(s.meanAbsZ)})`
      : 'no observations';
  return `${h.scenario} (${how}) against measured history, 2023-01 to ${h.until}: up to the calibration cutoff ${h.cutoff}, ${inside(o.before)}; after it, ${inside(o.after)}. Central run refit to the data up to the cutoff: mean |z| ${stat(h.refitFit.overall.before.meanAbsZ)} before and ${stat(h.refitFit.overall.after.meanAbsZ)} after (as shipped: ${stat(h.centralFit.overall.before.meanAbsZ)} and ${stat(h.centralFit.overall.after.meanAbsZ)}).`;
}
