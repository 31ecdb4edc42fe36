/** data/sources.csv, bundled: fact id → value, unit, title and URL, for "sources one click away". */
import sourcesCsv from '../../data/sources.csv?raw';

export interface SourceFact {
  readonly id: string;
  readonly quantity: string;
  readonly value: string;
  readonly unit: string;
  readonly title: string;
  readonly url: string;
}

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
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
