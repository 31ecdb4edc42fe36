import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from './runCli.ts';

const SMALL = ['--n', '64', '--resamples', '20', '--seed', '3'];

describe('leadline sensitivity', () => {
  it('--help prints usage and exits 0', async () => {
    const { code, stdout } = await runCli('sensitivity', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: leadline sensitivity');
    expect(stdout).toContain('--output <spec>');
  });

  it('--json prints the documented shape, identical for 1 and 2 workers', async () => {
    const one = await runCli('sensitivity', 'scenario-one', ...SMALL, '--json', '--workers', '1');
    const two = await runCli('sensitivity', 'scenario-one', ...SMALL, '--json', '--workers', '2');
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const doc = JSON.parse(one.stdout);
    expect(doc).toMatchObject({ scenario: 'scenario-one', output: 'leadMonths@2028-12', n: 64 });
    expect(Object.keys(doc.tornado[0])).toEqual(
      expect.arrayContaining(['parameter', 'low', 'high', 'swing']),
    );
    expect(Object.keys(doc.sobol[0])).toEqual(
      expect.arrayContaining(['parameter', 'first', 'firstCI', 'total', 'totalCI']),
    );
    expect(Object.keys(doc.groups[0])).toEqual(
      expect.arrayContaining(['group', 'first', 'firstCI', 'total', 'totalCI']),
    );
    expect(doc.sobol.length).toBe(doc.tornado.length);
    expect(typeof doc.convergence.converged).toBe('boolean');
  });

  it('writes json, csv, md and two charts (SVG and PNG) into the report folder', async () => {
    const { dir } = tempFiles();
    const { code, stdout } = await runCli(
      'sensitivity',
      'no-controls',
      ...SMALL,
      '--output',
      'scenarioOneWorld',
      '--out',
      dir,
    );
    expect(code).toBe(0);
    const stem = 'sensitivity-no-controls-scenarioOneWorld';
    expect(stdout).toContain(`Report: ${join(dir, `${stem}.md`)}`);
    for (const file of [`${stem}.json`, `${stem}.csv`, `${stem}.md`])
      expect(existsSync(join(dir, file))).toBe(true);
    expect(readdirSync(join(dir, 'charts')).sort()).toEqual(
      ['sobol.png', 'sobol.svg', 'tornado.png', 'tornado.svg'].map((s) => `${stem}-${s}`),
    );
    const csv = readFileSync(join(dir, `${stem}.csv`), 'utf8').split('\n');
    expect(csv[0]).toBe(
      'kind,name,group,first,first_ci_low,first_ci_high,total,total_ci_low,total_ci_high,p10_value,p90_value,output_at_p10,output_at_p90,swing',
    );
    const md = readFileSync(join(dir, `${stem}.md`), 'utf8');
    expect(md).toContain('How to read it');
    // at N = 64 no no-controls run reaches a 12-month lead (the baseline does in ~2% of draws since
    // the catch-up compute elasticity): the indicator is constant, and it says so
    expect(md).toContain('The output does not vary in this design');
    expect(stdout).toContain('The output does not vary in this design');
  });

  it.each([
    [['--output', 'leadMonth@2028-12'], /option --output: expected a series name .*did you mean leadMonths/],
    [['--output', 'leadMonths'], /option --output: expected SERIES@YYYY-MM/],
    [['--n', '100'], /option --n: expected a power of two from 64/],
    [['--n', '64', '--max-n', '1024'], /option --max-n: expected no --max-n beside --n/],
    [['--seed', 'x'], /option --seed: expected a whole number/],
  ])('%j exits 2 with a message naming the option, printing nothing on stdout', async (args, message) => {
    const { code, stdout, stderr } = await runCli('sensitivity', ...args, '--no-report');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('refuses a scenario with rank correlations (exit 2, names the file and the pair)', async () => {
    const { paths } = tempFiles({
      'correlated.yaml': 'correlations:\n  - { a: spilloverPerYear, b: distillationPerYear, rho: 0.5 }\n',
    });
    const { code, stdout, stderr } = await runCli(
      'sensitivity',
      paths['correlated.yaml'],
      ...SMALL,
      '--no-report',
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(paths['correlated.yaml']);
    expect(stderr).toMatch(/expected no rank correlations .*spilloverPerYear and distillationPerYear/);
  });
});
