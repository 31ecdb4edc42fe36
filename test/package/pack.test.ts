/**
 * The package as published (issue 9, Tests): `npm pack`, installed into a fresh project
 * (packedPackage.ts), used from there as a user would — plain Node ESM imports of `leadline`
 * and `leadline/node`, the compiled `leadline` command (the one test of bin/leadline.js and
 * dist/; every other test runs the TypeScript sources), and `tsc` on a consumer file against
 * the shipped declarations.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type RunDocument, run } from '../../src/index.ts';
import { type PackedPackage, packAndInstall, ROOT } from './packedPackage.ts';

let pkg: PackedPackage;

/** A Node process in the consumer project, without vitest's or tsx's loader options. */
function nodeIn(project: string, args: string[], input?: string): string {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return execFileSync(process.execPath, args, {
    cwd: project,
    env,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
}

/** Writes `tsconfig` and `file` into the consumer project and runs its tsc on them; returns tsc's output and status. */
function typeCheck(
  tsconfig: string,
  compilerOptions: Record<string, unknown>,
  file: string,
  source: string,
): { stdout: string; status: number | null } {
  const base = {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
  };
  writeFileSync(
    join(pkg.project, tsconfig),
    JSON.stringify({ compilerOptions: { ...base, ...compilerOptions }, files: [file] }),
  );
  writeFileSync(join(pkg.project, file), source);
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  return spawnSync(process.execPath, [tsc, '-p', tsconfig], { cwd: pkg.project, encoding: 'utf8' });
}

beforeAll(() => {
  pkg = packAndInstall();
}, 600_000);

describe('npm pack', () => {
  it('ships the compiled package, presets, schema, docs and run-time data; no sources, tests, benches or CI', () => {
    const top = new Set(pkg.files.map((path) => (path.includes('/') ? `${path.split('/')[0]}/` : path)));
    expect([...top].sort()).toEqual(
      [
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'bin/',
        'data/',
        'dist/',
        'docs/',
        'package.json',
        'scenarios/',
        'schema/',
      ].sort(),
    );
    for (const path of [
      'bin/leadline.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/node.js',
      'dist/node.d.ts',
      'dist/workers/node-worker.js',
      'data/sources.csv',
      'scenarios/baseline.yaml',
      'schema/scenario.schema.json',
    ])
      expect(pkg.files).toContain(path);
    expect(pkg.files.filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))).toEqual([]);
  });
});

// Generous: these spawn Node processes that run the model; the CI machine may be loaded.
describe('the installed package', { timeout: 300_000 }, () => {
  it("imports 'leadline', 'leadline/node', the schema and package.json in plain Node ESM", () => {
    const out = nodeIn(
      pkg.project,
      ['--input-type=module'],
      `
      import { LEADLINE_VERSION, loadPreset, resolveScenario, runCentral } from 'leadline';
      import { loadScenarioFile, nodeWorkers } from 'leadline/node';
      import schema from 'leadline/scenario.schema.json' with { type: 'json' };
      import manifest from 'leadline/package.json' with { type: 'json' };
      const run = runCentral(resolveScenario(loadPreset('baseline')));
      const file = loadScenarioFile('node_modules/leadline/scenarios/scenario-one.yaml');
      process.stdout.write(JSON.stringify({
        version: LEADLINE_VERSION, manifest: manifest.version, schema: typeof schema.properties,
        lead: run.series.leadMonths.length > 0, file: file.name, spawn: typeof nodeWorkers,
      }));`,
    );
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(JSON.parse(out)).toEqual({
      version: manifest.version,
      manifest: manifest.version,
      schema: 'object',
      lead: true,
      file: 'scenario-one',
      spawn: 'function',
    });
  });

  // The command's document and the sources', computed once (2,000 draws, seed 1, two presets)
  const ARGS = ['run', 'baseline', 'scenario-one', '--draws', '2000', '--seed', '1', '--json', '--no-report'];
  let command = '';
  let sources: RunDocument;

  it('runs the compiled command on 2 worker threads: the document of the sources, byte for byte', async () => {
    command = nodeIn(pkg.project, [join(pkg.installed, 'bin', 'leadline.js'), ...ARGS, '--workers', '2']);
    sources = await run(['baseline', 'scenario-one'], { draws: 2000, seed: 1 });
    expect(command).toBe(`${JSON.stringify(sources, null, 2)}\n`);
    expect(nodeIn(pkg.project, [join(pkg.installed, 'bin', 'leadline.js'), '--version']).trim()).toBe(
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    );
  });

  it("run(['baseline', 'scenario-one'], {draws: 2000, seed: 1}) imported from 'leadline' resolves to the command's --json", () => {
    const script = `
      import { run } from 'leadline';
      const doc = await run(['baseline', 'scenario-one'], { draws: 2000, seed: 1 });
      process.stdout.write(JSON.stringify(doc, null, 2) + '\\n');`;
    expect(nodeIn(pkg.project, ['--input-type=module'], script)).toBe(command);
  });

  it("runs the README's Node example (examples/node.js, leadline/node's run on worker threads)", () => {
    const example = readFileSync(join(ROOT, 'examples', 'node.js'), 'utf8');
    const lines = nodeIn(pkg.project, ['--input-type=module'], example).trim().split('\n');
    expect(lines.map((line) => line.split(':')[0])).toEqual(['baseline', 'scenario-one', 'no-exports']);
    // the draws are paired: the presets' probabilities are those of the two-scenario run
    sources.runs.forEach((r, i) => {
      expect(lines[i]).toContain(`P(Scenario One world) ${r.probabilities?.scenarioOne.p}`);
    });
  });

  it('type-checks a consumer against the shipped declarations (and a misspelt series name fails to compile)', () => {
    const checked = typeCheck(
      'tsconfig.json',
      {
        skipLibCheck: true, // the libraries' own declarations are theirs; a leadline type that resolved to any would fail the @ts-expect-error below
        lib: ['ES2022', 'DOM'],
        types: ['node'],
      },
      'consumer.ts',
      `import { loadPreset, resolveScenario, run, runCentral, type ResultsDocument, type SeriesName } from 'leadline';
import { loadScenarioFile, nodeWorkers, run as runNode } from 'leadline/node';
const lead: SeriesName = 'leadMonths';
// @ts-expect-error not a series name
const misspelt: SeriesName = 'leadMonth';
const central = runCentral(resolveScenario(loadPreset('baseline')));
const first: number = central.series[lead][0];
const doc: Pick<ResultsDocument, 'draws' | 'seed'> = { draws: 0, seed: 1 };
const later: Promise<ResultsDocument> = run(['baseline'], { draws: 0 });
const fromFile: Promise<ResultsDocument> = runNode(['my.yaml'], { draws: 100, seed: 2, workers: 2 });
// @ts-expect-error draws is a number
run(['baseline'], { draws: '100' });
// the document's series and quantiles are keyed by SeriesName (each possibly absent in a file read back)
const medians = later.then((d) => d.runs[0].quantiles?.leadMonths?.p50);
// @ts-expect-error not a series of the results document
later.then((d) => d.runs[0].series.notASeries);
export { doc, first, fromFile, later, loadScenarioFile, medians, misspelt, nodeWorkers };
`,
    );
    expect(checked.stdout).toBe('');
    expect(checked.status).toBe(0);
  });

  it('type-checks a consumer without @types/node and with skipLibCheck false (no Node type in the declarations: svgToPng gives a Uint8Array)', () => {
    const checked = typeCheck(
      'tsconfig.strict-lib.json',
      { skipLibCheck: false, lib: ['ES2022', 'DOM'], types: [] },
      'consumer-no-node-types.ts',
      `import { loadPreset, resolveScenario, runCentral } from 'leadline';
import { loadScenarioFile, nodeWorkers, svgToPng } from 'leadline/node';
const png: Uint8Array = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
export { loadPreset, loadScenarioFile, nodeWorkers, png, resolveScenario, runCentral };
`,
    );
    expect(checked.stdout).toBe('');
    expect(checked.status).toBe(0);
  });
});
