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
  it('shows decimal years to three decimals, naming the month of a mid-month point (fmt printed 2025.625 as 2026)', () => {
    const text = parametersMarkdown();
    expect(text).toContain('| `eciReferenceYear` | 2025.625 (mid 2025-08) |');
    expect(text).toContain('| `mythosReferenceYear` | 2026.292 (mid 2026-04) |');
    expect(text).toContain('| `runShareTrendEndYear` | 2026.5 |');
  });
});
