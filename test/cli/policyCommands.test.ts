/** leadline attribute | window | target | discover: help, JSON shapes, CSV, report folder, bad input. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from './runCli.ts';

describe('policy commands', () => {
  it.each(['attribute', 'window', 'target', 'discover'])(
    '%s --help prints usage and exits 0',
    async (command) => {
      const { code, stdout } = await runCli(command, '--help');
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: leadline ${command}`);
      for (const option of ['--draws', '--seed', '--json', '--csv', '--out'])
        expect(stdout).toContain(option);
    },
  );

  it('attribute --draws 0 --json: one entry per lever, the central shares summing to the difference', async () => {
    const { code, stdout } = await runCli('attribute', '--draws', '0', '--json');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.attribution.map((a: { lever: string }) => a.lever)).toContain('distillationDeterrence');
    const sum = doc.attribution.reduce((t: number, a: { leadMonths: number }) => t + a.leadMonths, 0);
    expect(sum).toBeCloseTo(doc.toLeadMonths - doc.fromLeadMonths, 9);
    expect(doc.from).toBe('baseline');
    expect(doc.to).toBe('scenario-one');
  });

  it.each([['0'], ['40']])(
    'attribute --draws %s prints shares that add up to the printed total, and rows where share = alone + interaction',
    async (draws) => {
      const { code, stdout } = await runCli('attribute', '--draws', draws, '--workers', '1');
      expect(code).toBe(0);
      const tenths = (cell: string): number => Math.round(10 * Number(cell.trim().replace('−', '-')));
      const rows = stdout
        .split('\n')
        .filter((line) => line.startsWith('│ ') && !line.startsWith('│ lever'))
        .map((line) => line.split('│').slice(1, -1));
      const total = rows.find((cells) => cells[0].trim() === 'total');
      const levers = rows.filter((cells) => cells[0].trim() !== 'total');
      expect(levers).toHaveLength(7);
      if (total === undefined) throw new Error('no total row');
      const [share, alone, interaction] = draws === '0' ? [2, 3, 4] : [2, 4, 5];
      expect(levers.reduce((sum, cells) => sum + tenths(cells[share]), 0)).toBe(tenths(total[share]));
      for (const cells of levers)
        expect(tenths(cells[alone]) + tenths(cells[interaction])).toBe(tenths(cells[share]));
      if (draws !== '0') {
        // P(Scenario One world) points, the last column
        const last = total.length - 1;
        expect(levers.reduce((sum, cells) => sum + tenths(cells[last]), 0)).toBe(tenths(total[last]));
      }
    },
  );

  it('attribute gives the same JSON on 1 and 2 worker threads', async () => {
    const one = await runCli('attribute', '--draws', '30', '--workers', '1', '--json');
    const two = await runCli('attribute', '--draws', '30', '--workers', '2', '--json');
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('attribute --csv prints a row per lever and the total', async () => {
    const { code, stdout } = await runCli('attribute', '--draws', '0', '--csv');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0].startsWith('lever,from_setting,to_setting,lead_months')).toBe(true);
    expect(lines).toHaveLength(1 + 7 + 1);
    expect(lines[lines.length - 1].startsWith('total,')).toBe(true);
  });

  it('window --draws 0 --json gives {window: [{start, leadMonths: {2028-12, 2030-12}, pScenarioOne}]}', async () => {
    const { code, stdout } = await runCli('window', 'scenario-one', '--draws', '0', '--json');
    expect(code).toBe(0);
    const { window } = JSON.parse(stdout);
    expect(window.map((w: { start: string }) => w.start)).toEqual([
      '2026-07',
      '2027-01',
      '2027-07',
      '2028-01',
      '2028-07',
      'never',
    ]);
    for (const w of window) {
      expect(Object.keys(w.leadMonths)).toEqual(['2028-12', '2030-12']);
      expect(w.pScenarioOne).toBeNull();
    }
  });

  it('window --out writes the report folder with the chart', async () => {
    const { dir } = tempFiles();
    const out = join(dir, 'window');
    const { code, stdout } = await runCli(
      'window',
      '--draws',
      '0',
      '--starts',
      '2026-07,2027-07',
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(stdout).toContain(`Report: ${join(out, 'window.md')}`);
    for (const f of ['window.json', 'window.csv', 'window.svg', 'window.png', 'window.md']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    expect(readFileSync(join(out, 'window.md'), 'utf8')).toContain(
      '![Window: scenario-one started later](window.png)',
    );
  });

  it('target says plainly when no setting reaches the goal', async () => {
    const { code, stdout } = await runCli('target', '--draws', '0', '--lead', '60');
    expect(code).toBe(0);
    expect(stdout).toContain('No setting reaches the goal');
  });

  it('target counts its least settings in words that agree with the count', async () => {
    const { code, stdout } = await runCli('target', '--draws', '0', '--lead', '12');
    expect(code).toBe(0);
    const m =
      /^(\d+) least (setting reaches|settings reach) it \(no lever can be loosened one rung and still be shown to reach it\):$/m.exec(
        stdout,
      );
    expect(m).not.toBeNull();
    expect(m?.[2]).toBe(m?.[1] === '1' ? 'setting reaches' : 'settings reach');
  });

  it('rejects bad options with exit 2 and a message naming the option', async () => {
    const cases: [string[], RegExp][] = [
      [['window', '--starts', '2026-7'], /option --starts: expected a month "YYYY-MM"/],
      [['attribute', '--month', '2031-01', '--draws', '0'], /option --month/],
      [
        ['target', '--p-scenario-one', '1.5', '--draws', '0'],
        /option --p-scenario-one: expected a number from 0 to 1/,
      ],
      [['target', '--lead', '12', '--median-lead', '12'], /at most one goal/],
      [['discover', '--draws', '50'], /at least 100 draws/],
      [['attribute', 'nonesuch'], /scenario argument/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await runCli(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toMatch(message);
    }
  });
});
