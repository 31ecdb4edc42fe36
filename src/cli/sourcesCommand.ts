/**
 * `leadline sources [ID]`: the sourced facts of data/sources.csv — every fact id with its
 * quantity and value, or one fact in full (value, unit, date, source, URL, note).
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../params/index.ts';
import { expectedText, InputError } from '../scenario/errors.ts';
import { TextTable } from './textTable.ts';

export const SOURCES_CSV = new URL('../../data/sources.csv', import.meta.url);

export interface SourceFact {
  id: string;
  category: string;
  quantity: string;
  value: string;
  unit: string;
  refersTo: string;
  sourceTitle: string;
  sourceUrl: string;
  note: string;
}

export function readSources(): SourceFact[] {
  const [, ...rows] = parseCsv(readFileSync(SOURCES_CSV, 'utf8'));
  return rows
    .filter((r) => r.length > 1)
    .map(([id, category, quantity, value, unit, refersTo, sourceTitle, sourceUrl, note]) => ({
      id,
      category,
      quantity,
      value,
      unit,
      refersTo,
      sourceTitle,
      sourceUrl,
      note: note ?? '',
    }));
}

/** One fact by id (case-insensitive), or an InputError suggesting the closest ids. */
export function findSource(facts: readonly SourceFact[], id: string): SourceFact {
  const fact = facts.find((f) => f.id.toLowerCase() === id.toLowerCase());
  if (fact !== undefined) return fact;
  throw new InputError([
    {
      file: 'argument ID',
      path: [],
      expected: expectedText.knownKey(
        'fact id',
        id,
        facts.map((f) => f.id),
      ),
      found: JSON.stringify(id),
    },
  ]);
}

export function renderSources(facts: readonly SourceFact[]): string {
  const table = new TextTable({
    head: ['id', 'quantity', 'value', 'refers to'],
  });
  const short = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);
  for (const f of facts) table.push([f.id, short(f.quantity), short(`${f.value} ${f.unit}`), f.refersTo]);
  return `${table.toString()}\n${facts.length} facts; \`leadline sources ID\` shows one in full.\n`;
}

export function renderSource(f: SourceFact): string {
  return [
    `${f.id}  ${f.quantity}`,
    `  value:     ${f.value} ${f.unit}`,
    `  refers to: ${f.refersTo}`,
    `  source:    ${f.sourceTitle}`,
    `  url:       ${f.sourceUrl}`,
    `  note:      ${f.note}`,
    '',
  ].join('\n');
}
