/**
 * The browser entry stays browser-safe (docs/architecture.md, "Entries"): walking the runtime
 * imports from src/index.ts — and from every layer's index.ts — reaches no Node built-in, only
 * the packages in BROWSER_PACKAGES, and no file that uses a Node-only global (setImmediate,
 * process, require, Buffer, __dirname). Type-only imports are erased and not followed.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { globalUsesOf, importsOf } from './helpers/sourceScan.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

/** The only packages browser-reachable code may import (each runs in a browser). */
const BROWSER_PACKAGES: ReadonlySet<string> = new Set(['@observablehq/plot', 'pure-rand', 'yaml', 'zod']);
/** Globals a browser lacks. */
const NODE_GLOBALS: ReadonlySet<string> = new Set([
  'setImmediate',
  'process',
  'require',
  'Buffer',
  '__dirname',
  '__filename',
]);

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Problems of the runtime import graph from `entry`, as "file:line why". */
function browserProblems(entry: string, read: (file: string) => string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  const problems: string[] = [];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = read(file);
    const shown = relative(ROOT, file);
    for (const ref of importsOf(file, text)) {
      if (ref.typeOnly) continue;
      const spec = ref.specifier;
      if (spec.startsWith('./') || spec.startsWith('../')) {
        queue.push(resolve(dirname(file), spec));
      } else if (spec.startsWith('node:') || builtinModules.includes(packageOf(spec))) {
        problems.push(`${shown}:${ref.line} imports the Node built-in '${spec}'`);
      } else if (!BROWSER_PACKAGES.has(packageOf(spec))) {
        problems.push(
          `${shown}:${ref.line} imports '${spec}', not a browser package (${[...BROWSER_PACKAGES].join(', ')})`,
        );
      }
    }
    for (const use of globalUsesOf(file, text, NODE_GLOBALS)) {
      problems.push(`${shown}:${use.line} uses the Node-only global ${use.name}`);
    }
  }
  return problems;
}

const readSource = (file: string): string => readFileSync(file, 'utf8');

describe('the browser entry src/index.ts', () => {
  it('reaches no Node built-in, no Node-only package and no Node-only global', () => {
    expect(browserProblems(join(SRC, 'index.ts'), readSource)).toEqual([]);
  });

  it.each(['core', 'params', 'scenario', 'analysis', 'report'])('nor does src/%s/index.ts', (layer) => {
    expect(browserProblems(join(SRC, layer, 'index.ts'), readSource)).toEqual([]);
  });

  it('browserProblems(entry) finds a Node built-in, a Node-only package and setImmediate one import away', () => {
    const files: Record<string, string> = {
      [join(SRC, 'a.ts')]:
        "import { b } from './b.ts';\nimport type { T } from './t.ts';\nexport const a = b;",
      [join(SRC, 'b.ts')]:
        "import { readFileSync } from 'node:fs';\nimport { parseHTML } from 'linkedom';\nimport { z } from 'zod';\nexport const b = () => setImmediate(() => {});",
    };
    expect(browserProblems(join(SRC, 'a.ts'), (file) => files[file])).toEqual([
      "src/b.ts:1 imports the Node built-in 'node:fs'",
      "src/b.ts:2 imports 'linkedom', not a browser package (@observablehq/plot, pure-rand, yaml, zod)",
      'src/b.ts:4 uses the Node-only global setImmediate',
    ]);
  });
});
