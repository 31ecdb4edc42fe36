import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFailure } from '../../src/cli/failure.ts';
import { PARAM_TABLE } from '../../src/params/index.ts';
import { runCli, tempFiles } from './runCli.ts';

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('leadline run: every failure is a message with its exit code, found before the model runs', () => {
  it('--out naming an existing regular file: exit 2 at once (before 200,000 draws would run)', async () => {
    const { paths } = tempFiles({ 'a-file': 'mine' });
    const started = Date.now();
    const { code, stderr } = await runCli('run', 'baseline', '--draws', '200000', '--out', paths['a-file']);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `${paths['a-file']}: cannot write the report here: it exists and is not a folder`,
    );
    noStack(stderr);
  });

  it('--out /proc/leadline-out and /sys/leadline-out: exit 3 (environment) in bounded time, no spin', async () => {
    for (const out of ['/proc/leadline-out', '/sys/leadline-out']) {
      const started = Date.now();
      const { code, stderr } = await runCli('run', 'baseline', '--draws', '200000', '--out', out);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(code).toBe(3);
      expect(stderr).toMatch(/^leadline: cannot write the report\n/);
      noStack(stderr);
    }
  });

  it('--no-report --out X is refused, not ignored', async () => {
    const { code, stderr } = await runCli(
      'run',
      'baseline',
      '--draws',
      '0',
      '--no-report',
      '--out',
      'somewhere',
    );
    expect(code).toBe(2);
    expect(stderr).toContain('no --out beside --no-report');
  });

  it('a scenario whose central run is not finite is a named error at --draws 0 (no "n/a" table)', async () => {
    const maxed = PARAM_TABLE.filter((p) => p.dist.kind !== 'fixed').map((p) => `  ${p.name}: ${p.range[1]}`);
    const { paths } = tempFiles({ 'maxed.yaml': `params:\n${maxed.join('\n')}\n` });
    for (const draws of ['0', '200']) {
      const { code, stdout, stderr } = await runCli(
        'run',
        paths['maxed.yaml'],
        '--draws',
        draws,
        '--no-report',
      );
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(
        /^leadline: the model failed\nThe run at central parameters failed an invariant: scenario 'maxed': \w+ at \d{4}-\d\d is NaN/,
      );
      noStack(stderr);
    }
  });
});

describe('reportFailure(error, io, debug)', () => {
  const capture = (error: unknown, debug = false) => {
    let text = '';
    const code = reportFailure(error, { err: (t) => (text += t) }, debug);
    return { code, text };
  };

  it('an errno error of the file system is an environment failure, exit 3', () => {
    const error = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
      syscall: 'write',
      path: '/tmp/out/report.html',
    });
    const { code, text } = capture(error);
    expect(code).toBe(3);
    expect(text).toBe(
      'leadline: the system refused\n/tmp/out/report.html: no space left on the device (ENOSPC) (write)\n',
    );
  });

  it('anything else is an internal error, exit 4, with its stack only under --debug', () => {
    const plain = capture(new Error('boom'));
    expect(plain.code).toBe(4);
    expect(plain.text).toContain('leadline: internal error: boom');
    expect(plain.text).toContain('--debug');
    noStack(plain.text);
    const debug = capture(new Error('boom'), true);
    expect(debug.text).toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe('leadline --debug', () => {
  it('is accepted after a command and changes nothing when all goes well', async () => {
    const { dir } = tempFiles();
    writeFileSync(join(dir, 'x'), '');
    const { code } = await runCli('params', '--grep', 'mfu', '--debug');
    expect(code).toBe(0);
  });
});
