/** Legend entries naming each scenario's colour, and the grey of a shared history. */
import type { RunResult } from '../../analysis/results.ts';
import type { LegendItem, SwatchKind } from './legend.ts';
import { INK } from './palette.ts';
import { scenarioLabel } from './scenarioLabel.ts';
import type { ScenarioLines } from './scenarioLines.ts';

export type SharedInfo = Pick<ScenarioLines, 'shared' | 'allShared'>;

/** One entry per run, plus the grey of a shared stretch when one was drawn. */
export function scenarioLegend(
  runs: readonly RunResult[],
  colorOf: (run: RunResult) => string,
  shared: SharedInfo = { shared: 'none', allShared: false },
  kind: SwatchKind = 'line',
): LegendItem[] {
  if (shared.allShared) return [{ label: 'Same in all scenarios', kind, color: INK.neutralSeries }];
  const items: LegendItem[] = runs.map((run) => ({ label: scenarioLabel(run), kind, color: colorOf(run) }));
  if (shared.shared === 'all')
    items.push({ label: 'Shared by all scenarios', kind, color: INK.neutralSeries });
  if (shared.shared === 'some') items.push({ label: 'Shared history', kind, color: INK.neutralSeries });
  return items;
}
