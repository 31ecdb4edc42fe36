/**
 * Start-up (docs/PERFORMANCE.md): each command's code is loaded with `import()` when the
 * command runs, so `leadline run --no-report` never evaluates the chart, report, sensitivity or
 * policy code, nor cli-table3's width tables. These tests follow the static imports (those the
 * bundle loads before anything runs) from the command line's entry and from `run`'s action.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOf } from '../helpers/sourceScan.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every file and package reached from `entry` by value imports (not `import()`, not types). */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const ref of importsOf(file, readFileSync(file, 'utf8'))) {
      if (ref.typeOnly || ref.kind === 'dynamic' || ref.kind === 'type-import') continue;
      if (ref.specifier.startsWith('.')) visit(resolve(dirname(file), ref.specifier));
      else if (!ref.specifier.startsWith('node:'))
        packages.add(
          ref.specifier
            .split('/')
            .slice(0, ref.specifier.startsWith('@') ? 2 : 1)
            .join('/'),
        );
    }
  };
  visit(join(ROOT, entry));
  return { files: new Set([...files].map((f) => relative(ROOT, f))), packages };
}

const NOT_FOR_RUN = [
  /^src\/report\/charts\//,
  /^src\/report\/(writeReport|htmlReport|markdownReport|png|nodeDocument)\.ts$/,
  /^src\/analysis\/sensitivity\/(?!sensitivityDefaults)/,
  /^src\/analysis\/policy\/(?!policyDefaults|leverSettings)/,
  /^src\/analysis\/history\/(calibrate|condition|history)/,
  /^src\/(analysis|report)\/(index|node)\.ts$/,
];

describe('start-up: what a command loads before it runs', () => {
  it('the entry (src/cli/main.ts) loads no command: no model run, no analysis, no report, no tables', () => {
    const { files, packages } = staticGraph('src/cli/main.ts');
    const heavy = [...files].filter(
      (f) =>
        /^src\/cli\/(runCommand|mainTable|compareCommand|historyCommand|policyCommands|sensitivityCommand)\.ts$/.test(
          f,
        ) ||
        /^src\/analysis\/(pipeline|ensemble)/.test(f) ||
        NOT_FOR_RUN.some((re) => re.test(f)),
    );
    expect(heavy).toEqual([]);
    expect([...packages].filter((p) => !['commander', 'yaml', 'zod'].includes(p))).toEqual([]);
  });

  it('`run` (src/cli/runAction.ts) loads the model and the table, not the report writers, charts, other analyses or barrels', () => {
    const { files, packages } = staticGraph('src/cli/runAction.ts');
    expect(files).toContain('src/analysis/pipeline/run.ts');
    expect(files).toContain('src/cli/textTable.ts');
    expect([...files].filter((f) => NOT_FOR_RUN.some((re) => re.test(f)))).toEqual([]);
    expect([...packages].sort()).toEqual(['cli-progress', 'yaml', 'zod']);
  });
});
