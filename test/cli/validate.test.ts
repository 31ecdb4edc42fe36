import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from './runCli.ts';

const NOT_PD =
  'correlations:\n' +
  '  - {a: distillationPerYear, b: spilloverPerYear, rho: 0.9}\n' +
  '  - {a: spilloverPerYear, b: algoProgressOOMPerYear, rho: 0.9}\n' +
  '  - {a: distillationPerYear, b: algoProgressOOMPerYear, rho: -0.9}\n';

describe('leadline validate', () => {
  it('accepts preset names and checks every argument, reporting all the bad ones (exit 2)', async () => {
    const { paths } = tempFiles({
      'good.yaml': 'title: Good\n',
      'bad-lever.yaml': 'levers:\n  chipExports: h100\n',
      'not-pd.yaml': NOT_PD,
    });
    const { code, stdout, stderr } = await runCli(
      'validate',
      'baseline',
      paths['bad-lever.yaml'],
      paths['good.yaml'],
      paths['not-pd.yaml'],
    );
    expect(code).toBe(2);
    expect(stdout).toContain('ok  baseline:');
    expect(stdout).toContain(`ok  ${paths['good.yaml']}:`);
    expect(stderr).toContain(`${paths['bad-lever.yaml']}:2:16 levers.chipExports`);
    expect(stderr).toContain(
      `${paths['not-pd.yaml']} correlations: expected rank correlations that hold together`,
    );
    expect(stderr).toContain('not positive definite');
  });
});

describe('leadline run: correlations are input, checked before the run', () => {
  it('not positive definite: exit 2 with the file named, no stack', async () => {
    const { paths } = tempFiles({ 'not-pd.yaml': NOT_PD });
    const { code, stderr } = await runCli('run', paths['not-pd.yaml'], '--draws', '20', '--no-report');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^leadline: bad input\n.*not-pd\.yaml correlations: .*not positive definite/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('the same pair with different rho in two files: exit 2 naming both files', async () => {
    const { paths } = tempFiles({
      'one.yaml': 'correlations:\n  - {a: distillationPerYear, b: spilloverPerYear, rho: 0.5}\n',
      'two.yaml': 'correlations:\n  - {a: spilloverPerYear, b: distillationPerYear, rho: -0.3}\n',
    });
    const { code, stderr } = await runCli(
      'run',
      paths['one.yaml'],
      paths['two.yaml'],
      '--draws',
      '20',
      '--no-report',
    );
    expect(code).toBe(2);
    expect(stderr).toContain(`${paths['one.yaml']}, ${paths['two.yaml']} correlations:`);
    expect(stderr).toContain('requested twice with different rho (0.5 and -0.3)');
  });
});
