import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCount, formatMonths, formatRatio, formatShare } from '../../src/analysis/format.ts';
import { writeFileAtomic } from '../../src/report/atomicWrite.ts';
import { readUnit } from '../../src/report/charts/frontPanels.ts';
import { annualTotals, monthLabel, yearEndMonth } from '../../src/report/charts/months.ts';
import { OKABE_ITO, scenarioColors } from '../../src/report/charts/palette.ts';
import { sharedGroup, sharedPrefixEnd } from '../../src/report/charts/scenarioLines.ts';
import { sourceLine } from '../../src/report/charts/sourceLine.ts';
import { textWidth, wrapText } from '../../src/report/charts/textWidth.ts';
import { formatTarget } from '../../src/report/checksTable.ts';
import { csvFileNames, runCsv } from '../../src/report/csv.ts';
import { markdownReport } from '../../src/report/markdownReport.ts';
import { PNG_FONT_OPTIONS } from '../../src/report/png.ts';
import { escapeHtml, escapeMarkdown, tableHtml, tableMarkdown } from '../../src/report/table.ts';
import { resultsFixture } from './fixtures/resultsFixture.ts';

describe('annualTotals(months, monthly)', () => {
  it('sums each complete calendar year and drops partial ones', () => {
    const months = [
      '2025-11',
      '2025-12',
      ...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
      '2027-01',
    ];
    const monthly = months.map((_, i) => i + 1);
    // 2026 holds values 3..14: (3 + 14) × 12 / 2 = 102.
    expect(annualTotals(months, monthly)).toEqual([{ year: 2026, total: 102 }]);
  });

  it('drops a year with a non-finite month', () => {
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
    const monthly = months.map(() => 1);
    monthly[5] = Number.NaN;
    expect(annualTotals(months, monthly)).toEqual([]);
  });
});

describe('month helpers', () => {
  it('monthLabel("2026-05") is "May 2026"; yearEndMonth falls back to the last month of the year', () => {
    expect(monthLabel('2026-05')).toBe('May 2026');
    expect(yearEndMonth(['2028-10', '2028-11'], 2028)).toBe('2028-11');
    expect(yearEndMonth(['2027-12'], 2028)).toBeNull();
  });
});

describe('readUnit(unit)', () => {
  it('reads shares, shares per year and other units', () => {
    expect(readUnit('share')).toEqual({ kind: 'share', of: '' });
    expect(readUnit('share of firms')).toEqual({ kind: 'share', of: 'of firms' });
    expect(readUnit('share of jobs/year')).toEqual({ kind: 'sharePerYear', of: 'of jobs' });
    expect(readUnit('H100e')).toEqual({ kind: 'raw', of: '' });
    expect(readUnit(undefined)).toEqual({ kind: 'raw', of: '' });
  });
});

describe('sharedGroup(runs, valuesOf)', () => {
  it('leaves out a run with its own history (a counterfactual) and keeps the others’ shared stretch', () => {
    const doc = resultsFixture({ draws: 0 });
    const counterfactual = structuredClone(doc.runs[0]);
    counterfactual.scenario = 'no-controls';
    counterfactual.series.leadMonths = counterfactual.series.leadMonths?.map((v) => v - 1);
    const runs = [counterfactual, ...doc.runs];
    const group = sharedGroup(runs, (run) => run.series.leadMonths);
    expect(group.members.map((r) => r.scenario)).toEqual(['baseline', 'scenario-one', 'scenario-two']);
    expect(runs[0].months[group.sharedEnd]).toBe('2026-06');
  });
});

describe('scenarioColors(runs)', () => {
  it('gives the presets fixed Okabe–Ito colours whatever their order', () => {
    const a = scenarioColors([{ scenario: 'scenario-two' }, { scenario: 'scenario-one' }]);
    const b = scenarioColors([
      { scenario: 'scenario-one' },
      { scenario: 'baseline' },
      { scenario: 'scenario-two' },
    ]);
    expect(a.get('scenario-one')).toBe(OKABE_ITO.blue);
    expect(b.get('scenario-one')).toBe(OKABE_ITO.blue);
    expect(a.get('scenario-two')).toBe(OKABE_ITO.vermillion);
    expect(b.get('scenario-two')).toBe(OKABE_ITO.vermillion);
  });

  it('gives other scenarios distinct colours not used by a preset', () => {
    const colors = scenarioColors([{ scenario: 'mine' }, { scenario: 'baseline' }, { scenario: 'yours' }]);
    const values = [...colors.values()];
    expect(new Set(values).size).toBe(3);
    expect(colors.get('baseline')).toBe(OKABE_ITO.orange);
  });
});

describe('sharedPrefixEnd(runs, valuesOf)', () => {
  it('finds the last month the scenarios agree on (their shared history)', () => {
    const doc = resultsFixture({ draws: 0 });
    const end = sharedPrefixEnd(doc.runs, (run) => run.series.leadMonths);
    expect(doc.runs[0].months[end]).toBe('2026-06');
  });

  it('is −1 for a single run', () => {
    const doc = resultsFixture({ draws: 0 });
    expect(sharedPrefixEnd(doc.runs.slice(0, 1), (run) => run.series.leadMonths)).toBe(-1);
  });
});

describe('formats', () => {
  it('print numbers as a reader expects', () => {
    expect(formatMonths(-2.345)).toBe('−2.3');
    expect(formatShare(0.0391)).toBe('3.9%');
    expect(formatCount(12_345_678)).toBe('12.3M');
    expect(formatCount(450_000)).toBe('450k');
    expect(formatRatio(8.44)).toBe('8.4×');
    expect(formatMonths(Number.NaN)).toBe('n/a');
  });

  it('sourceLine(doc) names version, draws and seed, or "central parameters"', () => {
    expect(sourceLine({ leadlineVersion: '0.1.0', draws: 2000, seed: 7 })).toBe(
      'leadline 0.1.0, 2,000 draws, seed 7',
    );
    expect(sourceLine({ leadlineVersion: '0.1.0', draws: 0, seed: 7 })).toBe(
      'leadline 0.1.0, central parameters',
    );
  });

  it('formatTarget(target) reads bounds in words', () => {
    expect(formatTarget([3, 9])).toBe('3 to 9');
    expect(formatTarget([null, 4])).toBe('≤ 4');
    expect(formatTarget([12, null])).toBe('≥ 12');
    expect(formatTarget(null)).toBe('property');
  });
});

describe('textWidth(text, size) and wrapText', () => {
  it('estimates DejaVu Sans widths within 5% of what resvg draws', () => {
    const samples: [string, number, boolean][] = [
      ['Scenario One: commanding lead', 14, false],
      ['Baseline (policy as of May 2026)', 14, false],
      ['US lead over the PRC in frontier AI, in months', 24, true],
      ['12.3M 2.42M 5.1× 0123456789', 14, false],
    ];
    for (const [text, size, bold] of samples) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100"><text x="0" y="50" font-size="${size}" font-weight="${bold ? 'bold' : 'normal'}">${text}</text></svg>`;
      const measured = new Resvg(svg, { font: PNG_FONT_OPTIONS }).getBBox()?.width ?? 0;
      expect(Math.abs(textWidth(text, size, bold) / measured - 1), text).toBeLessThan(0.05);
    }
  });

  it('wraps words into lines no wider than asked', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 100, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(100);
  });
});

describe('tables', () => {
  const table = {
    columns: [{ header: 'A' }, { header: 'B|C', align: 'right' as const }],
    rows: [['<x>', 'a|b']],
  };

  it('tableMarkdown escapes pipes', () => {
    expect(tableMarkdown(table)).toBe('| A | B\\|C |\n|:---|---:|\n| &lt;x&gt; | a\\|b |');
  });

  it('tableHtml escapes markup', () => {
    expect(tableHtml(table)).toContain('<th scope="row">&lt;x&gt;</th>');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });
});

describe('csv', () => {
  it('csvFileNames(runs) makes safe, unique names', () => {
    expect(
      csvFileNames([
        { scenario: 'baseline' },
        { scenario: 'my scenario/v2' },
        { scenario: 'baseline' },
        { scenario: '..' },
      ]),
    ).toEqual(['baseline.csv', 'my-scenario-v2.csv', 'baseline-2.csv', 'run.csv']);
  });

  it('runCsv(run) leaves non-finite values empty and has no quantile columns without draws', () => {
    const run = resultsFixture({ draws: 0 }).runs[0];
    (run.series.leadMonths ?? [])[0] = Number.NaN;
    const [header, first] = runCsv(run).split('\n');
    expect(header.endsWith('leadMonths_p90')).toBe(false);
    expect(first.startsWith('2024-01,,')).toBe(true);
  });
});

describe('writeFileAtomic(path, content)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'leadline-atomic-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('replaces a file and leaves no temporary file', async () => {
    const path = join(folder, 'a.txt');
    await writeFileAtomic(path, 'one');
    await writeFileAtomic(path, 'two');
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(readdirSync(folder)).toEqual(['a.txt']);
  });

  it('rejects when the folder is missing, and writes nothing', async () => {
    const path = join(folder, 'missing', 'b.txt');
    await expect(writeFileAtomic(path, 'x')).rejects.toThrow();
    expect(existsSync(path)).toBe(false);
  });
});

describe('escapeMarkdown(text) and report.md with a hostile scenario title', () => {
  const hostile =
    'Evil <script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)> *bold*\n# heading';

  it('turns tags into entities and links, emphasis and line breaks into plain text', () => {
    expect(escapeMarkdown(hostile)).toBe(
      'Evil &lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](javascript:alert(2)) &lt;img src=x onerror=alert(3)&gt; \\*bold\\* # heading',
    );
  });

  it('report.md passes no raw HTML or link of the title through', () => {
    const doc = resultsFixture({ draws: 500 });
    doc.runs[0].title = hostile;
    const md = markdownReport({ doc, charts: [], imagePath: () => 'x.png' });
    expect(md).not.toMatch(/<script|<img|(?<!\\)\]\(javascript:/i);
    expect(md).toContain('Evil &lt;script&gt;');
    expect(md).not.toMatch(/^# heading/m);
  });
});
