import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from './runCli.ts';

describe('leadline history', () => {
  it.each(['history', 'calibrate'])('%s --help prints usage and exits 0', async (command) => {
    const { code, stdout } = await runCli(command, '--help');
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: leadline ${command}`);
  });

  it('--json prints the observations, the fit before and after the cutoff, and the calibration', async () => {
    const { code, stdout } = await runCli('history', '--draws', '40', '--until', '2026-06', '--json');
    expect(code).toBe(0);
    const h = JSON.parse(stdout);
    expect(h.cutoff).toBe('2024-12');
    expect(h.until).toBe('2026-06');
    expect(h.observations.length).toBeGreaterThan(20);
    expect(h.fit.overall.before.n + h.fit.overall.after.n).toBe(h.observations.length);
    expect(h.bands[0].months[0]).toBe('2023-01');
    expect(h.bands[0].months.at(-1)).toBe('2026-06');
    expect(h.calibration.parameters.map((p: { name: string }) => p.name)).toContain('distillationPerYear');
  }, 60_000);

  it.each([['0'], ['200']])(
    'with --draws %s, every printed z and its "agrees" note say the same (|z| ≤ 1.28), and the fit share counts those notes',
    async (draws) => {
      const { code, stdout } = await runCli('history', '--draws', draws, '--until', '2026-06', '--no-report');
      expect(code).toBe(0);
      const rows = stdout
        .split('\n')
        .filter((line) => /^│ [A-Z]\d\*? /.test(line))
        .map((line) =>
          line
            .split('│')
            .slice(1, -1)
            .map((cell) => cell.trim()),
        );
      expect(rows.length).toBeGreaterThan(20);
      for (const cells of rows) {
        const z = Number(cells[6].replace('−', '-'));
        expect([cells[0], Math.abs(z) <= 1.2815515655446004]).toEqual([cells[0], cells[7] === 'yes']);
      }
      const { stdout: json } = await runCli('history', '--draws', draws, '--until', '2026-06', '--json');
      const h = JSON.parse(json);
      const agreeing = rows.filter((cells) => cells[7] === 'yes').length;
      const { before, after } = h.fit.overall;
      expect(before.shareInside80 * before.n + after.shareInside80 * after.n).toBeCloseTo(agreeing, 9);
    },
    120_000,
  );

  it('writes one chart per quantity, history.md and history.json to its own report folder (--out)', async () => {
    const { dir } = tempFiles();
    const out = join(dir, 'history-report');
    const { code, stdout } = await runCli('history', '--draws', '0', '--until', '2026-06', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('Out of sample');
    for (const file of ['history.md', 'history.json', 'charts/leadMonths.png', 'charts/trainingFlopCN.svg'])
      expect(existsSync(join(out, file)), file).toBe(true);
  }, 60_000);

  it('a bad --cutoff or observations file is bad input (exit 2), and nothing is written', async () => {
    const { dir, paths } = tempFiles({ 'obs.csv': 'id,quantity\n' });
    const out = join(dir, 'history-report');
    const bad = await runCli('history', '--cutoff', '2024-13', '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('option --cutoff: expected a month YYYY-MM from 2023-01, found "2024-13"');
    const file = await runCli('calibrate', '--observations', paths['obs.csv']);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain(`${paths['obs.csv']}:1: expected the header`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('leadline calibrate', () => {
  it('--json gives table and fitted values, the observations used and the conflicts', async () => {
    const { code, stdout } = await runCli('calibrate', '--cutoff', '2024-12', '--json');
    expect(code).toBe(0);
    const c = JSON.parse(stdout);
    expect(c.fittedTo).toContain('L1');
    expect(c.fittedTo).not.toContain('L5');
    expect(c.objectiveAtFit).toBeLessThanOrEqual(c.objectiveAtTable);
  }, 60_000);
});

describe('--condition-on-history', () => {
  it('run prints prior and conditioned probabilities side by side with the ESS', async () => {
    const { code, stdout } = await runCli(
      'run',
      'baseline',
      '--draws',
      '200',
      '--workers',
      '1',
      '--no-report',
      '--condition-on-history',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Conditioned on measured history');
    expect(stdout).toMatch(/effective sample size [\d.]+ of 200 draws/);
    expect(stdout).toContain('conditioned on history');
  }, 60_000);

  it('compare --json adds conditionedOnHistory; draws 0 is refused', async () => {
    const { code, stdout } = await runCli(
      'compare',
      'scenario-one',
      'baseline',
      '--draws',
      '100',
      '--workers',
      '1',
      '--json',
      '--condition-on-history',
    );
    expect(code).toBe(0);
    const c = JSON.parse(stdout);
    expect(c.conditionedOnHistory.weightsFrom).toBe('baseline');
    expect(c.conditionedOnHistory.prior.a.probabilities.scenarioOne.p).toBeCloseTo(
      c.probabilityChange.scenarioOne.a,
      12,
    );
    const refused = await runCli('run', '--draws', '0', '--no-report', '--condition-on-history');
    expect(refused.code).toBe(2);
    const tooMany = await runCli('history', '--draws', '200000', '--no-report');
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toContain(
      'option --draws: expected at most 100,000 draws for leadline history, found 200000',
    );
  }, 60_000);
});
