/**
 * Builds the package's compiled JavaScript (`npm run build`, run by `prepare`):
 *
 *   1. empty dist/ except dist/web (the explorer, built by `npm run build:web`)
 *   2. tsc -p tsconfig.build.json: src/**.ts → dist/**.js + .d.ts (relative `.ts` imports
 *      rewritten to `.js`)
 *   3. esbuild: dist/analysis/ensembleWorker.js and what it imports → dist/workers/node-worker.js,
 *      one ES module a worker thread loads (src/analysis/nodeWorkers.ts looks for it there)
 *   4. esbuild: dist/cli/main.js and what it imports, packages included (but the native
 *      @resvg/resvg-js and the optional vite) → dist/cli/leadline.js, the file bin/leadline.js
 *      loads, and the chunks it imports: a few files to read and compile instead of ~300
 *      modules to resolve (start-up time, docs/PERFORMANCE.md). Code splitting: main.ts
 *      imports each command's code with `import()` in the command's action, so each command
 *      loads only its own chunks (dist/cli/leadline-chunk-HASH.js; `run --no-report` never
 *      loads the charts). Every chunk sits beside main.js, so their paths relative to
 *      import.meta.url (../../scenarios/, ../../data/, ../workers/) are main.js's.
 *
 * Nothing is compiled or bundled while a user's command runs: bin/leadline.js imports dist/.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');
/** Folders of dist/ that other builds own. */
const KEEP = new Set(['web']);

export function cleanDist(): void {
  let entries: string[] = [];
  try {
    entries = readdirSync(DIST);
  } catch {
    return; // no dist/ yet
  }
  for (const entry of entries)
    if (!KEEP.has(entry)) rmSync(join(DIST, entry), { recursive: true, force: true });
}

export function compileSources(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
}

/** Packages the CLI bundle leaves to node_modules: a native addon, and one loaded only if present. */
const CLI_EXTERNAL = ['@resvg/resvg-js', 'vite'];

/** CommonJS packages inside an ES module bundle call require() for Node built-ins. */
const REQUIRE_BANNER =
  "import { createRequire as __leadlineCreateRequire } from 'node:module'; const require = __leadlineCreateRequire(import.meta.url);";

/**
 * One ES module for Node 20 holding `entry` (in dist/) and what it imports, but `external`;
 * with `split`, what it imports with `import()` goes to chunks beside `out`, loaded on demand.
 */
async function bundle(entry: string, out: string, external: string[] = [], split = false): Promise<void> {
  const esbuild = await import('esbuild');
  const outDir = dirname(join(DIST, out));
  const name = basename(out, '.js');
  await esbuild.build({
    entryPoints: [join(DIST, entry)],
    ...(split
      ? { outdir: outDir, splitting: true, entryNames: name, chunkNames: `${name}-[name]-[hash]` }
      : { outfile: join(DIST, out) }),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external,
    banner: { js: REQUIRE_BANNER },
    logLevel: 'warning',
  });
}

/** The worker thread's script. */
export const bundleWorker = (): Promise<void> =>
  bundle('analysis/ensembleWorker.js', 'workers/node-worker.js');

/** The command: dist/cli/leadline.js and its chunks. */
export const bundleCli = (): Promise<void> => bundle('cli/main.js', 'cli/leadline.js', CLI_EXTERNAL, true);

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  cleanDist();
  compileSources();
  await bundleWorker();
  await bundleCli();
  console.log(
    `built ${DIST} (library, declarations, dist/workers/node-worker.js, dist/cli/leadline.js and its chunks)`,
  );
}
