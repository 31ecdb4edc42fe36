/**
 * The lint command (`npm run lint`, and `npm test` before vitest) covers every folder of the
 * checkout that holds JavaScript or TypeScript we wrote: examples/ and bin/ were left out once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Folders that hold no source of ours: installed packages, build output, git. */
const NOT_OURS = new Set([
  'node_modules',
  'dist',
  '.git',
  'leadline-out',
  'leadline-history',
  'leadline-sensitivity',
]);
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;

function holdsSource(folder: string): boolean {
  return readdirSync(folder, { withFileTypes: true }).some((entry) =>
    entry.isDirectory()
      ? !NOT_OURS.has(entry.name) && holdsSource(join(folder, entry.name))
      : SOURCE.test(entry.name),
  );
}

describe('npm run lint', () => {
  it('runs biome on every top-level folder holding JS or TS sources, and npm test runs the same', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
    const linted = new Set((scripts.lint as string).replace(/^biome check /, '').split(' '));
    const folders = readdirSync(ROOT, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !NOT_OURS.has(e.name) && holdsSource(join(ROOT, e.name)))
      .map((e) => e.name)
      .sort();
    expect(folders.filter((f) => !linted.has(f))).toEqual([]);
    expect(scripts.test).toContain(scripts.lint);
  });
});
