/** Message text of the report module's errors, kept in one place. */

/** "runs[0].series.leadMonths[3]" from a path of keys and indices. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(top level)' : text;
}

/** A short description of a JSON value for "found …". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (field missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export const messages = {
  cannotRead: (file: string, reason: string) => `${file}: cannot read the results file: ${reason}`,
  notJson: (file: string, reason: string) =>
    `${file}: not a leadline results document: the file is not valid JSON (${reason})`,
  badField: (file: string, field: string, expected: string, found: string) =>
    `${file}: not a leadline results document of schemaVersion 1: field ${field}: expected ${expected}, found ${found}`,
  badVersion: (file: string, found: string) =>
    `${file}: unsupported results document: field schemaVersion: expected 1, found ${found} ` +
    '(written by another leadline version; re-run `leadline run` to regenerate it)',
} as const;
