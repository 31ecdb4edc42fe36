/**
 * `leadline compare A B`: a paired comparison of two scenarios from the same Monte Carlo draws
 * (common random numbers), so the difference isolates the policies from parameter uncertainty.
 */

import {
  formatProbability,
  formatShare,
  formatSignedPoints,
  formatMonths as months,
} from '../analysis/format.ts';
import {
  COMPARED_OUTPUTS,
  type ConditionedComparison,
  compareEnsembles,
  conditionComparison,
  type EnsembleComparison,
  type Observation,
  runEnsemble,
  type SettingDifference,
  settingDifferences,
} from '../analysis/index.ts';
import { nodeWorkers } from '../analysis/node.ts';
import { OUTCOME_NAMES, outcomeCondition, outcomeName } from '../analysis/outcomes.ts';
import { InputError } from '../scenario/index.ts';
import { renderPairedDifferences, renderSettingDifferences } from './compareTables.ts';
import type { DrawOptions } from './drawOptions.ts';
import { progressBar } from './progress.ts';
import { resolveArgs } from './runCommand.ts';
import { TextTable } from './textTable.ts';

/** The comparison `leadline compare` prints (and `--json`): the paired numbers and the settings that differ. */
export type ScenarioComparison = EnsembleComparison & {
  /** The levers (value or timing), pinned parameters and horizon in which A and B differ. */
  readonly settingDifferences: readonly SettingDifference[];
  readonly conditionedOnHistory?: ConditionedComparison;
};

export async function compareScenarios(
  a: string,
  b: string,
  draws: DrawOptions,
  history?: readonly Observation[],
): Promise<ScenarioComparison> {
  if (draws.draws < 2) {
    throw new InputError([
      {
        file: 'option --draws',
        path: [],
        expected: 'at least 2 draws for a paired comparison',
        found: String(draws.draws),
      },
    ]);
  }
  const resolved = resolveArgs([a, b]);
  const bar = progressBar(`${draws.draws} paired draws`);
  try {
    const [ea, eb] = await runEnsemble(resolved, {
      ...draws,
      spawn: nodeWorkers,
      perDraw: COMPARED_OUTPUTS,
      onProgress: (done, total) => bar.update(done, total),
    });
    const comparison = {
      ...compareEnsembles(ea, eb, COMPARED_OUTPUTS),
      settingDifferences: settingDifferences(resolved[0].scenario, resolved[1].scenario),
    };
    if (history === undefined) return comparison;
    const run = { draws: draws.draws, seed: draws.seed };
    return { ...comparison, conditionedOnHistory: conditionComparison(resolved, run, ea, eb, history) };
  } finally {
    bar.stop();
  }
}

export function renderComparison(c: ScenarioComparison): string {
  const d = c.leadDifferenceAt2028Dec;
  const lines = [
    `leadline compare — ${c.a} vs ${c.b}: ${c.draws} paired draws, seed ${c.seed}`,
    '',
    renderSettingDifferences(c.a, c.b, c.settingDifferences),
    '',
    `Lead at 2028-12, ${c.a} minus ${c.b} (months): median ${months(d.p50)}, mean ${months(d.mean)}`,
    `  10–90%: ${months(d.p10)} to ${months(d.p90)};  5–95%: ${months(d.p5)} to ${months(d.p95)}`,
    `P(${c.a}'s lead > ${c.b}'s) = ${formatProbability(c.probabilityALeadsMore)}`,
    '',
  ];
  const table = new TextTable({
    head: ['2028 world', c.a, c.b, `${c.a} minus ${c.b} (points)`, 'paired s.e.'],
    colAligns: ['left', 'right', 'right', 'right', 'right'],
  });
  for (const key of OUTCOME_NAMES) {
    const ch = c.probabilityChange[key];
    table.push([
      `${outcomeName(key)} (${outcomeCondition(key, c.raceThresholdMonths)})`,
      formatShare(ch.a),
      formatShare(ch.b),
      formatSignedPoints(ch.delta),
      (100 * ch.se).toFixed(1),
    ]);
  }
  const differences = renderPairedDifferences(c.a, c.b, c.differences);
  return `${lines.join('\n')}${table.toString()}\n${differences === '' ? '' : `\n${differences}\n`}`;
}
