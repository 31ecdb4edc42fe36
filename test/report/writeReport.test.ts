import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readResultsFile } from '../../src/report/readResultsFile.ts';
import { MANIFEST_NAME } from '../../src/report/reportFolder.ts';
import { writeReport } from '../../src/report/writeReport.ts';
import { resultsFixture } from './fixtures/resultsFixture.ts';
import { pngSize } from './svgText.ts';

const root = mkdtempSync(join(tmpdir(), 'leadline-report-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeReport(doc, outDir)', () => {
  const outDir = join(root, 'out', 'nested');
  const doc = resultsFixture({ draws: 500, resilience: true });
  let result: Awaited<ReturnType<typeof writeReport>>;
  let html: string;

  beforeAll(async () => {
    result = await writeReport(doc, outDir);
    html = readFileSync(result.reportPath, 'utf8');
  });

  it('writes the report, its charts, results.json and one CSV per run', () => {
    const names = result.files.map((f) => f.slice(outDir.length + 1)).sort();
    const charts = ['lead', 'compute', 'production', 'fronts', 'probabilities', 'checks'];
    expect(names).toEqual(
      [
        'report.html',
        'report.md',
        'results.json',
        'baseline.csv',
        'scenario-one.csv',
        'scenario-two.csv',
        ...charts.flatMap((c) => [`charts/${c}.svg`, `charts/${c}.png`]),
      ].sort(),
    );
    expect(result.reportPath).toBe(join(outDir, 'report.html'));
  });

  it('leaves no temporary files behind', () => {
    const all = [...readdirSync(outDir), ...readdirSync(join(outDir, 'charts'))];
    expect(all.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes PNGs 1000 px wide', () => {
    for (const file of result.files.filter((f) => f.endsWith('.png'))) {
      expect(pngSize(readFileSync(file)).width).toBe(1000);
    }
  });

  it('report.html loads nothing from outside: no external src or href except citation links', () => {
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<iframe\b|<object\b|<embed\b/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    for (const match of html.matchAll(/<([a-z]+)\b[^>]*\s(?:src|href|xlink:href)\s*=\s*["']?([^"'\s>]+)/gi)) {
      const [, tag, url] = match;
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
        expect(tag.toLowerCase(), `${tag} ${url}`).toBe('a');
        expect(url).toMatch(/^https:\/\//);
      }
    }
    expect(html).toContain('<a href="https://www.anthropic.com/research/2028-ai-leadership">');
  });

  it('report.html inlines every chart as SVG and has the tables and sections', () => {
    expect((html.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/g) ?? []).length).toBe(6);
    expect(html).toContain('<style>');
    for (const heading of [
      'In short',
      'How to read this',
      'Main numbers',
      'Charts',
      'Checks against the paper',
      'Limits',
      'Sources',
    ]) {
      expect(html).toContain(`${heading}</h2>`);
    }
    // lead at 2028-12: the median of the draws with their 10–90% range
    const run = resultsFixture({ draws: 500, resilience: true }).runs[0];
    const i = run.months.indexOf('2028-12');
    const q = run.quantiles?.leadMonths;
    const cell = `${q?.p50[i].toFixed(1)} (${q?.p10[i].toFixed(1)} to ${q?.p90[i].toFixed(1)})`;
    expect(html).toContain(cell);
    expect(html).toContain('71.0% (se 2.0 pts)');
    expect(html).toContain('not before the horizon');
    expect(html).toContain('✗ FAIL');
  });

  it('report.md shows the PNG charts by relative path', () => {
    const md = readFileSync(join(outDir, 'report.md'), 'utf8');
    expect(md).toContain('](charts/lead.png)');
    expect(md).toContain('](charts/probabilities.png)');
    expect(md).toContain('| Scenario | Lead, May 2026 | Lead, Dec 2027 | Lead, Dec 2028 | 2028 world |');
  });

  it('results.json round-trips through readResultsFile', () => {
    expect(readResultsFile(join(outDir, 'results.json'))).toEqual(doc);
  });

  it('writes a CSV per run: month, each series at central parameters (named _central), then the lead’s p10/p50/p90 over the draws', () => {
    const lines = readFileSync(join(outDir, 'scenario-one.csv'), 'utf8').trimEnd().split('\n');
    const run = doc.runs[1];
    const header = lines[0].split(',');
    expect(header).toEqual([
      'month',
      ...Object.keys(run.series).map((name) => `${name}_central`),
      'leadMonths_p10',
      'leadMonths_p50',
      'leadMonths_p90',
    ]);
    expect(lines).toHaveLength(run.months.length + 1);
    const row = lines[60].split(',');
    expect(row[0]).toBe(run.months[59]);
    expect(Number(row[header.indexOf('leadMonths_central')])).toBe(run.series.leadMonths?.[59]);
    expect(Number(row[header.indexOf('leadMonths_p90')])).toBe(run.quantiles?.leadMonths?.p90[59]);
  });

  it('replaces the folder on a second run, removing files of the first run it does not write', async () => {
    const staleCsv = join(outDir, 'scenario-two.csv');
    const central = resultsFixture({ draws: 0 });
    const onlyBaseline = { ...central, runs: central.runs.slice(0, 1) };
    const second = await writeReport(onlyBaseline, outDir);
    expect(existsSync(staleCsv)).toBe(false);
    expect(readResultsFile(join(outDir, 'results.json')).draws).toBe(0);
    expect(readFileSync(second.reportPath, 'utf8')).toContain('central parameters');
    const manifest = JSON.parse(readFileSync(join(outDir, MANIFEST_NAME), 'utf8'));
    expect(manifest.files).toContain('baseline.csv');
    expect(manifest.files).not.toContain('scenario-two.csv');
  });

  it('refuses a folder holding a file leadline did not write, and leaves every file as it was', async () => {
    const mine = join(outDir, 'charts', 'my-chart.png');
    writeFileSync(mine, 'mine');
    const before = readFileSync(join(outDir, 'report.html'), 'utf8');
    await expect(writeReport(doc, outDir)).rejects.toThrow(
      /holds files leadline did not write \(charts\/my-chart\.png\).*--force/,
    );
    expect(readFileSync(mine, 'utf8')).toBe('mine');
    expect(readFileSync(join(outDir, 'report.html'), 'utf8')).toBe(before);
    expect(readdirSync(join(outDir, '..')).filter((n) => n.startsWith('.'))).toEqual([]);
    rmSync(mine);
  });

  it('fails with a clear message when outDir is a file', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, '');
    await expect(writeReport(doc, file)).rejects.toThrow(`${file}: cannot write the report here`);
  });
});

describe('writeReport(doc, outDir, {png: false})', () => {
  it('writes no PNGs and points report.md at the SVGs', async () => {
    const outDir = join(root, 'svg-only');
    const { files } = await writeReport(resultsFixture({ draws: 0 }), outDir, { png: false });
    expect(files.some((f) => f.endsWith('.png'))).toBe(false);
    expect(readFileSync(join(outDir, 'report.md'), 'utf8')).toContain('](charts/lead.svg)');
  });
});
