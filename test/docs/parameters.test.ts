import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAM_TABLE } from '../../src/params/index.ts';
import { parametersMarkdown } from '../../src/params/markdown.ts';

describe('docs/parameters.md', () => {
  it('matches the parameter table (run `npm run docs` when this fails)', () => {
    const onDisk = readFileSync(new URL('../../docs/parameters.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(parametersMarkdown());
  });

  it('parametersMarkdown() lists every parameter once', () => {
    const text = parametersMarkdown();
    for (const p of PARAM_TABLE) expect(text.split(`| \`${p.name}\` |`).length - 1).toBe(1);
  });
});
