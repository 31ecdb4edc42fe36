/**
 * A small RFC 4180 CSV reader: comma-separated fields, double-quoted fields may hold commas,
 * quotes ("") and line breaks. Pure (no I/O); rows keep the 1-based line they start on, so
 * an error can name it.
 */

export interface CsvRow {
  /** 1-based line of the file on which the row starts. */
  readonly line: number;
  readonly fields: readonly string[];
}

/** Rows of `text` (blank lines skipped). Throws a SyntaxError on an unterminated quote. */
export function parseCsvText(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let rowHasContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      quoted = true;
      rowHasContent = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
      rowHasContent = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (rowHasContent || field !== '') {
        fields.push(field);
        rows.push({ line: rowLine, fields });
      }
      fields = [];
      field = '';
      rowHasContent = false;
      line++;
      rowLine = line;
    } else {
      field += ch;
      rowHasContent = true;
    }
  }
  if (quoted) throw new SyntaxError(`unterminated quoted field starting on line ${rowLine}`);
  if (rowHasContent || field !== '') {
    fields.push(field);
    rows.push({ line: rowLine, fields });
  }
  return rows;
}
