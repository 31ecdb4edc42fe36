import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from './runCli.ts';

describe('leadline commands', () => {
  it.each(['run', 'check', 'compare', 'params', 'validate', 'report'])(
    '%s --help prints usage and exits 0',
    async (command) => {
      const { code, stdout } = await runCli(command, '--help');
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: leadline ${command}`);
    },
  );

  it('--help lists every command', async () => {
    const { code, stdout } = await runCli('--help');
    expect(code).toBe(0);
    for (const command of ['run', 'compare', 'check', 'params', 'validate', 'report'])
      expect(stdout).toContain(command);
  });

  it('an unknown option exits 2', async () => {
    expect((await runCli('run', '--bogus')).code).toBe(2);
  });

  it('check --json prints every check with a pass flag and exits 0 when all pass', async () => {
    const { code, stdout } = await runCli('check', '--json');
    const { checks } = JSON.parse(stdout);
    expect(checks.map((c: { id: string }) => c.id)).toEqual([
      'PC1',
      'PC2',
      'PC3',
      'PC4',
      'PC5',
      'PC6',
      'PC7',
      'PC8',
      'FC1',
      'FC2',
      'FC3',
    ]);
    for (const c of checks) {
      expect(typeof c.pass).toBe('boolean');
      expect(c.value === null || Number.isFinite(c.value)).toBe(true);
    }
    expect(code).toBe(checks.every((c: { pass: boolean }) => c.pass) ? 0 : 1);
    const properties = checks.filter((c: { value: number | null }) => c.value === null);
    expect(
      properties.map((c: { id: string; target: unknown; detail: string }) => [
        c.id,
        c.target,
        c.detail.length > 0,
      ]),
    ).toEqual([
      ['PC7', null, true],
      ['PC8', null, true],
    ]);
  });

  it('check says under its table what the empty value of a property check means (null in --json)', async () => {
    const { stdout } = await runCli('check');
    expect(stdout).toMatch(/│ PC7 .*│ property *│ pass/);
    expect(stdout).toContain(
      'PC7 and PC8 are properties: each tests that something holds in every case it tries, so it has no single model value (null "value" and "target" in --json)',
    );
  });

  it('params --grep distill lists only matching parameters with unit and source', async () => {
    const { code, stdout } = await runCli('params', '--grep', 'distill');
    expect(code).toBe(0);
    expect(stdout).toContain('distillationPerYear');
    expect(stdout).not.toContain('westernProduction2023');
    expect(stdout).toMatch(/of \d+ parameters/);
  });

  it('params --json gives unit, central, distribution and sources for each', async () => {
    const { parameters } = JSON.parse((await runCli('params', '--json')).stdout);
    for (const p of parameters) {
      expect(p.unit.length).toBeGreaterThan(0);
      expect(Number.isFinite(p.central)).toBe(true);
      expect(p.distribution.kind).toBeDefined();
      expect(p.sources.length + (p.calibrated ? 1 : 0)).toBeGreaterThan(0);
    }
  });

  it('validate accepts the presets and rejects a bad file with exit 2', async () => {
    const ok = await runCli('validate', 'scenarios/baseline.yaml', 'scenarios/scenario-one.yaml');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('ok  scenarios/baseline.yaml');
    const { paths } = tempFiles({ 'bad.yaml': 'params:\n  spilover: 0.2\n' });
    const bad = paths['bad.yaml'];
    const result = await runCli('validate', bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('did you mean spilloverPerYear?');
  });

  it('report on a file that is not a results document exits 2 naming the file', async () => {
    const { paths } = tempFiles({ 'results.json': '{"schemaVersion": 3}' });
    const bad = paths['results.json'];
    const { code, stderr } = await runCli('report', bad);
    expect(code).toBe(2);
    expect(stderr).toContain(bad);
  });

  it('compare A B --json gives the paired difference and probability changes', async () => {
    const { code, stdout } = await runCli(
      'compare',
      'scenario-one',
      'baseline',
      '--draws',
      '40',
      '--workers',
      '1',
      '--json',
    );
    expect(code).toBe(0);
    const c = JSON.parse(stdout);
    expect(c.a).toBe('scenario-one');
    expect(c.leadDifferenceAt2028Dec.p50).toBeGreaterThan(0);
    expect(c.probabilityALeadsMore.p).toBeGreaterThan(0.5);
    expect(c.probabilityChange.scenarioOne.delta).toBeGreaterThanOrEqual(0);
    // the levers that differ, and paired differences of the four fronts and compute
    expect(c.settingDifferences.map((d: { name: string }) => d.name)).toContain('remoteAccess');
    expect(c.differences.map((d: { output: string }) => d.output)).toEqual([
      'leadMonths@2028-12',
      'adoptionUS@2028-12',
      'adoptionCN@2028-12',
      'globalShareUS@2028-12',
      'resilienceUS@2028-12',
      'resilienceCN@2028-12',
      'computeUS@2028-12',
      'computeCN@2028-12',
      'computeRatio@2028-12',
    ]);
    expect(c.differences[0].difference).toEqual(c.leadDifferenceAt2028Dec);
    expect(c.differences[7].difference.p90).toBeLessThan(0); // less PRC compute in every decile
  }, 60_000);

  it('compare A B prints the settings that differ and the paired differences of fronts and compute', async () => {
    const { code, stdout } = await runCli(
      'compare',
      'scenario-one',
      'baseline',
      '--draws',
      '20',
      '--workers',
      '1',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /remoteAccess\s*│ closed from 2026-07, 12-month ramp\s*│ open \(policy of May 2026\)/,
    );
    expect(stdout).not.toContain('prcAdoptionPush'); // set to the policy of May 2026: no difference
    for (const label of [
      'Adoption, PRC: share of firms (points)',
      'Distribution: US share',
      'PRC accessible compute',
    ])
      expect(stdout).toContain(label);
    expect(stdout).toContain('10–90% of the differences');
    // every difference says which way it is taken, the probabilities' column too
    expect(stdout).toContain('scenario-one minus baseline (points)');
    expect(stdout).not.toContain('change (points)');
  }, 60_000);
});
