/**
 * The policy analyses as CSV: one row per lever, start, setting or peeling step; numbers in full
 * precision, empty cells where a value does not exist (e.g. spreads at 0 draws).
 */
import type { AttributionResult } from './attribution.ts';
import type { DiscoverResult } from './discover.ts';
import type { WindowResult } from './policyWindow.ts';
import type { TargetResult } from './target.ts';

type Cell = string | number | boolean | undefined | null;

function cell(value: Cell): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvOf(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${[header.map(cell).join(','), ...rows.map((r) => r.map(cell).join(','))].join('\n')}\n`;
}

export function attributionCsv(r: AttributionResult): string {
  return csvOf(
    [
      'lever',
      'from_setting',
      'to_setting',
      'lead_months',
      'central_share',
      'central_alone',
      'central_interaction',
      'share_median',
      'share_p10',
      'share_p90',
      'alone_mean',
      'interaction_mean',
      'p_scenario_one',
      'p_between',
      'p_scenario_two',
      'p_prc_lead',
    ],
    [
      ...r.levers.map((l) => [
        l.lever,
        l.fromSetting,
        l.toSetting,
        l.leadMonths,
        l.central.share,
        l.central.alone,
        l.central.interaction,
        l.overDraws?.share.median,
        l.overDraws?.share.p10,
        l.overDraws?.share.p90,
        l.overDraws?.alone.mean,
        l.overDraws?.interaction,
        l.probability?.['scenario-one'],
        l.probability?.between,
        l.probability?.['scenario-two'],
        l.probability?.['prc-lead'],
      ]),
      [
        'total',
        r.from,
        r.to,
        r.total.leadMonths,
        r.total.central,
        undefined,
        undefined,
        r.total.overDraws?.median,
        r.total.overDraws?.p10,
        r.total.overDraws?.p90,
        undefined,
        undefined,
        r.total.probability?.['scenario-one'],
        r.total.probability?.between,
        r.total.probability?.['scenario-two'],
        r.total.probability?.['prc-lead'],
      ],
    ],
  );
}

export function windowCsv(r: WindowResult): string {
  const header = ['start'];
  for (const m of r.months) header.push(`lead_${m}`, `lead_${m}_p10`, `lead_${m}_p90`, `cost_${m}`);
  header.push('p_scenario_one', 'p_scenario_one_se');
  const row = (w: WindowResult['never']) => [
    w.start,
    ...r.months.flatMap((m) => [
      w.leads[m].leadMonths,
      w.leads[m].p10,
      w.leads[m].p90,
      w.leads[m].costMonths,
    ]),
    w.pScenarioOne?.p,
    w.pScenarioOne?.se,
  ];
  return csvOf(header, [...r.rows.map(row), row(r.never)]);
}

export function targetCsv(r: TargetResult): string {
  const levers = r.searched.map((s) => s.lever);
  return csvOf(
    ['kind', ...levers, 'estimate', 'low', 'high', 'verdict'],
    [
      [
        'top',
        ...levers.map((l) => r.top.levers[l]),
        r.top.estimate.value,
        r.top.estimate.low,
        r.top.estimate.high,
        r.top.verdict,
      ],
      ...r.minimal.map((m) => [
        'least',
        ...levers.map((l) => m.levers[l]),
        m.estimate.value,
        m.estimate.low,
        m.estimate.high,
        m.verdict,
      ]),
    ],
  );
}

export function discoverCsv(r: DiscoverResult): string {
  return csvOf(
    ['step', 'coverage', 'density', 'mass', 'restricted', 'chosen'],
    r.trajectory.map((s, i) => [i, s.coverage, s.density, s.mass, s.restricted, i === r.chosen]),
  );
}
