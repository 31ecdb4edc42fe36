/** Turns a central run (and, later, its ensemble) into the results document's RunResult. */
import { monthLabel, P, SERIES_INFO, SERIES_NAMES, type Workspace } from '../core/index.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import type { RunResult } from './results.ts';
import { summarizeRun } from './summary.ts';

/** Months shown, as labels, from the scenario's start to its end. */
export function shownMonths(resolved: ResolvedScenario): string[] {
  const labels: string[] = [];
  for (let m = resolved.firstMonth; m < resolved.nMonths; m++) labels.push(monthLabel(m));
  return labels;
}

export function centralRunResult(resolved: ResolvedScenario, ws: Workspace): RunResult {
  const series: Record<string, number[]> = {};
  const units: Record<string, string> = {};
  for (const name of SERIES_NAMES) {
    series[name] = Array.from(ws.series[name].subarray(resolved.firstMonth));
    units[name] = SERIES_INFO[name].unit;
  }
  const { scenario } = resolved;
  return {
    scenario: scenario.name,
    title: scenario.title,
    source: scenario.source,
    months: shownMonths(resolved),
    series,
    units,
    summary: summarizeRun(ws),
    raceThresholdMonths: resolved.params[P.raceThresholdMonths],
    draws: 0,
    seed: 0,
    failedDraws: 0,
  };
}
