/**
 * `leadline compare A B`: a paired comparison of two scenarios from the same Monte Carlo draws
 * (common random numbers), so the difference isolates the policies from parameter uncertainty.
 */
import Table from 'cli-table3';
import {
  formatProbability,
  formatShare,
  formatSignedPoints,
  formatMonths as months,
} from '../analysis/format.ts';
import {
  type ConditionedComparison,
  compareEnsembles,
  conditionComparison,
  type EnsembleComparison,
  type Observation,
  runEnsemble,
} from '../analysis/index.ts';
import { nodeWorkers } from '../analysis/node.ts';
import { OUTCOME_NAMES, outcomeCondition, outcomeName } from '../analysis/outcomes.ts';
import { InputError } from '../scenario/index.ts';
import type { DrawOptions } from './drawOptions.ts';
import { progressBar } from './progress.ts';
import { resolveArgs } from './runCommand.ts';

export async function compareScenarios(
  a: string,
  b: string,
  draws: DrawOptions,
  history?: readonly Observation[],
): Promise<EnsembleComparison & { conditionedOnHistory?: ConditionedComparison }> {
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
      onProgress: (done, total) => bar.update(done, total),
    });
    const comparison = compareEnsembles(ea, eb);
    if (history === undefined) return comparison;
    const run = { draws: draws.draws, seed: draws.seed };
    return { ...comparison, conditionedOnHistory: conditionComparison(resolved, run, ea, eb, history) };
  } finally {
    bar.stop();
  }
}

export function renderComparison(c: EnsembleComparison): string {
  const d = c.leadDifferenceAt2028Dec;
  const lines = [
    `leadline compare — ${c.a} vs ${c.b}: ${c.draws} paired draws, seed ${c.seed}`,
    '',
    `Lead at 2028-12, ${c.a} minus ${c.b} (months): median ${months(d.p50)}, mean ${months(d.mean)}`,
    `  10–90%: ${months(d.p10)} to ${months(d.p90)};  5–95%: ${months(d.p5)} to ${months(d.p95)}`,
    `P(${c.a}'s lead > ${c.b}'s) = ${formatProbability(c.probabilityALeadsMore)}`,
    '',
  ];
  const table = new Table({
    head: ['2028 world', c.a, c.b, 'change (points)', 'paired s.e.'],
    style: { head: [], border: [] },
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
  return `${lines.join('\n')}${table.toString()}\n`;
}
