/** Terminal text of the policy analyses: a table each, and one line on how to read it. */

import {
  formatMonths,
  formatNumber,
  formatProbability,
  formatShare,
  formatSignedMonths,
} from '../analysis/format.ts';
import { SCENARIO_ONE_MIN_LEAD_MONTHS } from '../analysis/outcomes.ts';
import type { AttributionResult } from '../analysis/policy/attribution.ts';
import { printedAttribution } from '../analysis/policy/attributionPrinted.ts';
import type { DiscoverResult } from '../analysis/policy/discover.ts';
import type { WindowResult } from '../analysis/policy/policyWindow.ts';
import type { TargetResult, TargetSetting } from '../analysis/policy/target.ts';
import { monthLabel } from '../core/index.ts';
import { TextTable } from './textTable.ts';

function drawsText(draws: number, seed: number): string {
  return draws === 0 ? 'central parameters' : `${draws} paired draws, seed ${seed}`;
}

export function renderAttribution(r: AttributionResult): string {
  const overDraws = r.draws > 0;
  const table = new TextTable({
    head: [
      'lever',
      `${r.from} → ${r.to}`,
      overDraws ? 'share (mean)' : 'share',
      ...(overDraws ? ['10–90%'] : []),
      'alone',
      'interaction',
      ...(overDraws ? ['P(S1 world) pts'] : []),
    ],
    colAligns: ['left', 'left', 'right', ...(overDraws ? ['right' as const] : []), 'right', 'right', 'right'],
  });
  // Printed in tenths: shares that add up to the printed total, the same numbers as the chart
  // and the explorer (printedAttribution).
  const printed = printedAttribution(r);
  const tenths = (units: number): string => formatSignedMonths(units / 10);
  r.levers.forEach((l, i) => {
    table.push([
      l.lever,
      `${l.fromSetting} → ${l.toSetting}`,
      tenths(printed.shares[i]),
      ...(l.overDraws
        ? [`${formatSignedMonths(l.overDraws.share.p10)} to ${formatSignedMonths(l.overDraws.share.p90)}`]
        : []),
      tenths(printed.alone[i]),
      tenths(printed.interaction[i]),
      ...(printed.points ? [tenths(printed.points[i])] : []),
    ]);
  });
  table.push([
    'total',
    '',
    tenths(printed.total),
    ...(r.total.overDraws
      ? [`${formatSignedMonths(r.total.overDraws.p10)} to ${formatSignedMonths(r.total.overDraws.p90)}`]
      : []),
    '',
    '',
    ...(printed.totalPoints !== undefined ? [tenths(printed.totalPoints)] : []),
  ]);
  const month = monthLabel(r.month);
  const lines = [
    `leadline attribute — ${r.to} from ${r.from}: the ${month} lead split among ${r.levers.length} levers by Shapley values (${r.coalitions} scenarios, ${drawsText(r.draws, r.seed)})`,
    '',
    `Lead at ${month}: ${r.from} ${formatMonths(r.fromLeadMonths)}, ${r.to} ${formatMonths(r.toLeadMonths)} months at central parameters` +
      (r.meanLeadMonths
        ? `; ${formatMonths(r.meanLeadMonths.from)} and ${formatMonths(r.meanLeadMonths.to)} on average over the draws.`
        : '.'),
    table.toString(),
    'How to read it: each share is the lever’s average contribution over every order of switching the levers on;',
    'the shares add up to the total. "alone" is the lever switched on by itself; "interaction" is the rest of its share,',
    'what it adds only together with the others. Shares are rounded so that they add up to the total as printed.',
  ];
  if (r.frontsOnly.length > 0) {
    lines.push(
      `Also differing, no effect on the lead (they act on the other fronts): ${r.frontsOnly.join(', ')}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function renderWindow(r: WindowResult): string {
  const overDraws = r.draws > 0;
  const table = new TextTable({
    head: [
      'package starts',
      ...r.months.flatMap((m) => [
        `lead ${m}${overDraws ? ' (median, 10–90%)' : ''}`,
        `vs ${r.rows[0].start}`,
      ]),
      ...(overDraws ? ['P(Scenario One world)'] : []),
    ],
    colAligns: ['left', ...r.months.flatMap(() => ['right' as const, 'right' as const]), 'right'],
  });
  for (const row of [...r.rows, r.never]) {
    table.push([
      row.start === 'never' ? 'never (timeline)' : row.start,
      ...r.months.flatMap((m) => {
        const lead = row.leads[m];
        const value =
          lead.p10 === undefined || lead.p90 === undefined
            ? formatMonths(lead.leadMonths)
            : `${formatMonths(lead.leadMonths)} (${formatMonths(lead.p10)}–${formatMonths(lead.p90)})`;
        return [value, formatSignedMonths(lead.costMonths)];
      }),
      ...(row.pScenarioOne ? [formatProbability(row.pScenarioOne)] : []),
    ]);
  }
  const lines = [
    `leadline window — ${r.scenario} started later (${drawsText(r.draws, r.seed)})`,
    table.toString(),
    `How to read it: each row runs the same package from a later month; "vs ${r.rows[0].start}" is the paired mean change`,
    'of the lead against the earliest start. "never" leaves the levers to the policy timeline.',
  ];
  return `${lines.join('\n')}\n`;
}

function settingText(r: TargetResult, s: TargetSetting): string {
  return r.searched.map(({ lever }) => `${lever}=${String(s.levers[lever])}`).join(' ');
}

function estimateText(r: TargetResult, s: TargetSetting): string {
  if (r.minProbability === null) return `lead ${formatMonths(s.estimate.value)} months`;
  return `P ${formatShare(s.estimate.value)} (95%: ${formatShare(s.estimate.low)}–${formatShare(s.estimate.high)})`;
}

/** Longest list of least settings printed (JSON and CSV hold all). */
const MAX_PRINTED = 20;

export function renderTarget(r: TargetResult): string {
  const goal =
    r.minProbability === null
      ? `a central lead of at least ${formatNumber(r.minLeadMonths)} months at ${r.month}`
      : `P(lead ≥ ${formatNumber(r.minLeadMonths)} months at ${r.month}) ≥ ${formatShare(r.minProbability, 0)}`;
  const lines = [
    `leadline target — the least policy from ${r.base} for ${goal} (${drawsText(r.draws, r.seed)})`,
    `Searched: ${r.searched.map((s) => `${s.lever} (${s.ladder.join(' < ')})`).join('; ')}.`,
    `Held: ${r.held.map((h) => `${h.lever}=${h.setting} (${h.why})`).join('; ')}.`,
    '',
  ];
  if (!r.reachable) {
    lines.push(
      `No setting reaches the goal: every searched lever at its most gives ${estimateText(r, r.top)}` +
        (r.top.verdict === 'undecided' ? ', and the goal lies inside its Monte Carlo error.' : '.'),
    );
    return `${lines.join('\n')}\n`;
  }
  const n = r.minimal.length;
  lines.push(
    `${n} least setting${n === 1 ? ' reaches' : 's reach'} it (no lever can be loosened one rung and still be shown to reach it):`,
  );
  const sorted = [...r.minimal].sort((a, b) => b.estimate.value - a.estimate.value);
  for (const m of sorted.slice(0, MAX_PRINTED)) {
    const undecided = m.loosenings.filter((l) => l.verdict === 'undecided').map((l) => l.lever);
    lines.push(
      `  ${settingText(r, m)}: ${estimateText(r, m)}` +
        (undecided.length > 0
          ? `; loosening ${undecided.join(', ')} might still reach it (the goal lies within that setting's Monte Carlo error)`
          : ''),
    );
  }
  if (sorted.length > MAX_PRINTED)
    lines.push(`  … and ${sorted.length - MAX_PRINTED} more (--json or --csv lists all)`);
  lines.push(
    '',
    `${r.evaluated} settings evaluated; ${r.undecided} met on the way had the goal inside their Monte Carlo error and were not counted as reaching it.`,
    'How to read it: each line is a way to reach the goal with nothing to spare on any lever; levers are listed from least',
    'to most US effort in docs/MODEL.md §7.',
  );
  return `${lines.join('\n')}\n`;
}

export function renderDiscover(r: DiscoverResult): string {
  const table = new TextTable({
    head: ['parameter', 'limit', 'drawn range', 'unit', 'quasi-p'],
    colAligns: ['left', 'right', 'right', 'left', 'right'],
  });
  for (const x of r.box.restrictions) {
    table.push([
      x.param,
      `${x.side === 'low' ? '≥' : '≤'} ${formatNumber(x.limit)}`,
      `${formatNumber(x.drawnRange[0])}–${formatNumber(x.drawnRange[1])}`,
      x.unit,
      `${x.quasiP.toExponential(1)}${x.significant ? '' : ' (n.s.)'}`,
    ]);
  }
  const lines = [
    `leadline discover — lead ≥ ${formatNumber(r.minLeadMonths)} months at ${r.month} under ${r.scenario} (${drawsText(r.draws, r.seed)})`,
    '',
    r.statement,
    '',
    `The box (step ${r.chosen} of ${r.trajectory.length - 1} peels; coverage ${formatShare(r.box.coverage, 0)}, density ${formatShare(r.box.density, 0)}, mass ${formatShare(r.box.mass, 0)}):`,
    table.toString(),
    `How to read it: PRIM peels the parameter ranges to find where the claim holds most often (density) while keeping most of`,
    `the draws where it holds (coverage). A quasi-p-value above 0.05 (n.s.) says the limit could be dropped. The Scenario One`,
    `threshold is ${SCENARIO_ONE_MIN_LEAD_MONTHS} months.`,
  ];
  return `${lines.join('\n')}\n`;
}
