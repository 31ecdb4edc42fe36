/**
 * Scenario discovery: under which beliefs does a claim about a scenario hold? The claim is
 * "the lead at month M is at least L months under scenario S" (default: 2028-12, 12 months,
 * scenario-one — the paper's Scenario One world). Every draw of S's uncertain parameters is
 * run; PRIM (prim.ts) looks for a box of parameter ranges inside which the claim holds in most
 * draws (density) while keeping most of the draws where it holds (coverage). Inputs are the
 * parameters the scenario draws (not fixed in the table, not pinned by the scenario).
 */
import { monthLabel, P, PARAM_NAMES, type ParamName } from '../../core/index.ts';
import { paramSpec } from '../../params/index.ts';
import { resolveScenario, type Scenario } from '../../scenario/index.ts';
import { formatNumber, formatShare } from '../format.ts';
import { OUTCOME_MONTH, SCENARIO_ONE_MIN_LEAD_MONTHS } from '../outcomes.ts';
import { untilMonth } from './leverSettings.ts';
import { drawnParameters, inProcessPairedRunner, type PairedRunner } from './pairedRuns.ts';
import { DEFAULT_MIN_COVERAGE } from './policyDefaults.ts';
import { chooseBox, PRIM_DEFAULTS, primPeel, primRestrictions } from './prim.ts';

export { DEFAULT_DISCOVER_DRAWS, DEFAULT_MIN_COVERAGE } from './policyDefaults.ts';
/** A restriction whose quasi-p-value is above this is flagged as not significant. */
export const QUASI_P_SIGNIFICANT = 0.05;

export interface DiscoverOptions {
  readonly draws: number;
  readonly seed: number;
  /** Month index (default 2028-12). */
  readonly month?: number;
  /** The claim: lead ≥ this [months] (default 12). */
  readonly minLeadMonths?: number;
  readonly minCoverage?: number;
  readonly peelAlpha?: number;
  readonly massMin?: number;
  readonly runner?: PairedRunner;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface DiscoverRestriction {
  readonly param: ParamName;
  readonly unit: string;
  readonly side: 'low' | 'high';
  /** The box keeps param ≥ limit (low) or ≤ limit (high). */
  readonly limit: number;
  /** The parameter's range over all draws. */
  readonly drawnRange: readonly [number, number];
  readonly quasiP: number;
  readonly significant: boolean;
}

export interface DiscoverStep {
  readonly coverage: number;
  readonly density: number;
  readonly mass: number;
  readonly restricted: number;
}

export interface DiscoverResult {
  readonly scenario: string;
  readonly month: string;
  readonly minLeadMonths: number;
  readonly draws: number;
  readonly seed: number;
  /** Share of all draws where the claim holds. */
  readonly holds: number;
  readonly inputs: readonly ParamName[];
  readonly trajectory: readonly DiscoverStep[];
  /** Index of the chosen box in the trajectory. */
  readonly chosen: number;
  readonly box: DiscoverStep & { readonly restrictions: readonly DiscoverRestriction[] };
  readonly minCoverage: number;
  readonly peelAlpha: number;
  readonly massMin: number;
  /** The finding in plain words. */
  readonly statement: string;
}

/** Parameters the scenario draws: not fixed in the table and not pinned. */
export function drawnInputs(scenario: Scenario): ParamName[] {
  return PARAM_NAMES.filter(
    (name) => paramSpec(name).dist.kind !== 'fixed' && scenario.params[name] === undefined,
  );
}

export async function discover(scenario: Scenario, options: DiscoverOptions): Promise<DiscoverResult> {
  if (!Number.isSafeInteger(options.draws) || options.draws < 2) {
    throw new RangeError(`discovery needs at least 2 draws, got ${options.draws}`);
  }
  const runner = options.runner ?? inProcessPairedRunner;
  const month = options.month ?? OUTCOME_MONTH;
  const minLead = options.minLeadMonths ?? SCENARIO_ONE_MIN_LEAD_MONTHS;
  const minCoverage = options.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const peelAlpha = options.peelAlpha ?? PRIM_DEFAULTS.peelAlpha;
  const massMin = options.massMin ?? PRIM_DEFAULTS.massMin;
  const base = resolveScenario(untilMonth(scenario, month));
  const [leads] = await runner(
    { base, schedules: [base.schedule], draws: options.draws, seed: options.seed, months: [month] },
    options.onProgress,
  );
  const holdsMask = new Uint8Array(options.draws);
  let holdCount = 0;
  for (let d = 0; d < options.draws; d++) {
    holdsMask[d] = leads[d] >= minLead ? 1 : 0;
    holdCount += holdsMask[d];
  }
  const inputs = drawnInputs(scenario);
  const all = drawnParameters(base, options.draws, options.seed);
  const data = { columns: inputs.map((name) => all[P[name]]), holds: holdsMask };
  const trajectory = primPeel(data, { peelAlpha, massMin });
  const chosen = chooseBox(trajectory, minCoverage);
  const step = trajectory.steps[chosen];
  const restrictions = primRestrictions(data, trajectory, step).map((r) => ({
    param: inputs[r.dim],
    unit: paramSpec(inputs[r.dim]).unit,
    side: r.side,
    limit: r.limit,
    drawnRange: [trajectory.low[r.dim], trajectory.high[r.dim]] as const,
    quasiP: r.quasiP,
    significant: r.quasiP <= QUASI_P_SIGNIFICANT,
  }));
  const summary = (s: (typeof trajectory.steps)[number]): DiscoverStep => ({
    coverage: s.coverage,
    density: s.density,
    mass: s.mass,
    restricted: s.restricted,
  });
  const result = {
    scenario: scenario.name,
    month: monthLabel(month),
    minLeadMonths: minLead,
    draws: options.draws,
    seed: options.seed,
    holds: holdCount / options.draws,
    inputs,
    trajectory: trajectory.steps.map(summary),
    chosen,
    box: { ...summary(step), restrictions },
    minCoverage,
    peelAlpha,
    massMin,
  };
  return { ...result, statement: discoveryStatement(result) };
}

/** "The claim … holds in 42% of all draws; in 88% of the draws where X ≥ a and Y ≤ b, which hold for 30% of draws." */
export function discoveryStatement(r: Omit<DiscoverResult, 'statement'>): string {
  const claim = `the lead at ${r.month} is at least ${formatNumber(r.minLeadMonths)} months under ${r.scenario}`;
  const base = `The claim "${claim}" holds in ${formatShare(r.holds, 0)} of all ${r.draws} draws`;
  if (r.box.restricted === 0) return `${base}; no box of parameter ranges makes it markedly more likely.`;
  const where = r.box.restrictions
    .map((x) => `${x.param} ${x.side === 'low' ? '≥' : '≤'} ${formatNumber(x.limit)}`)
    .join(' and ');
  return (
    `${base}; in ${formatShare(r.box.density, 0)} of the draws where ${where}, which hold for ` +
    `${formatShare(r.box.mass, 0)} of draws (they contain ${formatShare(r.box.coverage, 0)} of the draws where the claim holds).`
  );
}
