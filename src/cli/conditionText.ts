/** Text of `--condition-on-history`: prior vs posterior side by side, ESS, the degeneracy warning. */

import {
  formatMonths,
  formatProbability,
  formatRange,
  formatShare,
  formatSignedMonths,
} from '../analysis/format.ts';
import type {
  ConditionedComparison,
  ConditionedScenario,
  WeightedSummary,
  WeightsReport,
} from '../analysis/index.ts';
import { OUTCOME_NAMES, outcomeLabel } from '../analysis/outcomes.ts';
import { TextTable } from './textTable.ts';

const pct = (x: number) => formatShare(x);
const mo = formatMonths;

function warning(ess: number, floor: number, draws: number): string {
  return (
    `WARNING: effective sample size ${ess.toFixed(1)} of ${draws} draws is below the floor of ${floor}: ` +
    'the posterior rests on a handful of draws and its numbers are not reliable. ' +
    'Run more draws (--draws), or read the history (leadline history) to see which observations the model misses.'
  );
}

function rows(
  t: TextTable,
  label: string,
  prior: WeightedSummary,
  posterior: WeightedSummary,
  raceThresholdMonths: number,
): void {
  for (const key of OUTCOME_NAMES) {
    t.push([
      `${label}P(${outcomeLabel(key, raceThresholdMonths)})`,
      formatProbability(prior.probabilities[key]),
      formatProbability(posterior.probabilities[key]),
    ]);
  }
  t.push([
    `${label}lead at 2028-12, median (10–90%)`,
    formatRange(mo, prior.lead2028),
    formatRange(mo, posterior.lead2028),
  ]);
}

export function renderConditioned(list: readonly ConditionedScenario[]): string {
  const out: string[] = ['', 'Conditioned on measured history (importance weights; docs/MODEL.md §11):'];
  for (const c of list) {
    out.push(
      `${c.scenario}: ${c.observationsUsed} observations (${c.independentObservations} independent of the inputs); ` +
        `effective sample size ${c.ess.toFixed(1)} of ${c.draws} draws (floor ${c.essFloor})`,
    );
    const t = new TextTable({
      head: ['', 'prior (all draws)', 'conditioned on history'],
      colAligns: ['left', 'right', 'right'],
    });
    rows(t, '', c.prior, c.posterior, c.raceThresholdMonths);
    out.push(t.toString());
    if (c.degenerate) out.push(warning(c.ess, c.essFloor, c.draws));
    out.push(essByQuantityText(c));
  }
  return `${out.join('\n')}\n`;
}

export function renderConditionedComparison(c: ConditionedComparison): string {
  const out: string[] = [
    '',
    `Conditioned on measured history (weights from ${c.weightsFrom}'s history; docs/MODEL.md §11):`,
    `${c.observationsUsed} observations (${c.independentObservations} independent of the inputs); effective sample size ${c.ess.toFixed(1)} of ${c.draws} draws (floor ${c.essFloor})`,
  ];
  const t = new TextTable({
    head: ['', 'prior (all draws)', 'conditioned on history'],
    colAligns: ['left', 'right', 'right'],
  });
  const d = (s: ConditionedComparison['prior']) => formatRange(formatSignedMonths, s.leadDifference);
  t.push([`lead at 2028-12, ${c.a} minus ${c.b}, median (10–90%)`, d(c.prior), d(c.posterior)]);
  t.push([
    `P(${c.a}'s lead > ${c.b}'s)`,
    pct(c.prior.probabilityALeadsMore.p),
    pct(c.posterior.probabilityALeadsMore.p),
  ]);
  rows(t, `${c.a}: `, c.prior.a, c.posterior.a, c.raceThresholdMonths.a);
  rows(t, `${c.b}: `, c.prior.b, c.posterior.b, c.raceThresholdMonths.b);
  out.push(t.toString());
  if (c.degenerate) out.push(warning(c.ess, c.essFloor, c.draws));
  out.push(essByQuantityText(c));
  return `${out.join('\n')}\n`;
}

function essByQuantityText(c: WeightsReport): string {
  const parts = Object.entries(c.essByQuantity).map(([q, e]) => `${q} ${(e ?? 0).toFixed(0)}`);
  return `ESS with each quantity's observations alone: ${parts.join(', ')}`;
}
