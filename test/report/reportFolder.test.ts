import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openReportFolder, ReportFolderError } from '../../src/report/reportFolder.ts';
import { writeReport } from '../../src/report/writeReport.ts';
import { resultsFixture } from './fixtures/resultsFixture.ts';

const root = mkdtempSync(join(tmpdir(), 'leadline-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const repo = fileURLToPath(new URL('../..', import.meta.url));

/** An earlier report: a folder leadline wrote, with one file to recognise it by. */
async function earlierReport(name: string): Promise<string> {
  const out = join(root, name);
  const folder = await openReportFolder(out);
  await folder.write('results.json', 'first run\n');
  await folder.write('charts/lead.svg', '<svg/>');
  await folder.commit();
  return out;
}

const hidden = (folder: string) => readdirSync(folder).filter((n) => n.startsWith('.'));

describe('openReportFolder(outDir) … commit()', () => {
  it('a writer killed before its commit leaves the old folder intact; the next run clears its lock and staging', async () => {
    const out = await earlierReport('killed');
    const script = `
      import { openReportFolder } from './src/report/reportFolder.ts';
      const folder = await openReportFolder(${JSON.stringify(out)});
      await folder.write('results.json', 'half-written run\\n');
      process.kill(process.pid, 'SIGKILL');`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: repo,
      timeout: 30_000,
    });
    expect(child.signal).toBe('SIGKILL');
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe('first run\n');
    expect(readdirSync(out).sort()).toEqual(['.leadline-manifest.json', 'charts', 'results.json']);
    expect(hidden(root).some((n) => n.startsWith('.killed.'))).toBe(true); // the stale lock and staging
    const next = await openReportFolder(out);
    await next.write('results.json', 'second run\n');
    await next.commit();
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe('second run\n');
    expect(existsSync(join(out, 'charts'))).toBe(false);
    expect(hidden(root).filter((n) => n.startsWith('.killed.'))).toEqual([]);
  });

  it('a second run into a folder being written stops with an environment error naming the other process', async () => {
    const out = await earlierReport('busy');
    const first = await openReportFolder(out);
    const second = openReportFolder(out);
    await expect(second).rejects.toThrow(
      `another leadline run (process ${process.pid}) is writing this report folder`,
    );
    await expect(second).rejects.toMatchObject({ kind: 'environment' });
    await first.abandon();
    await (await openReportFolder(out)).abandon();
  });

  it('a failed write (ENOSPC, injected) leaves the old folder as it was and no staging folder', async () => {
    const out = await earlierReport('full-disk');
    const folder = await openReportFolder(out);
    let writes = 0;
    const failing = {
      ...folder,
      write: async (relativePath: string, content: string | Uint8Array) => {
        if (++writes === 3)
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        await folder.write(relativePath, content);
      },
    };
    await expect(
      writeReport(resultsFixture({ draws: 0 }), out, { folder: failing, png: false }),
    ).rejects.toThrow('no space left on device');
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe('first run\n');
    expect(hidden(root).filter((n) => n.startsWith('.full-disk.'))).toEqual([]);
  });

  it('refuses a dangling symbolic link, and a path below a regular file, as bad input', async () => {
    const link = join(root, 'dangling');
    symlinkSync(join(root, 'nowhere'), link);
    await expect(openReportFolder(link)).rejects.toThrow(
      'is a symbolic link to something that does not exist',
    );
    const file = join(root, 'plain-file');
    writeFileSync(file, '');
    const below = openReportFolder(join(file, 'out'));
    await expect(below).rejects.toThrow(`${file}: cannot write the report below it: it is not a folder`);
    await expect(below).rejects.toBeInstanceOf(ReportFolderError);
  });

  it('fails at once, as an environment error, where no folder can be made (/proc, /sys)', async () => {
    for (const path of ['/proc/leadline-out', '/sys/leadline-out']) {
      const started = Date.now();
      const opened = openReportFolder(path);
      await expect(opened).rejects.toThrow(/cannot (lock|create)/);
      await expect(opened).rejects.toMatchObject({ kind: 'environment' });
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });

  it.skipIf(process.getuid?.() === 0)('fails on a read-only folder with "permission denied"', async () => {
    const parent = join(root, 'read-only');
    mkdirSync(parent);
    chmodSync(parent, 0o555);
    await expect(openReportFolder(join(parent, 'out'))).rejects.toThrow('permission denied (EACCES)');
    chmodSync(parent, 0o755);
  });
});
