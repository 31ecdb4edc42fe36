/** Text of `--condition-on-history`: prior vs posterior side by side, ESS, the degeneracy warning. */
import Table from 'cli-table3';
import type { ConditionedComparison, ConditionedScenario, WeightedSummary } from '../analysis/index.ts';

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '—');
const mo = (x: number) => (Number.isFinite(x) ? x.toFixed(1).replace('-', '−') : '—');
const LABELS = {
  scenarioOne: 'P(Scenario One world: lead ≥ 12)',
  scenarioTwo: 'P(Scenario Two world: lead ≤ 4)',
  neckAndNeck: 'P(neck-and-neck)',
} as const;

function warning(ess: number, floor: number, draws: number): string {
  return (
    `WARNING: effective sample size ${ess.toFixed(1)} of ${draws} draws is below the floor of ${floor}: ` +
    'the posterior rests on a handful of draws and its numbers are not reliable. ' +
    'Run more draws (--draws), or read the history (leadline history) to see which observations the model misses.'
  );
}

function rows(t: Table.Table, label: string, prior: WeightedSummary, posterior: WeightedSummary): void {
  for (const key of ['scenarioOne', 'scenarioTwo', 'neckAndNeck'] as const) {
    t.push([
      `${label}${LABELS[key]}`,
      `${pct(prior.probabilities[key].p)} ± ${(100 * prior.probabilities[key].se).toFixed(1)}`,
      `${pct(posterior.probabilities[key].p)} ± ${(100 * posterior.probabilities[key].se).toFixed(1)}`,
    ]);
  }
  t.push([
    `${label}lead at 2028-12, median (10–90%)`,
    `${mo(prior.lead2028.p50)} (${mo(prior.lead2028.p10)}–${mo(prior.lead2028.p90)})`,
    `${mo(posterior.lead2028.p50)} (${mo(posterior.lead2028.p10)}–${mo(posterior.lead2028.p90)})`,
  ]);
}

export function renderConditioned(list: readonly ConditionedScenario[]): string {
  const out: string[] = ['', 'Conditioned on measured history (importance weights; docs/MODEL.md §11):'];
  for (const c of list) {
    out.push(
      `${c.scenario}: ${c.observationsUsed} observations (${c.independentObservations} independent of the inputs); ` +
        `effective sample size ${c.ess.toFixed(1)} of ${c.draws} draws (floor ${c.essFloor})`,
    );
    const t = new Table({
      head: ['', 'prior (all draws)', 'conditioned on history'],
      style: { head: [], border: [] },
      colAligns: ['left', 'right', 'right'],
    });
    rows(t, '', c.prior, c.posterior);
    out.push(t.toString());
    if (c.degenerate) out.push(warning(c.ess, c.essFloor, c.draws));
  }
  return `${out.join('\n')}\n`;
}

export function renderConditionedComparison(c: ConditionedComparison): string {
  const out: string[] = [
    '',
    `Conditioned on measured history (weights from ${c.weightsFrom}'s history; docs/MODEL.md §11):`,
    `${c.observationsUsed} observations (${c.independentObservations} independent of the inputs); effective sample size ${c.ess.toFixed(1)} of ${c.draws} draws (floor ${c.essFloor})`,
  ];
  const t = new Table({
    head: ['', 'prior (all draws)', 'conditioned on history'],
    style: { head: [], border: [] },
    colAligns: ['left', 'right', 'right'],
  });
  const d = (s: ConditionedComparison['prior']) =>
    `${mo(s.leadDifference.p50)} (${mo(s.leadDifference.p10)}–${mo(s.leadDifference.p90)})`;
  t.push([`lead at 2028-12, ${c.a} minus ${c.b}, median (10–90%)`, d(c.prior), d(c.posterior)]);
  t.push([
    `P(${c.a}'s lead > ${c.b}'s)`,
    pct(c.prior.probabilityALeadsMore.p),
    pct(c.posterior.probabilityALeadsMore.p),
  ]);
  rows(t, `${c.a}: `, c.prior.a, c.posterior.a);
  rows(t, `${c.b}: `, c.prior.b, c.posterior.b);
  out.push(t.toString());
  if (c.degenerate) out.push(warning(c.ess, c.essFloor, c.draws));
  return `${out.join('\n')}\n`;
}
