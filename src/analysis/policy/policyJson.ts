/**
 * The policy analyses as the JSON documents `leadline attribute --json` and `leadline window
 * --json` print, so that every host (the CLI, the explorer's downloads) writes the same shape.
 * Target and discover print their results unchanged.
 */
import type { AttributionResult } from './attribution.ts';
import type { WindowResult } from './policyWindow.ts';

/** The attribution with its levers under `attribution` (first), the rest as computed. */
export function attributionJson(result: AttributionResult): Record<string, unknown> {
  return { attribution: result.levers, ...result, levers: undefined };
}

/** One row per start (and "never"): the lead at each month, P(Scenario One world), the detail. */
export function windowJson(result: WindowResult): Record<string, unknown> {
  return {
    window: [...result.rows, result.never].map((row) => ({
      start: row.start,
      leadMonths: Object.fromEntries(result.months.map((m) => [m, row.leads[m].leadMonths])),
      pScenarioOne: row.pScenarioOne?.p ?? null,
      detail: row,
    })),
    scenario: result.scenario,
    draws: result.draws,
    seed: result.seed,
  };
}
