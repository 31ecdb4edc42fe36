/**
 * TextTable (src/cli/textTable.ts) against the renderer it replaced: cli-table3 0.6.5 (kept as a
 * dev dependency for this test only) must draw the same characters for any table of the kinds
 * leadline prints — a head, left/right/centre columns, rows spanning every column, fixed widths
 * with word wrap — over text with the signs the tables hold (− – × ± ≥ …) and wide characters.
 */
import CliTable from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Align, type TableCell, TextTable, textWidth } from '../../src/cli/textTable.ts';

const text = fc
  .array(fc.constantFrom('a', 'B', '7', '.', ' ', ' ', '−', '–', '×', '±', '≥', '%', '中', '(', '|'), {
    maxLength: 24,
  })
  .map((chars) => chars.join(''));

const tableCase = fc
  .record({
    columns: fc.integer({ min: 1, max: 4 }),
    rows: fc.integer({ min: 0, max: 4 }),
    fixed: fc.boolean(),
    wrap: fc.boolean(),
    seed: fc.array(text, { minLength: 40, maxLength: 40 }),
    aligns: fc.array(fc.constantFrom<Align>('left', 'right', 'center'), { minLength: 4, maxLength: 4 }),
    widths: fc.array(fc.integer({ min: 3, max: 14 }), { minLength: 4, maxLength: 4 }),
    spanAt: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  })
  .map((c) => {
    let next = 0;
    const word = (): string => c.seed[next++ % c.seed.length];
    const head = Array.from({ length: c.columns }, word);
    const body: TableCell[][] = Array.from({ length: c.rows }, () => Array.from({ length: c.columns }, word));
    if (c.spanAt !== undefined && c.columns > 1)
      body.splice(Math.min(c.spanAt, body.length), 0, [{ content: word(), colSpan: c.columns }]);
    return {
      head,
      body,
      colAligns: c.aligns.slice(0, c.columns),
      ...(c.fixed ? { colWidths: c.widths.slice(0, c.columns), wordWrap: c.wrap } : {}),
    };
  });

function cliTable3(t: {
  head: string[];
  body: TableCell[][];
  colAligns: Align[];
  colWidths?: number[];
  wordWrap?: boolean;
}): string {
  const table = new CliTable({
    head: t.head,
    style: { head: [], border: [] },
    colAligns: t.colAligns,
    ...(t.colWidths ? { colWidths: t.colWidths, wordWrap: t.wordWrap } : {}),
  });
  for (const row of t.body) table.push(row.map((c) => (typeof c === 'object' ? { ...c } : c)));
  return table.toString();
}

describe('TextTable', () => {
  it('draws what cli-table3 0.6.5 drew, for any table of heads, aligned columns, spanning rows, fixed widths and wrap', () => {
    fc.assert(
      fc.property(tableCase, (t) => {
        const ours = new TextTable(t);
        ours.push(...t.body);
        expect(ours.toString()).toBe(cliTable3(t));
      }),
      { numRuns: 400 },
    );
  });

  it('new TextTable({head, colAligns}) with a spanning row: the box of leadline run', () => {
    const t = new TextTable({ head: ['', 'baseline'], colAligns: ['left', 'right'] });
    t.push(
      ['US lead (months)', '5.1 (1.9–9.2)'],
      [{ content: 'Which world at 2028-12', colSpan: 2 }],
      ['P', '2.3%'],
    );
    expect(t.toString()).toBe(
      [
        '┌──────────────────┬───────────────┐',
        '│                  │      baseline │',
        '├──────────────────┼───────────────┤',
        '│ US lead (months) │ 5.1 (1.9–9.2) │',
        '├──────────────────┴───────────────┤',
        '│ Which world at 2028-12           │',
        '├──────────────────┬───────────────┤',
        '│ P                │          2.3% │',
        '└──────────────────┴───────────────┘',
      ].join('\n'),
    );
  });

  it('textWidth counts a wide character as two columns and a combining mark as none', () => {
    expect(textWidth('a−b')).toBe(3);
    expect(textWidth('中文')).toBe(4);
    expect(textWidth('e\u0301')).toBe(1);
  });
});
