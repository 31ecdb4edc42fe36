/** data/sources.csv, bundled: fact id → value, unit, title and URL, for "sources one click away". */
import sourcesCsv from '../../data/sources.csv?raw';
import { parseCsv } from './lib.ts';

export interface SourceFact {
  readonly id: string;
  readonly quantity: string;
  readonly value: string;
  readonly unit: string;
  readonly title: string;
  readonly url: string;
}

function loadSources(): Map<string, SourceFact> {
  const [header, ...rows] = parseCsv(sourcesCsv);
  const col = (name: string): number => header.indexOf(name);
  const facts = new Map<string, SourceFact>();
  for (const row of rows) {
    if (row.length < header.length) continue;
    facts.set(row[col('id')], {
      id: row[col('id')],
      quantity: row[col('quantity')],
      value: row[col('value')],
      unit: row[col('unit')],
      title: row[col('source_title')],
      url: row[col('source_url')],
    });
  }
  return facts;
}

export const SOURCES: ReadonlyMap<string, SourceFact> = loadSources();

/** Only http(s) addresses become links (a csv cell is data, never script). */
export function safeUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
