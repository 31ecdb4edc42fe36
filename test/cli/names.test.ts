import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvFileNames } from '../../src/report/csv.ts';
import { runCli, tempFiles } from './runCli.ts';

const baselineYaml = readFileSync(
  fileURLToPath(new URL('../../scenarios/baseline.yaml', import.meta.url)),
  'utf8',
);

describe('scenario names', () => {
  it('a file baseline.yaml beside the preset, and a preset given twice, get distinct names with a warning', async () => {
    const { paths } = tempFiles({ 'baseline.yaml': baselineYaml });
    const { code, stdout, stderr } = await runCli(
      'run',
      'baseline',
      paths['baseline.yaml'],
      'baseline',
      '--draws',
      '0',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).runs.map((r: { scenario: string }) => r.scenario)).toEqual([
      'baseline',
      'baseline-2',
      'baseline-3',
    ]);
    expect(stderr).toContain(
      `"${paths['baseline.yaml']}" has the same scenario name as "baseline" ("baseline"); it is shown as "baseline-2"`,
    );
  });

  it('csvFileNames keeps the letters of any script and makes names unique', () => {
    expect(csvFileNames([{ scenario: '中文' }, { scenario: 'café/../x' }, { scenario: '中文' }])).toEqual([
      '中文.csv',
      'café-..-x.csv',
      '中文-2.csv',
    ]);
  });

  it('a scenario file 中文.yaml writes 中文.csv', async () => {
    const { dir, paths } = tempFiles({ '中文.yaml': 'title: 中文\n' });
    const out = join(dir, 'out');
    const { code } = await runCli('run', paths['中文.yaml'], '--draws', '0', '--out', out);
    expect(code).toBe(0);
    expect(readFileSync(join(out, '中文.csv'), 'utf8')).toMatch(/^month,/);
  });
});
