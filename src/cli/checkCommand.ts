/** `leadline check`: the paper checks PC1–PC8 and fronts checks FC1–FC3 as a table; exit 1 when any fails. */
import Table from 'cli-table3';
import { type CheckContext, type PresetName, runChecks, type ScenarioOverrides } from '../analysis/checks.ts';
import type { CheckResult } from '../analysis/results.ts';
import { CHECKS_CAPTION } from '../report/checksTable.ts';
import { loadPreset } from '../scenario/index.ts';
import { resolveScenario, type Scenario } from '../scenario/scenario.ts';

/** Resolves presets from scenarios/, with levers and parameters changed on request. */
export function presetCheckContext(): CheckContext {
  const cache = new Map<PresetName, Scenario>();
  return {
    resolve(name: PresetName, overrides?: ScenarioOverrides) {
      let scenario = cache.get(name);
      if (!scenario) {
        scenario = loadPreset(name);
        cache.set(name, scenario);
      }
      return resolveScenario({
        ...scenario,
        levers: { ...scenario.levers, ...overrides?.levers },
        params: { ...scenario.params, ...overrides?.params },
      });
    },
  };
}

function formatValue(check: CheckResult): string {
  return check.value === null ? 'property' : String(Number(check.value.toPrecision(3)));
}

const short = (x: number | null): string => (x === null ? '' : String(Number(x.toPrecision(3))));

function formatTarget(check: CheckResult): string {
  if (check.target === null) return 'holds';
  const [lo, hi] = check.target.map(short);
  if (lo === '') return `≤ ${hi}`;
  if (hi === '') return `≥ ${lo}`;
  return `${lo} to ${hi}`;
}

export function renderChecks(checks: readonly CheckResult[]): string {
  const table = new Table({
    head: ['id', 'check', 'target', 'model (central)', 'result'],
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [6, 56, 10, 12, 8],
  });
  for (const c of checks)
    table.push([
      c.id,
      `${c.description} [${c.source}]`,
      formatTarget(c),
      formatValue(c),
      c.pass ? 'pass' : 'FAIL',
    ]);
  const details = checks.filter((c) => c.detail).map((c) => `${c.id}: ${c.detail}`);
  const failed = checks.filter((c) => !c.pass).length;
  const verdict =
    failed === 0 ? `All ${checks.length} checks pass.` : `${failed} of ${checks.length} checks FAIL.`;
  return `${CHECKS_CAPTION}\n${table.toString()}\n${details.join('\n')}\n${verdict}\n`;
}

export function collectChecks(): CheckResult[] {
  return runChecks(presetCheckContext());
}
