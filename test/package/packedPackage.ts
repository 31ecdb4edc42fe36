/**
 * The package as a user gets it: `npm pack` of this checkout, unpacked into a fresh temporary
 * project's node_modules/leadline. The project's other node_modules entries are links to this
 * checkout's copies of exactly the packages leadline's package.json lists as `dependencies`
 * (and @types/node for the type check), so a run-time import of anything else fails, as it
 * would for a user — without a network or an npm cache.
 *
 * dist/ is rebuilt first (`npm run build`) when any file it is built from is newer than it, so
 * the test never packs a stale build.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsFilesUnder } from '../helpers/sourceFiles.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The last file `npm run build` writes. */
const BUILD_STAMP = join(ROOT, 'dist', 'cli', 'leadline.js');

function newestInput(): number {
  const inputs = [
    ...tsFilesUnder(join(ROOT, 'src')),
    join(ROOT, 'tsconfig.json'),
    join(ROOT, 'tsconfig.build.json'),
    join(ROOT, 'scripts', 'build.ts'),
  ];
  return Math.max(...inputs.map((file) => statSync(file).mtimeMs));
}

/** Builds dist/ when it is missing or older than its sources. */
export function ensureBuilt(): void {
  if (existsSync(BUILD_STAMP) && statSync(BUILD_STAMP).mtimeMs >= newestInput()) return;
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'pipe' });
}

export interface PackedPackage {
  /** The consumer project (its node_modules/leadline is the unpacked tarball). */
  project: string;
  /** node_modules/leadline inside it. */
  installed: string;
  /** The paths the tarball holds, relative to the package root. */
  files: string[];
}

interface PackEntry {
  filename: string;
  files: { path: string }[];
}

/** Packs the checkout (without running its scripts: dist/ is fresh) and installs it in a new project. */
export function packAndInstall(): PackedPackage {
  ensureBuilt();
  const work = mkdtempSync(join(tmpdir(), 'leadline-pack-'));
  const packJson = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [entry] = JSON.parse(packJson) as PackEntry[];
  const project = join(work, 'consumer');
  const installed = join(project, 'node_modules', 'leadline');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, entry.filename), '-C', installed, '--strip-components=1']);
  writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  for (const name of [...Object.keys(manifest.dependencies), '@types/node']) {
    const link = join(project, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), link, 'dir');
  }
  return { project, installed, files: entry.files.map((f) => f.path) };
}
