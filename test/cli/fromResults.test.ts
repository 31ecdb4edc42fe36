import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEADLINE_VERSION } from '../../src/cli/version.ts';
import { runCli, tempFiles } from './runCli.ts';

const CUSTOM = [
  'title: Timed and pinned',
  'policyStart: 2026-03',
  'levers:',
  '  remoteAccess: { value: closed, from: 2027-01, rampMonths: 4 }',
  '  chipExports: none',
  '  smugglingEnforcement: { value: 2, from: 2026-09 }',
  'params:',
  '  rentedShareOpen: 0.04',
  '',
].join('\n');

/** Writes `doc` as a results file and returns its path. */
function saved(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('leadline run --from-results', () => {
  it('reruns presets and a custom file (lever timing, pins) from results.json, bit for bit', async () => {
    const { dir, paths } = tempFiles({ 'timed.yaml': CUSTOM });
    const args = ['baseline', 'scenario-two', paths['timed.yaml'], '--draws', '40', '--seed', '7'];
    const first = await runCli('run', ...args, '--json', '--no-report', '--workers', '1');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const doc = JSON.parse(first.stdout);
    // no machine path anywhere in the document
    expect(first.stdout).not.toContain(dir);
    expect(doc.runs.map((r: { source: string }) => r.source)).toEqual([
      'preset:baseline',
      'preset:scenario-two',
      'file:timed.yaml',
    ]);
    const timed = doc.runs[2].definition;
    expect(timed.levers.remoteAccess).toEqual({ value: 'closed', from: '2027-01', rampMonths: 4 });
    expect(timed.params).toEqual({ rentedShareOpen: 0.04 });
    expect(timed.policyStart).toBe('2026-03');
    expect(doc.leadlineVersion).toBe(LEADLINE_VERSION);
    const file = saved(dir, 'results.json', first.stdout);
    const again = await runCli('run', '--from-results', file, '--json', '--no-report', '--workers', '2');
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
  });

  it('reruns a central-parameter document (draws 0) exactly', async () => {
    const { dir } = tempFiles();
    const first = await runCli('run', 'scenario-one', '--draws', '0', '--json', '--no-report');
    const file = saved(dir, 'results.json', first.stdout);
    const again = await runCli('run', '--from-results', file, '--json', '--no-report');
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
  });

  it('refuses scenario arguments, --draws or --seed beside it (exit 2, nothing printed)', async () => {
    const { dir } = tempFiles();
    const first = await runCli('run', 'baseline', '--draws', '0', '--json', '--no-report');
    const file = saved(dir, 'results.json', first.stdout);
    const clash = await runCli('run', 'baseline', '--from-results', file, '--seed', '3', '--no-report');
    expect(clash.code).toBe(2);
    expect(clash.stdout).toBe('');
    expect(clash.stderr).toContain('--from-results');
    expect(clash.stderr).toContain('scenario arguments, --seed');
  });

  it('refuses a document from another model version, naming the file and both versions (exit 2)', async () => {
    const { dir } = tempFiles();
    const first = await runCli('run', 'baseline', '--draws', '0', '--json', '--no-report');
    const doc = JSON.parse(first.stdout);
    doc.leadlineVersion = '0.0.1-other';
    const file = saved(dir, 'old.json', JSON.stringify(doc));
    const result = await runCli('run', '--from-results', file, '--no-report');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(file);
    expect(result.stderr).toContain('0.0.1-other');
    expect(result.stderr).toContain(LEADLINE_VERSION);
  });

  it('names the file when it is missing, not a results document, or has no definitions (exit 2)', async () => {
    const { dir } = tempFiles();
    const missing = join(dir, 'missing.json');
    const gone = await runCli('run', '--from-results', missing, '--no-report');
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain(missing);
    const bad = saved(dir, 'bad.json', '{"schemaVersion": 1, "runs": 3}');
    const badResult = await runCli('run', '--from-results', bad, '--no-report');
    expect(badResult.code).toBe(2);
    expect(badResult.stderr).toContain(bad);
    const first = await runCli('run', 'baseline', '--draws', '0', '--json', '--no-report');
    const doc = JSON.parse(first.stdout);
    delete doc.runs[0].definition;
    const old = saved(dir, 'old.json', JSON.stringify(doc));
    const oldResult = await runCli('run', '--from-results', old, '--no-report');
    expect(oldResult.code).toBe(2);
    expect(oldResult.stderr).toContain(old);
    expect(oldResult.stderr).toContain('definition');
    expect(readFileSync(old, 'utf8')).toContain('baseline');
  });
});
