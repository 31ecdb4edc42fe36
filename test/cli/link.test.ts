import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from './runCli.ts';

/** The results document without the fields that name where a scenario came from. */
function numbersOf(json: string): unknown {
  const doc = JSON.parse(json);
  for (const run of doc.runs) delete run.source;
  return doc;
}

describe('leadline run --link / --from-link', () => {
  it('run --from-link LINK gives the numbers of the run the link was printed for, to the bit', async () => {
    const { paths } = tempFiles({
      'closed.yaml': 'title: Closed\nlevers:\n  remoteAccess: closed\nparams:\n  rentedShareOpen: 0.04\n',
    });
    const args = ['scenario-two', paths['closed.yaml'], '--draws', '60', '--seed', '5', '--workers', '1'];
    const linked = await runCli('run', ...args, '--json', '--link', '--no-report');
    expect(linked.code).toBe(0);
    const link = /Explorer link: (\S+)/.exec(linked.stderr)?.[1] ?? '';
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4178\/#l=[\w-]+$/);
    const fromLink = await runCli('run', '--from-link', link, '--json', '--no-report', '--workers', '1');
    expect(fromLink.code).toBe(0);
    expect(numbersOf(fromLink.stdout)).toEqual(numbersOf(linked.stdout));
  });

  it('--link-base sets the address in the printed link', async () => {
    const { stdout } = await runCli(
      'run',
      'baseline',
      '--draws',
      '0',
      '--no-report',
      '--link',
      '--link-base',
      'https://example.org/x/',
    );
    expect(stdout).toMatch(/Explorer link: https:\/\/example\.org\/x\/#l=/);
  });

  it('a tampered link is bad input: exit 2, the message names the field, nothing printed on stdout', async () => {
    const { code, stdout, stderr } = await runCli(
      'run',
      '--from-link',
      'http://127.0.0.1:4178/#l=eyJ2IjoyfQ',
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('link v: expected link format 1 or older');
  });

  it('--from-link refuses scenario arguments, --draws and --seed beside it', async () => {
    const { code, stderr } = await runCli('run', 'baseline', '--from-link', '#l=e30', '--draws', '5');
    expect(code).toBe(2);
    expect(stderr).toContain('found scenario arguments, --draws');
  });
});
