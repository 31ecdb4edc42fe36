/**
 * The dependency policy of docs/architecture.md, enforced on every .ts file under src/ (and web/
 * when it exists):
 *
 *   cli, web ──► report ──► analysis ──► scenario ──► params ──► core
 *        └──────────┴───────────┴────────────┴───────────┴──────►  (any lower layer, see MAY_IMPORT)
 *
 * core imports nothing of ours, no package and no Node built-in, and does not touch Math.random, Date,
 * console, process, fs, require or globalThis. report may import analysis, and core for types only.
 * A file directly in src/ is an entry point (index.ts for browsers, node.ts for Node): it may import any
 * layer and the other entry, and no layer may import it. test/browserEntry.test.ts keeps index.ts browser-safe.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tsFilesUnder } from './helpers/sourceFiles.ts';
import { globalUsesOf, type ImportRef, importsOf } from './helpers/sourceScan.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const WEB = join(ROOT, 'web');

const LAYERS = ['core', 'params', 'scenario', 'analysis', 'report', 'cli', 'web'] as const;
type Layer = (typeof LAYERS)[number];

/** Layers each layer may import (besides itself). */
const MAY_IMPORT: Readonly<Record<Layer, readonly Layer[]>> = {
  core: [],
  params: ['core'],
  scenario: ['params', 'core'],
  analysis: ['scenario', 'params', 'core'],
  report: ['analysis'],
  cli: ['report', 'analysis', 'scenario', 'params', 'core'],
  web: ['report', 'analysis', 'scenario', 'params', 'core'],
};
/** Layers a layer may import for types only (`import type`, or every binding marked `type`). */
const MAY_IMPORT_TYPES: Readonly<Partial<Record<Layer, readonly Layer[]>>> = { report: ['core'] };

/** Globals the engine must not touch: I/O, clock, randomness, environment. */
const CORE_FORBIDDEN_GLOBALS: ReadonlySet<string> = new Set([
  'Date',
  'console',
  'process',
  'fs',
  'require',
  'globalThis',
]);

const NODE_BUILTINS: ReadonlySet<string> = new Set(builtinModules);

type Place = Layer | 'entry' | 'outside' | 'unknown';

function placeOf(absolutePath: string): Place {
  const inSrc = relative(SRC, absolutePath);
  if (!inSrc.startsWith('..') && inSrc !== '') {
    const parts = inSrc.split(sep);
    if (parts.length === 1) return 'entry';
    return (LAYERS as readonly string[]).includes(parts[0]) && parts[0] !== 'web'
      ? (parts[0] as Layer)
      : 'unknown';
  }
  const inWeb = relative(WEB, absolutePath);
  if (!inWeb.startsWith('..') && inWeb !== '') return 'web';
  return 'outside';
}

function isNodeBuiltin(specifier: string): boolean {
  return (
    specifier.startsWith('node:') ||
    NODE_BUILTINS.has(specifier) ||
    NODE_BUILTINS.has(specifier.split('/')[0])
  );
}

function isPathSpecifier(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/');
}

/** Why an import breaks the policy, or null. */
function importViolation(fromFile: string, ref: ImportRef): string | null {
  const from = placeOf(fromFile);
  if (!isPathSpecifier(ref.specifier)) {
    if (from !== 'core') return null;
    return isNodeBuiltin(ref.specifier)
      ? 'core must not import Node built-ins'
      : 'core must not import packages';
  }
  const target = resolve(dirname(fromFile), ref.specifier);
  const to = placeOf(target);
  if (from === 'unknown')
    return 'the file is in no known layer: add its folder to the policy in test/architecture.test.ts';
  if (to === 'unknown') return 'the imported file is in no known layer';
  if (to === 'entry') {
    // the explorer is a user of the package: it may import the browser entry, src/index.ts
    if (from === 'entry' || (from === 'web' && target === join(SRC, 'index.ts'))) return null;
    return 'no module may import an entry point in src/ (web/ may import src/index.ts)';
  }
  if (from === 'entry' || to === from) return null;
  if (to === 'outside') return from === 'core' ? 'core must not import files outside src/core' : null;
  if (from === 'outside') return null;
  if (MAY_IMPORT[from].includes(to)) return null;
  if (ref.typeOnly && MAY_IMPORT_TYPES[from]?.includes(to)) return null;
  const allowed = [
    ...MAY_IMPORT[from],
    ...(MAY_IMPORT_TYPES[from] ?? []).map((layer) => `${layer} (types only)`),
  ];
  return `${from} → ${to} runs the wrong way; ${from} may import ${allowed.length > 0 ? allowed.join(', ') : 'nothing of ours'}`;
}

/** Every policy violation of one file, as "path:line message". */
function violationsOf(absoluteFile: string, text: string): string[] {
  const shown = relative(ROOT, absoluteFile);
  const problems = importsOf(absoluteFile, text).flatMap((ref) => {
    const why = importViolation(absoluteFile, ref);
    return why === null ? [] : [`${shown}:${ref.line} imports '${ref.specifier}': ${why}`];
  });
  if (placeOf(absoluteFile) === 'core') {
    for (const use of globalUsesOf(absoluteFile, text, CORE_FORBIDDEN_GLOBALS)) {
      problems.push(
        `${shown}:${use.line} uses ${use.name}: core is pure (no I/O, clock, randomness or environment)`,
      );
    }
  }
  return problems;
}

describe('dependency direction', () => {
  const files = [...tsFilesUnder(SRC), ...tsFilesUnder(WEB)];

  it('finds the engine’s sources', () => {
    expect(files.some((file) => file.endsWith(join('src', 'core', 'simulate.ts')))).toBe(true);
  });

  it('every import under src/ runs the way docs/architecture.md draws it, and src/core stays pure', () => {
    const problems = files.flatMap((file) => violationsOf(file, readFileSync(file, 'utf8')));
    expect(problems).toEqual([]);
  });
});

describe('the policy checker itself', () => {
  const at = (path: string) => join(SRC, path);

  it('importsOf(file, text) finds static, side-effect, re-export, dynamic and type imports, and ignores comments and strings', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from './b.ts';",
      "import { type C, type D } from './c.ts';",
      "import './side.ts';",
      "export { e } from './e.ts';",
      "export type { F } from './f.ts';",
      "export * from './g.ts';",
      "const h = await import('./h.ts');",
      "type I = import('./i.ts').I;",
      "// import { x } from './comment.ts';",
      'const s = "import { y } from \'./string.ts\'";',
    ].join('\n');
    const refs = importsOf('x.ts', text);
    expect(refs.map((ref) => [ref.specifier, ref.typeOnly, ref.line])).toEqual([
      ['./a.ts', false, 1],
      ['./b.ts', true, 2],
      ['./c.ts', true, 3],
      ['./side.ts', false, 4],
      ['./e.ts', false, 5],
      ['./f.ts', true, 6],
      ['./g.ts', false, 7],
      ['./h.ts', false, 8],
      ['./i.ts', true, 9],
    ]);
  });

  it('violationsOf(file, text) names the file, the line and the import that runs the wrong way', () => {
    expect(
      violationsOf(at('core/x.ts'), "\nimport { buildSchedule } from '../scenario/schedule.ts';"),
    ).toEqual([
      "src/core/x.ts:2 imports '../scenario/schedule.ts': core → scenario runs the wrong way; core may import nothing of ours",
    ]);
    expect(violationsOf(at('params/x.ts'), "export { a } from '../analysis/a.ts';")).toHaveLength(1);
    expect(violationsOf(at('scenario/x.ts'), "const m = await import('../report/r.ts');")).toHaveLength(1);
    expect(violationsOf(at('analysis/x.ts'), "import { main } from '../cli/main.ts';")).toHaveLength(1);
    expect(violationsOf(at('core/x.ts'), "import { join } from 'node:path';")).toHaveLength(1);
    expect(violationsOf(at('core/x.ts'), "import { readFileSync } from 'fs';")).toHaveLength(1);
    expect(violationsOf(at('core/x.ts'), "import { z } from 'zod';")).toEqual([
      "src/core/x.ts:1 imports 'zod': core must not import packages",
    ]);
    expect(violationsOf(at('core/x.ts'), "import data from '../../data/table.json';")).toHaveLength(1);
    expect(violationsOf(at('analysis/x.ts'), "import { main } from '../index.ts';")).toHaveLength(1);
  });

  it('violationsOf(file, text) lets report import core for types only', () => {
    expect(violationsOf(at('report/x.ts'), "import type { Workspace } from '../core/index.ts';")).toEqual([]);
    expect(violationsOf(at('report/x.ts'), "import { simulate } from '../core/index.ts';")).toHaveLength(1);
    expect(
      violationsOf(at('report/x.ts'), "import { resolveScenario } from '../scenario/scenario.ts';"),
    ).toHaveLength(1);
  });

  it('violationsOf(file, text) accepts the allowed directions', () => {
    expect(violationsOf(at('params/x.ts'), "import { P } from '../core/index.ts';")).toEqual([]);
    expect(
      violationsOf(
        at('scenario/x.ts'),
        "import { P } from '../core/index.ts';\nimport { PARAM_TABLE } from '../params/index.ts';",
      ),
    ).toEqual([]);
    expect(
      violationsOf(
        at('cli/x.ts'),
        "import { writeReport } from '../report/writeReport.ts';\nimport { readFileSync } from 'node:fs';",
      ),
    ).toEqual([]);
    expect(violationsOf(at('core/sub/x.ts'), "import { P } from '../paramNames.ts';")).toEqual([]);
  });

  it('violationsOf(file, text) flags Math.random, Date, console, process and fs in core, but not in comments or as property names', () => {
    const text = [
      'const a = Math.random();',
      'const b = Date.now();',
      "console.log('x');",
      'const c = process.env.X;',
      'const d = fs.readFileSync;',
      "const e = Math['random']();",
      '// Date, console and Math.random in a comment',
      'const f = { Date: 1 }.Date;',
      "const g = 'console';",
    ].join('\n');
    const problems = violationsOf(at('core/x.ts'), text);
    expect(problems.map((p) => p.split(' uses ')[1].split(':')[0])).toEqual([
      'Math.random',
      'Date',
      'console',
      'process',
      'fs',
      'Math.random',
    ]);
    expect(violationsOf(at('analysis/x.ts'), text)).toEqual([]);
  });
});
