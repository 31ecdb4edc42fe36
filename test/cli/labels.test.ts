import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from './runCli.ts';

describe('labels follow the thresholds in force', () => {
  it('a scenario pinning raceThresholdMonths 6 is labelled |lead| < 6 in the table, the report and the chart', async () => {
    const { dir, paths } = tempFiles({
      'wide.yaml': 'title: Wide race band\nparams:\n  raceThresholdMonths: 6\n',
    });
    const out = join(dir, 'out');
    const { code, stdout } = await runCli('run', paths['wide.yaml'], '--draws', '20', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('|lead| < 6 months');
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const chart = readFileSync(join(out, 'charts', 'probabilities.svg'), 'utf8');
    for (const text of [stdout, markdown, html, chart]) {
      expect(text).not.toMatch(/\|lead\| &lt; 3|\|lead\| < 3/);
    }
    expect(markdown).toContain('|lead\\| &lt; 6 months');
    expect(chart).toContain('6 months');
  });

  it('beside a default scenario, the label says the threshold differs by scenario', async () => {
    const { paths } = tempFiles({ 'wide.yaml': 'params:\n  raceThresholdMonths: 6\n' });
    const { stdout } = await runCli('run', 'baseline', paths['wide.yaml'], '--draws', '20', '--no-report');
    expect(stdout).toContain('|lead| < 3 or 6 months (by scenario)');
  });
});
