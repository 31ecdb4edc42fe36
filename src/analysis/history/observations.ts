/**
 * Measured history (data/observed.csv): one row per published measurement, with its window,
 * value and range, what kind of statement it is, its source and how it maps to a model
 * quantity. Parsing validates every field and names the file, line and column of a mistake.
 *
 *   kind = estimate      the quantity was about `value`, with [low, high] as a ~90% range
 *          lower-bound   the quantity was at least `value` (low, when below value, gives its spread)
 *          upper-bound   the quantity was at most `value` (high, when above value, gives its spread)
 */
import { monthLabel, parseMonth } from '../../core/index.ts';
import { InputError, type InputIssue } from '../../scenario/index.ts';
import { parseCsvText } from './csvText.ts';
import {
  type Aggregate,
  type ErrorScale,
  isQuantityName,
  QUANTITY_INFO,
  QUANTITY_NAMES,
  type QuantityName,
} from './quantities.ts';

export type ObservationKind = 'estimate' | 'lower-bound' | 'upper-bound';

export interface Observation {
  readonly id: string;
  readonly quantity: QuantityName;
  /** Month indices (0 = 2023-01) of the window, inclusive. */
  readonly startMonth: number;
  readonly endMonth: number;
  readonly aggregate: Aggregate;
  readonly value: number;
  /** NaN when the row gives none. */
  readonly low: number;
  readonly high: number;
  readonly kind: ObservationKind;
  readonly scale: ErrorScale;
  readonly unit: string;
  readonly sourceTitle: string;
  readonly sourceUrl: string;
  readonly method: string;
  /** Fact ids of data/sources.csv this measurement shares with the model's inputs (empty: independent). */
  readonly inputOverlap: readonly string[];
  readonly note: string;
}

export const OBSERVED_COLUMNS = [
  'id',
  'quantity',
  'date_start',
  'date_end',
  'aggregate',
  'value',
  'low',
  'high',
  'kind',
  'unit',
  'source_title',
  'source_url',
  'method',
  'input_overlap',
  'note',
] as const;

const KINDS: readonly ObservationKind[] = ['estimate', 'lower-bound', 'upper-bound'];
const AGGREGATES: readonly Aggregate[] = ['at', 'mean', 'sum'];

/** Parses and validates observed.csv text; throws InputError listing every bad field. */
export function parseObservations(text: string, file = 'data/observed.csv'): Observation[] {
  let rows: ReturnType<typeof parseCsvText>;
  try {
    rows = parseCsvText(text);
  } catch (error) {
    throw new InputError([
      { file, path: [], expected: 'CSV with closed quotes', found: (error as Error).message },
    ]);
  }
  const issues: InputIssue[] = [];
  const header = rows[0]?.fields ?? [];
  if (header.join(',') !== OBSERVED_COLUMNS.join(',')) {
    throw new InputError([
      {
        file,
        path: [],
        line: 1,
        expected: `the header ${OBSERVED_COLUMNS.join(',')}`,
        found: JSON.stringify(header.join(',')),
      },
    ]);
  }
  const out: Observation[] = [];
  const seen = new Set<string>();
  for (const row of rows.slice(1)) {
    const issue = (column: string, expected: string, found: string) =>
      issues.push({ file, path: [column], line: row.line, expected, found: JSON.stringify(found) });
    if (row.fields.length !== OBSERVED_COLUMNS.length) {
      issues.push({
        file,
        path: [],
        line: row.line,
        expected: `${OBSERVED_COLUMNS.length} fields`,
        found: `${row.fields.length}`,
      });
      continue;
    }
    const f = Object.fromEntries(OBSERVED_COLUMNS.map((c, i) => [c, row.fields[i].trim()])) as Record<
      (typeof OBSERVED_COLUMNS)[number],
      string
    >;
    const before = issues.length;
    if (!/^[A-Za-z][\w-]*$/.test(f.id)) issue('id', 'an id of letters, digits, - or _', f.id);
    else if (seen.has(f.id)) issue('id', 'an id not used before', f.id);
    seen.add(f.id);
    const quantity = f.quantity;
    if (!isQuantityName(quantity)) issue('quantity', `one of ${QUANTITY_NAMES.join(' | ')}`, quantity);
    const startMonth = parseMonth(f.date_start);
    const endMonth = parseMonth(f.date_end);
    if (!(startMonth >= 0)) issue('date_start', 'a month YYYY-MM from 2023-01', f.date_start);
    if (!(endMonth >= 0)) issue('date_end', 'a month YYYY-MM from 2023-01', f.date_end);
    else if (endMonth < startMonth) issue('date_end', `a month not before ${f.date_start}`, f.date_end);
    const aggregate = f.aggregate as Aggregate;
    if (!AGGREGATES.includes(aggregate)) issue('aggregate', AGGREGATES.join(' | '), f.aggregate);
    const kind = f.kind as ObservationKind;
    if (!KINDS.includes(kind)) issue('kind', KINDS.join(' | '), f.kind);
    const value = Number(f.value);
    const low = f.low === '' ? Number.NaN : Number(f.low);
    const high = f.high === '' ? Number.NaN : Number(f.high);
    if (f.value === '' || !Number.isFinite(value)) issue('value', 'a finite number', f.value);
    if (f.low !== '' && !Number.isFinite(low)) issue('low', 'a finite number or nothing', f.low);
    if (f.high !== '' && !Number.isFinite(high)) issue('high', 'a finite number or nothing', f.high);
    if (kind === 'estimate' && !(low <= value && value <= high))
      issue('low', `low ≤ value ≤ high for an estimate (value ${f.value})`, `${f.low}…${f.high}`);
    if (kind === 'lower-bound' && low > value) issue('low', `at most the value ${f.value}`, f.low);
    if (kind === 'upper-bound' && high < value) issue('high', `at least the value ${f.value}`, f.high);
    if (f.source_title === '') issue('source_title', 'the source', '');
    if (!/^https?:\/\//.test(f.source_url)) issue('source_url', 'an http(s) URL', f.source_url);
    if (f.method === '') issue('method', 'how the number was measured', '');
    if (isQuantityName(quantity)) {
      const info = QUANTITY_INFO[quantity];
      if (f.unit !== info.unit) issue('unit', `${info.unit} (the unit of ${quantity})`, f.unit);
      if (info.flow !== (aggregate === 'sum') && AGGREGATES.includes(aggregate))
        issue(
          'aggregate',
          info.flow ? `sum (${quantity} is a flow per month)` : 'at or mean (sum is for flows)',
          aggregate,
        );
      if (aggregate === 'at' && startMonth !== endMonth)
        issue('date_end', `the same month as date_start for aggregate "at"`, f.date_end);
      if (info.scale === 'log') {
        for (const [column, v] of [
          ['value', value],
          ['low', low],
          ['high', high],
        ] as const) {
          if (v <= 0 && !(column === 'low' && kind === 'upper-bound'))
            issue(column, `a positive number (${quantity} is compared in logs)`, String(v));
        }
      }
    }
    if (issues.length > before || !isQuantityName(quantity)) continue;
    const info = QUANTITY_INFO[quantity];
    out.push({
      id: f.id,
      quantity,
      startMonth,
      endMonth,
      aggregate,
      value,
      low,
      high,
      kind,
      scale: info.scale,
      unit: f.unit,
      sourceTitle: f.source_title,
      sourceUrl: f.source_url,
      method: f.method,
      inputOverlap: f.input_overlap === '' ? [] : f.input_overlap.split(/\s*,\s*/),
      note: f.note,
    });
  }
  if (issues.length > 0) throw new InputError(issues);
  return out;
}

/** "2024-05", or "2023-01…2024-12" for a window. */
export function windowLabel(obs: Pick<Observation, 'startMonth' | 'endMonth'>): string {
  return obs.startMonth === obs.endMonth
    ? monthLabel(obs.endMonth)
    : `${monthLabel(obs.startMonth)}…${monthLabel(obs.endMonth)}`;
}

/** True when the measurement shares no fact with the model's inputs. */
export function isIndependent(obs: Pick<Observation, 'inputOverlap'>): boolean {
  return obs.inputOverlap.length === 0;
}
