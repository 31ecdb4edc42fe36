/**
 * Validating a results document (results.json), for `leadline report` (readResultsFile.ts
 * reads the file in Node). Browser-safe. Validation at the boundary: a bad file becomes one message naming the file, the field,
 * what was expected and what was found.
 */
import type { z } from 'zod';
import { RESULTS_SCHEMA_VERSION, type ResultsDocument } from '../analysis/results.ts';
import { describeValue, fieldPath, messages } from './messages.ts';
import { resultsDocumentSchema } from './resultsSchema.ts';

/** A results file that cannot be used; the CLI exits with `exitCode` (2: bad input). */
export class ResultsFileError extends Error {
  readonly exitCode = 2;
  readonly file: string;
  /** The offending field, e.g. "runs[0].months[3]", when there is one. */
  readonly field: string | undefined;

  constructor(message: string, file: string, field?: string) {
    super(message);
    this.name = 'ResultsFileError';
    this.file = file;
    this.field = field;
  }
}

/** Validates an already-parsed JSON value as a results document; `file` names it in errors. */
export function parseResultsDocument(raw: unknown, file: string): ResultsDocument {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'schemaVersion' in raw) {
    const version = raw.schemaVersion;
    if (version !== RESULTS_SCHEMA_VERSION) {
      throw new ResultsFileError(messages.badVersion(file, describeValue(version)), file, 'schemaVersion');
    }
  }
  const parsed = resultsDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = fieldPath(issue.path);
    const found = describeValue(valueAt(raw, issue.path));
    throw new ResultsFileError(messages.badField(file, field, expectedOf(issue), found), file, field);
  }
  const doc: ResultsDocument = parsed.data;
  checkLengths(doc, file);
  return doc;
}

/** Every per-month array has one value per month of its run. */
function checkLengths(doc: ResultsDocument, file: string): void {
  doc.runs.forEach((run, r) => {
    const n = run.months.length;
    const fail = (field: string, length: number) => {
      throw new ResultsFileError(
        messages.badField(file, field, `${n} values (one per month)`, `an array of ${length}`),
        file,
        field,
      );
    };
    for (const [name, values] of Object.entries(run.series)) {
      if (values.length !== n) fail(`runs[${r}].series.${name}`, values.length);
    }
    for (const [name, q] of Object.entries(run.quantiles ?? {})) {
      for (const key of ['p5', 'p10', 'p50', 'p90', 'p95', 'mean'] as const) {
        if (q[key].length !== n) fail(`runs[${r}].quantiles.${name}.${key}`, q[key].length);
      }
    }
  });
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'tuple' ? 'a [low, high] pair' : `${article(issue.expected)}`;
    case 'invalid_value':
      return issue.values.map((v) => JSON.stringify(v)).join(' or ');
    case 'invalid_format':
    case 'custom':
      return issue.message;
    case 'too_small':
    case 'too_big':
      return issue.message.replace(/^Too (small|big): expected /, '');
    default:
      return issue.message;
  }
}

function article(type: string): string {
  if (type === 'array' || type === 'object') return `an ${type}`;
  if (type === 'record') return 'an object';
  return `a ${type}`;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
