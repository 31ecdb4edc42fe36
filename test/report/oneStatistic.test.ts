/**
 * One statistic per number (issue 10 item 7): with draws, every table, chart and sentence shows
 * the median of the draws with its 10–90% range; a value at central parameters says so.
 */
import { describe, expect, it } from 'vitest';
import { formatLeadInWorld } from '../../src/analysis/outcomes.ts';
import { computeChart, frontsChart, leadChart, productionChart } from '../../src/report/charts/index.ts';
import { shownSeries, shownValueAt } from '../../src/report/charts/seriesAccess.ts';
import { checksTable } from '../../src/report/checksTable.ts';
import { createNodeDocument } from '../../src/report/nodeDocument.ts';
import { finding, howToRead } from '../../src/report/reportText.ts';
import { computeTable, leadTable } from '../../src/report/summaryTables.ts';
import { resultsFixture } from './fixtures/resultsFixture.ts';
import { allText } from './svgText.ts';

const drawn = resultsFixture({ draws: 500 });
const central = resultsFixture({ draws: 0 });
const options = () => ({ document: createNodeDocument() });

function text(chart: typeof leadChart, doc = drawn): string {
  const svg = chart(doc, options());
  if (svg === null) throw new Error('chart returned null');
  return allText(svg).replaceAll('\n', ' ');
}

const medianLead2028 = (run: (typeof drawn.runs)[number]) =>
  run.quantiles?.leadMonths?.p50[run.months.indexOf('2028-12')] ?? Number.NaN;

describe('charts draw the median of the draws, and say so', () => {
  it('shownSeries(run, name) is p50 with draws and the central run without', () => {
    const run = drawn.runs[0];
    expect(shownSeries(run, 'leadMonths')).toBe(run.quantiles?.leadMonths?.p50);
    expect(shownSeries(run, 'leadMonths')).not.toEqual(run.series.leadMonths);
    expect(shownSeries(central.runs[0], 'leadMonths')).toBe(central.runs[0].series.leadMonths);
    expect(shownValueAt(run, 'leadMonths', '2028-12')).toBe(medianLead2028(run));
  });

  it('the lead and compute charts name their lines: median of N draws, or central parameters', () => {
    expect(text(leadChart)).toContain('Lines: median of 500 draws; shaded: 10–90% of the draws.');
    expect(text(leadChart, central)).toContain('Lines: at central parameters (no draws).');
    expect(text(computeChart)).toContain('Lines: median of 500 draws.');
    expect(text(leadChart)).not.toContain('Lines: central parameters');
  });

  it('the fronts chart prints the median lead at Dec 2028 beside its whiskers, not the central value', () => {
    const fronts = text(frontsChart);
    expect(fronts).toContain('Values at Dec 2028, median of 500 draws.');
    for (const run of drawn.runs) {
      expect(fronts).toContain(formatLeadInWorld(medianLead2028(run)));
      expect(fronts).not.toContain(formatLeadInWorld(run.summary.leadMonths2028_12));
    }
    expect(text(frontsChart, central)).toContain('Values at Dec 2028, at central parameters (no draws).');
  });

  it('the production chart, which has no draws by calendar year, says it is at central parameters', () => {
    expect(text(productionChart)).toContain('At central parameters');
  });
});

describe('tables and sentences', () => {
  it('the compute table gives the median with its range, and labels the central-only columns', () => {
    const table = computeTable(drawn);
    expect(table.rows[0][3]).toMatch(/^\S+ \(\S+ to \S+\)$/); // the fixture draws the ratio only
    expect(table.columns.filter((c) => c.header.includes('(at central parameters)'))).toHaveLength(3);
    expect(computeTable(central).caption).toContain('at central parameters');
    expect(computeTable(central).rows[0][3]).not.toContain('to');
  });

  it('the lead table’s Dec 2028 median and the finding print the lead in its own world', () => {
    const doc = resultsFixture({ draws: 500 });
    const run = doc.runs[1];
    const index = run.months.indexOf('2028-12');
    const lead = run.quantiles?.leadMonths;
    if (lead === undefined) throw new Error('fixture without quantiles');
    lead.p50[index] = 11.97;
    expect(leadTable(doc).rows[1][3]).toMatch(/^11\.97 \(/);
    expect(finding(run).text).toContain('median 11.97 months');
  });

  it('the checks table says its values are at central parameters', () => {
    const checks = checksTable(drawn.checks ?? []);
    expect(checks.caption).toContain('calibrated at central parameters');
    expect(checks.columns[2].header).toBe('Model at central parameters');
  });

  it('“How to read this” describes medians with draws and central parameters without', () => {
    expect(howToRead(drawn).join(' ')).toContain('lines in the charts are medians too');
    expect(howToRead(drawn).join(' ')).not.toContain('Lines show the run with central parameter values');
    expect(howToRead(central).join(' ')).toContain('No Monte Carlo draws were run');
    expect(finding(central.runs[0]).text).toContain('months at central parameters');
  });
});
