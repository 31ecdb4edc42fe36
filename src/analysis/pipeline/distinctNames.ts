/**
 * Scenario names are column headings, legend entries and CSV file names, so the scenarios of a
 * run must have distinct ones. When two share a name (a file baseline.yaml beside the preset
 * baseline, or one argument given twice), the later ones become "<name>-2", "-3", … (names
 * compared without regard to case, as file systems may), with a warning naming the arguments.
 */
import type { Scenario } from '../../scenario/index.ts';

export function distinctNames(
  scenarios: readonly Scenario[],
  args: readonly string[],
): { scenarios: Scenario[]; warnings: string[] } {
  const used = new Set(scenarios.map((s) => s.name.toLowerCase()));
  const seen = new Map<string, string>();
  const warnings: string[] = [];
  const out = scenarios.map((scenario, i) => {
    const key = scenario.name.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, args[i] ?? scenario.name);
      return scenario;
    }
    let k = 2;
    while (used.has(`${key}-${k}`)) k++;
    const name = `${scenario.name}-${k}`;
    used.add(name.toLowerCase());
    warnings.push(
      `leadline: warning: "${args[i] ?? scenario.name}" has the same scenario name as "${first}" ("${scenario.name}"); it is shown as "${name}"`,
    );
    return { ...scenario, name };
  });
  return { scenarios: out, warnings };
}
