import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OBSERVED_CSV_PATH } from '../../../scripts/write-observed.ts';
import { defaultObservations } from '../../../src/analysis/history/defaultObservations.ts';
import { OBSERVED_COLUMNS, parseObservations } from '../../../src/analysis/history/observations.ts';
import { OBSERVED_CSV } from '../../../src/analysis/history/observedData.ts';
import { QUANTITY_INFO } from '../../../src/analysis/history/quantities.ts';
import { InputError } from '../../../src/scenario/index.ts';

const csvText = readFileSync(OBSERVED_CSV_PATH, 'utf8');
const sourceIds = new Set(
  readFileSync(new URL('../../../data/sources.csv', import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0])
    .filter((id) => id !== ''),
);
const header = OBSERVED_COLUMNS.join(',');
const good =
  'X1,leadMonths,2024-05,2024-05,at,14,12,14,estimate,months,A source,https://example.org,How,,A note';

describe('data/observed.csv', () => {
  const observations = parseObservations(csvText);

  it('parses, every row with a source URL and a method', () => {
    expect(observations.length).toBeGreaterThanOrEqual(20);
    for (const o of observations) {
      expect(o.sourceUrl).toMatch(/^https?:\/\//);
      expect(o.method.length).toBeGreaterThan(10);
    }
  });

  it('names only facts that exist in data/sources.csv as overlapping inputs', () => {
    for (const o of observations)
      for (const id of o.inputOverlap) expect(sourceIds.has(id), `${o.id}: ${id}`).toBe(true);
  });

  it('holds no claim of the paper (P-facts are the paper checks, not history)', () => {
    for (const o of observations) {
      expect(o.inputOverlap.some((id) => id.startsWith('P'))).toBe(false);
      expect(o.sourceUrl).not.toContain('anthropic.com/research/2028');
    }
  });

  it('covers the lead, open weights, training runs, Huawei, smuggling and the PRC compute share', () => {
    const quantities = new Set(observations.map((o) => o.quantity));
    expect([...quantities].sort()).toEqual(Object.keys(QUANTITY_INFO).sort());
  });

  it('src/analysis/history/observedData.ts is current (run `npm run observed`)', () => {
    expect(OBSERVED_CSV === csvText, 'observedData.ts is stale: run `npm run observed`').toBe(true);
    expect(defaultObservations()).toEqual(observations);
  });
});

describe('parseObservations(text, file)', () => {
  const issuesOf = (text: string): string => {
    try {
      parseObservations(text, 'obs.csv');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as InputError).message;
    }
    throw new Error('no error');
  };

  it('reads a good row', () => {
    const [o] = parseObservations(`${header}\n${good}\n`, 'obs.csv');
    expect(o).toMatchObject({
      id: 'X1',
      quantity: 'leadMonths',
      startMonth: 16,
      endMonth: 16,
      value: 14,
      scale: 'linear',
    });
  });

  it('names file, line, field, what was expected and what came', () => {
    expect(issuesOf(`${header}\n${good.replace('leadMonths', 'leadYears')}\n`)).toBe(
      'obs.csv:2 quantity: expected one of leadMonths | openWeightLagMonths | trainingFlopUS | trainingFlopCN | huaweiProductionH100e | huaweiChips | smuggledH100e | prcStockShare, found "leadYears"',
    );
    expect(issuesOf(`${header}\n${good.replace(',months,', ',weeks,')}\n`)).toContain(
      'obs.csv:2 unit: expected months (the unit of leadMonths), found "weeks"',
    );
    expect(issuesOf(`${header}\n${good.replace('2024-05,2024-05', '2024-13,2024-05')}\n`)).toContain(
      'obs.csv:2 date_start: expected a month YYYY-MM from 2023-01, found "2024-13"',
    );
    expect(issuesOf(`${header}\n${good.replace(',14,12,14,', ',14,15,16,')}\n`)).toContain(
      'obs.csv:2 low: expected low ≤ value ≤ high',
    );
    expect(issuesOf(`${header}\n${good.replace(',at,', ',sum,')}\n`)).toContain(
      'obs.csv:2 aggregate: expected at or mean (sum is for flows), found "sum"',
    );
  });

  it('refuses a wrong header and a duplicate id', () => {
    expect(issuesOf(`id,quantity\n${good}\n`)).toContain('obs.csv:1: expected the header');
    expect(issuesOf(`${header}\n${good}\n${good}\n`)).toContain(
      'obs.csv:3 id: expected an id not used before',
    );
  });
});
