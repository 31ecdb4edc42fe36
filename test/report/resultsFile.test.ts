import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readResultsFile } from '../../src/report/readResultsFile.ts';
import { ResultsFileError } from '../../src/report/resultsFile.ts';
import { resultsFixture } from './fixtures/resultsFixture.ts';

const folder = mkdtempSync(join(tmpdir(), 'leadline-results-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function fileWith(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function errorOf(path: string): ResultsFileError {
  try {
    readResultsFile(path);
  } catch (error) {
    if (error instanceof ResultsFileError) return error;
    throw error;
  }
  throw new Error('expected readResultsFile to throw');
}

describe('readResultsFile(path)', () => {
  it('reads a results document back as written', () => {
    const doc = resultsFixture();
    expect(readResultsFile(fileWith('good.json', doc))).toEqual(doc);
  });

  it('reads null numbers (JSON’s NaN) in series as NaN', () => {
    const doc = resultsFixture({ draws: 0 });
    (doc.runs[0].series.leadMonths ?? [])[3] = Number.NaN;
    const read = readResultsFile(fileWith('nan.json', doc));
    expect(read.runs[0].series.leadMonths?.[3]).toBeNaN();
    expect(read.runs[0].series.leadMonths?.[4]).toBe(doc.runs[0].series.leadMonths?.[4]);
  });

  it('keeps fields it does not know', () => {
    const doc = { ...resultsFixture({ draws: 0 }), generatedBy: 'a later version' };
    expect(readResultsFile(fileWith('extra.json', doc))).toHaveProperty('generatedBy', 'a later version');
  });

  it('rejects a wrong field naming the file, the field, what was expected and what was found', () => {
    const doc = resultsFixture({ draws: 0 });
    const broken = JSON.parse(JSON.stringify(doc));
    broken.runs[1].months[2] = 2024;
    const path = fileWith('bad-month.json', broken);
    const error = errorOf(path);
    expect(error.exitCode).toBe(2);
    expect(error.file).toBe(path);
    expect(error.field).toBe('runs[1].months[2]');
    expect(error.message).toContain(path);
    expect(error.message).toContain('runs[1].months[2]');
    expect(error.message).toContain('expected a string');
    expect(error.message).toContain('found number 2024');
  });

  it('rejects a missing field', () => {
    const broken = JSON.parse(JSON.stringify(resultsFixture({ draws: 0 })));
    delete broken.runs[0].summary.verdict;
    const error = errorOf(fileWith('no-verdict.json', broken));
    expect(error.message).toMatch(
      /field runs\[0\]\.summary\.verdict: expected .*"scenario-one".*found nothing \(field missing\)/,
    );
  });

  it('rejects another schemaVersion', () => {
    const path = fileWith('v2.json', { ...resultsFixture({ draws: 0 }), schemaVersion: 2 });
    const error = errorOf(path);
    expect(error.field).toBe('schemaVersion');
    expect(error.message).toContain(path);
    expect(error.message).toContain('expected 1, found number 2');
  });

  it('rejects a series whose length is not the number of months', () => {
    const doc = resultsFixture({ draws: 0 });
    doc.runs[0].series.computeUS?.pop();
    const error = errorOf(fileWith('short.json', doc));
    expect(error.message).toContain('runs[0].series.computeUS');
    expect(error.message).toContain('expected 72 values (one per month), found an array of 71');
  });

  it('rejects a file that is not JSON, or not an object, with the file name', () => {
    const notJson = fileWith('notes.txt', 'lead: 6 months');
    expect(errorOf(notJson).message).toMatch(new RegExp(`^${notJson}: .*not valid JSON`));
    const array = fileWith('array.json', [1, 2]);
    expect(errorOf(array).message).toContain(`${array}: not a leadline results document`);
    expect(errorOf(array).message).toContain('expected an object, found an array of 2');
  });

  it('rejects a missing file with the file name', () => {
    const missing = join(folder, 'missing.json');
    const error = errorOf(missing);
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(missing);
    expect(error.message).toContain('cannot read');
  });
});
