/** How a run is named in legends and axis labels. */
import type { RunResult } from '../../analysis/results.ts';

/** The run's title, or its scenario id when the title is empty. */
export function scenarioLabel(run: Pick<RunResult, 'scenario' | 'title'>): string {
  const title = run.title.trim();
  return title === '' ? run.scenario : title;
}
