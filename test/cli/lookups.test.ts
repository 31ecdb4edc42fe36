import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/params/index.ts';
import { LEVER_NAMES } from '../../src/scenario/index.ts';
import { runCli } from './runCli.ts';

describe('leadline levers', () => {
  it('lists every lever of the lever table with its values, May 2026 setting and paper priority', async () => {
    const { code, stdout } = await runCli('levers', '--json');
    expect(code).toBe(0);
    const { levers } = JSON.parse(stdout);
    expect(levers.map((l: { name: string }) => l.name)).toEqual([...LEVER_NAMES]);
    expect(levers[0]).toMatchObject({
      name: 'chipExports',
      values: 'none | h20 | h200 | blackwell',
      mayOf2026: 'h200',
    });
    expect(levers.find((l: { name: string }) => l.name === 'distillationDeterrence').paperPriority).toMatch(
      /^2/,
    );
    const text = (await runCli('levers')).stdout;
    for (const name of LEVER_NAMES) expect(text).toContain(name);
  });
});

describe('leadline sources [ID]', () => {
  it('shows one fact with its value, date, source and URL', async () => {
    const { code, stdout } = await runCli('sources', 'p01');
    expect(code).toBe(0);
    expect(stdout).toContain('P01  Huawei AI-chip output as share of NVIDIA aggregate compute, 2026');
    expect(stdout).toContain('url:       https://www.anthropic.com/research/2028-ai-leadership');
    expect(stdout).toContain('refers to: 2026');
  });

  it('lists every fact, and refuses an unknown id as bad input with the closest ids', async () => {
    const all = JSON.parse((await runCli('sources', '--json')).stdout).sources;
    expect(all.length).toBeGreaterThan(100);
    const { code, stderr } = await runCli('sources', 'P0x');
    expect(code).toBe(2);
    expect(stderr).toContain('expected a known fact id (did you mean P01');
  });

  it('parseCsv reads quoted fields with commas, "" and line breaks', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });
});
