/**
 * Every number leadline reports must come out the same, bit for bit, in every JavaScript engine.
 * ECMAScript fixes +, −, ×, ÷ and sqrt, but lets each engine approximate Math.exp, log, pow, sin,
 * `**` and the other transcendental functions in its own way; so the code a browser runs to make
 * reported numbers — src/core, src/params, src/scenario, src/analysis — calls the project's own
 * fdlibm ports in src/core/math instead (test/core/math/ checks them). This test fails, naming
 * the file and line, when an engine-dependent function or `**` appears there again.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tsFilesUnder } from './helpers/sourceFiles.ts';
import { engineDependentMathOf } from './helpers/sourceScan.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Folders whose arithmetic feeds reported numbers and runs in the browser too. */
const GUARDED = ['src/core', 'src/params', 'src/scenario', 'src/analysis'];
/** The deterministic implementations themselves. */
const EXEMPT = 'src/core/math';

/** "path:line uses X" for each engine-dependent use in `text`. */
function violationsOf(shownPath: string, text: string): string[] {
  return engineDependentMathOf(shownPath, text).map(
    (use) => `${shownPath}:${use.line} uses ${use.name}: use exp, log, pow, … from src/core/math instead`,
  );
}

describe('deterministic arithmetic', () => {
  const files = GUARDED.flatMap((folder) => tsFilesUnder(join(ROOT, folder))).filter(
    (file) => !relative(ROOT, file).startsWith(EXEMPT),
  );

  it('finds the guarded sources', () => {
    expect(files.some((file) => file.endsWith(join('src', 'core', 'computePass.ts')))).toBe(true);
    expect(files.some((file) => file.endsWith(join('src', 'analysis', 'sampler.ts')))).toBe(true);
  });

  it('src/core, src/params, src/scenario and src/analysis use no engine-dependent Math function and no **', () => {
    const problems = files.flatMap((file) => violationsOf(relative(ROOT, file), readFileSync(file, 'utf8')));
    expect(problems).toEqual([]);
  });
});

describe('engineDependentMathOf(file, text)', () => {
  it('finds Math.exp, Math.log10, Math["pow"], ** and **=, and names their lines', () => {
    const text = [
      'const a = Math.exp(1);',
      'const b = Math.log10(2);',
      "const c = Math['pow'](2, 3);",
      'const d = 2 ** 0.5;',
      'let e = 2; e **= 3;',
      'const f = Math.sin;',
    ].join('\n');
    expect(violationsOf('src/core/x.ts', text).map((p) => p.split(': ')[0])).toEqual([
      'src/core/x.ts:1 uses Math.exp',
      'src/core/x.ts:2 uses Math.log10',
      'src/core/x.ts:3 uses Math.pow',
      'src/core/x.ts:4 uses **',
      'src/core/x.ts:5 uses **=',
      'src/core/x.ts:6 uses Math.sin',
    ]);
  });

  it('ignores exact Math functions, comments, strings and other objects’ methods', () => {
    const text = [
      'const a = Math.sqrt(2) + Math.abs(-1) + Math.floor(1.5) + Math.max(1, 2) + Math.imul(3, 4);',
      '// Math.exp(1) and 2 ** 3 in a comment',
      "const s = 'Math.log(2) ** 2';",
      'const t = `**bold**`;',
      'const o = { exp: (x: number) => x }; o.exp(1);',
      'const m = Math.PI * Math.LN2;',
    ].join('\n');
    expect(violationsOf('src/core/x.ts', text)).toEqual([]);
  });
});
