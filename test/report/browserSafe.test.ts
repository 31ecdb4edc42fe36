import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const chartsDir = join(import.meta.dirname, '../../src/report/charts');

/** Every module the chart code imports, including the ones it reaches outside its folder. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^\s*import\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
}

describe('src/report/charts', () => {
  it('is browser-safe: no Node built-ins, linkedom, resvg or fs in the chart code', () => {
    const files = readdirSync(chartsDir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    const reached = new Set<string>(files.map((f) => join(chartsDir, f)));
    // Follow relative imports that leave the folder (e.g. ../checksTable.ts), once.
    for (const file of [...reached]) {
      for (const spec of importsOf(file)) {
        if (spec.startsWith('../') && !spec.startsWith('../../')) reached.add(join(chartsDir, spec));
      }
    }
    for (const file of reached) {
      for (const spec of importsOf(file)) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(/^node:|^fs$|^path$|linkedom|resvg/);
      }
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bprocess\.|\brequire\(/);
    }
  });
});
