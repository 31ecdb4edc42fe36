/** Turns a central run (and, later, its ensemble) into the results document's RunResult. */
import { monthLabel, P, SERIES_INFO, SERIES_NAMES, type Workspace } from '../core/index.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import { scenarioFile } from '../scenario/toScenario.ts';
import { CENTRAL_RUN, DrawInvariantError, findSeriesViolation } from './invariants.ts';
import type { RunResult } from './results.ts';
import { summarizeRun } from './summary.ts';

/** Months shown, as labels, from the scenario's start to its end. */
export function shownMonths(resolved: ResolvedScenario): string[] {
  const labels: string[] = [];
  for (let m = resolved.firstMonth; m < resolved.nMonths; m++) labels.push(monthLabel(m));
  return labels;
}

/**
 * The run at central parameters as a RunResult. Its series are held to the invariants every
 * Monte Carlo draw is held to (invariants.ts), so a non-finite or out-of-range value is a named
 * error (DrawInvariantError, draw CENTRAL_RUN), never a NaN printed as a number.
 */
export function centralRunResult(resolved: ResolvedScenario, ws: Workspace): RunResult {
  const violation = findSeriesViolation(ws.series, 0, resolved.nMonths);
  if (violation !== null) {
    throw new DrawInvariantError({
      scenario: resolved.scenario.name,
      draw: CENTRAL_RUN,
      seed: 0,
      ...violation,
      params: resolved.params,
    });
  }
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
    source: portableSource(scenario.source),
    definition: scenarioFile(scenario),
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

/** "preset:NAME" stays; a file path becomes "file:" and its base name (no machine path in results). */
export function portableSource(source: string): string {
  if (source.startsWith('preset:') || source.startsWith('file:')) return source;
  const parts = source.split(/[\\/]/);
  return `file:${parts[parts.length - 1]}`;
}
