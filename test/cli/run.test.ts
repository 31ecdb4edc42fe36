import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from './runCli.ts';

const REQUIRED_SERIES = [
  'leadMonths',
  'gapOOM',
  'computeUS',
  'computeCN',
  'computeRatio',
  'productionWestern',
  'productionPRC',
  'productionNvidia',
  'productionHuawei',
  'capabilityUS',
  'capabilityCN',
  'adoptionUS',
  'adoptionCN',
  'globalShareUS',
  'globalShareCN',
  'resilienceUS',
  'resilienceCN',
  'neckAndNeck',
  'safetyMarginMonths',
];

describe('leadline run', () => {
  it('run --draws 0 --no-report prints the comparison table and a verdict per preset, exit 0', async () => {
    const { code, stdout } = await runCli('run', '--draws', '0', '--no-report');
    expect(code).toBe(0);
    expect(stdout).toContain('central parameters');
    for (const name of ['baseline', 'scenario-one', 'scenario-two']) expect(stdout).toContain(name);
    expect(stdout).toContain('US lead at 2028-12 (months)');
    expect(stdout).toContain('Four fronts at 2028-12');
    expect(stdout).toMatch(/scenario-one\s+Scenario One world/);
  });

  it('run --json --draws 0 prints the results document with every required series, one number per month', async () => {
    const { code, stdout } = await runCli('run', 'baseline', '--json', '--draws', '0');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.schemaVersion).toBe(1);
    const run = doc.runs[0];
    expect(run.scenario).toBe('baseline');
    expect(run.months[0]).toBe('2023-01');
    expect(run.months.at(-1)).toBe('2030-12');
    for (const name of REQUIRED_SERIES) {
      expect(run.series[name], name).toHaveLength(run.months.length);
      expect(
        run.series[name].every((x: unknown) => typeof x === 'number' && Number.isFinite(x)),
        name,
      ).toBe(true);
    }
    expect(doc.checks.map((c: { id: string }) => c.id)).toContain('PC5');
  });

  it('run --json --draws 40 gives bit-identical output with 1 and 2 workers', async () => {
    const withWorkers = (workers: string) =>
      runCli(
        'run',
        'baseline',
        'scenario-one',
        '--json',
        '--draws',
        '40',
        '--seed',
        '7',
        '--workers',
        workers,
      );
    const one = await withWorkers('1');
    const two = await withWorkers('2');
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const run = JSON.parse(one.stdout).runs[1];
    expect(run.draws).toBe(40);
    expect(run.seed).toBe(7);
    expect(run.failedDraws).toBe(0);
    for (const key of ['p5', 'p10', 'p50', 'p90', 'p95', 'mean'])
      expect(run.quantiles.leadMonths[key]).toHaveLength(run.months.length);
    for (const key of ['scenarioOne', 'scenarioTwo', 'neckAndNeck']) {
      expect(run.probabilities[key].p).toBeGreaterThanOrEqual(0);
      expect(run.probabilities[key].p).toBeLessThanOrEqual(1);
      expect(run.probabilities[key].se).toBeGreaterThanOrEqual(0);
    }
  }, 60_000);

  it('run FILE with a bad lever exits 2, names the file, line and field, and writes nothing', async () => {
    const { dir, paths } = tempFiles({ 'bad.yaml': 'levers:\n  chipExports: h100\n' });
    const file = paths['bad.yaml'];
    const out = join(dir, 'out');
    const { code, stdout, stderr } = await runCli('run', file, '--out', out, '--draws', '0');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `${file}:2:16 levers.chipExports: expected one of none | h20 | h200 | blackwell, found "h100"`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('run --draws abc exits 2 naming the option', async () => {
    const { code, stderr } = await runCli('run', '--draws', 'abc', '--no-report');
    expect(code).toBe(2);
    expect(stderr).toContain('option --draws: expected a whole number from 0 to 10000000, found "abc"');
  });

  it('run --out DIR writes the report into a new folder; a folder holding a file of the user is refused', async () => {
    const { dir } = tempFiles();
    const out = join(dir, 'report');
    const { code, stdout } = await runCli('run', 'baseline', '--draws', '0', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain(`Report: ${join(out, 'report.html')}`);
    for (const f of ['report.html', 'report.md', 'results.json', 'baseline.csv', 'charts/lead.png'])
      expect(existsSync(join(out, f)), f).toBe(true);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const refused = await runCli('run', 'baseline', '--draws', '0', '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('holds files leadline did not write (notes.txt)');
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  }, 60_000);
});

describe('leadline run: a race too close to test carefully (raceThresholdMonths)', () => {
  it('a pinned raceThresholdMonths moves both the neckAndNeck series and its probability', async () => {
    const { paths } = tempFiles({ 'wide.yaml': 'params:\n  raceThresholdMonths: 12\n' });
    const wide = paths['wide.yaml'];
    const { stdout } = await runCli('run', 'baseline', wide, '--json', '--draws', '40', '--workers', '1');
    const [base, pinned] = JSON.parse(stdout).runs;
    expect(base.probabilities.neckAndNeck.p).toBeLessThan(pinned.probabilities.neckAndNeck.p);
    // the central run of the baseline preset leads by < 12 months at 2028-12, so the wide band flags it
    expect(pinned.series.neckAndNeck[pinned.months.indexOf('2028-12')]).toBe(1);
  }, 60_000);
  it('calls it "race too close to test carefully", never "neck-and-neck", which is the paper’s Scenario Two (|lead| ≤ 4)', async () => {
    const { stdout } = await runCli('run', '--draws', '20', '--workers', '1', '--no-report');
    expect(stdout).toContain('P(Race too close to test carefully: |lead| < 3 months)');
    expect(stdout).toContain('P(Scenario Two world: |lead| ≤ 4 months)');
    expect(stdout).not.toMatch(/neck-and-neck/i);
  }, 60_000);
});
