/**
 * How the answers move across the catch-up compute elasticity η (catchUpComputeElasticity,
 * docs/MODEL.md §2.3): for η pinned at 0, 0.25, 0.5, 0.75 and 1, and drawn (the default), the
 * presets' 2028-12 lead at central parameters, the Monte Carlo median and P(Scenario One world),
 * and each compute lever's effect alone on the baseline's 2028-12 lead at central parameters.
 * Prints Markdown tables for docs/MODEL.md. `npm run sweep:catch-up [-- --draws N --seed S --workers W]`.
 */
import { parseArgs } from 'node:util';
import { tighteningEffects } from '../src/analysis/checks.ts';
import { runEnsemble } from '../src/analysis/ensemble.ts';
import { presetCheckContext } from '../src/analysis/pipeline/presetChecks.ts';
import { monthIndex, type ParamName } from '../src/core/index.ts';
import { loadPreset, resolveScenario, runCentral } from '../src/scenario/index.ts';

const { values } = parseArgs({
  options: {
    draws: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    workers: { type: 'string', default: '2' },
  },
});
const draws = Number(values.draws);
const seed = Number(values.seed);
const workers = Number(values.workers);
const PRESETS = ['baseline', 'scenario-one', 'scenario-two'] as const;
const ETAS: readonly (number | null)[] = [0, 0.25, 0.5, 0.75, 1, null];
const LEAD_2028 = monthIndex(2028, 12);
const ctx = presetCheckContext();
const label = (eta: number | null): string => (eta === null ? 'drawn (uniform 0–1)' : String(eta));
const f1 = (x: number): string => (x < 0 ? `−${(-x).toFixed(1)}` : x.toFixed(1));
const pct = (p: number): string => `${(100 * p).toFixed(p < 0.1 ? 1 : 0)}%`;

const leadRows: string[] = [];
const leverRows: string[] = [];
for (const eta of ETAS) {
  const params: Partial<Record<ParamName, number>> = eta === null ? {} : { catchUpComputeElasticity: eta };
  const resolved = PRESETS.map((name) => {
    const scenario = loadPreset(name);
    return resolveScenario({ ...scenario, params: { ...scenario.params, ...params } });
  });
  const centralLeads = resolved.map((r) => runCentral(r).series.leadMonths[LEAD_2028]);
  const ensembles = await runEnsemble(resolved, { draws, seed, workers });
  const cells = PRESETS.map((_, i) => {
    const e = ensembles[i];
    const median = e.quantiles.leadMonths.p50[LEAD_2028 - e.firstMonth];
    return `${f1(centralLeads[i])} / ${f1(median)} / ${pct(e.probabilities.scenarioOne.p)}`;
  });
  leadRows.push(`| ${label(eta)} | ${cells.join(' | ')} |`);
  if (eta !== null) {
    const effects = tighteningEffects(ctx, params);
    leverRows.push(`| ${label(eta)} | ${effects.map((e) => `+${e.deltaMonths.toFixed(2)}`).join(' | ')} |`);
  }
}

console.log(
  `${draws} draws, seed ${seed}. Cells: central lead / median lead (months, 2028-12) / P(Scenario One world)\n`,
);
console.log(`| η | ${PRESETS.join(' | ')} |`);
console.log(`|---|${PRESETS.map(() => '---').join('|')}|`);
for (const row of leadRows) console.log(row);
const effects = tighteningEffects(ctx, {});
console.log(
  '\nEach lever alone on the baseline, change of the 2028-12 lead at central parameters (months)\n',
);
console.log(`| η | ${effects.map((e) => `\`${e.label}\``).join(' | ')} |`);
console.log(`|---|${effects.map(() => '---').join('|')}|`);
for (const row of leverRows) console.log(row);
