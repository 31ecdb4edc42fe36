/**
 * A table as data (headers and rows of plain text), rendered to HTML or Markdown, so the
 * report's HTML and Markdown show the same numbers.
 */

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

export interface Table {
  caption?: string;
  columns: readonly Column[];
  rows: readonly (readonly string[])[];
  /** Optional CSS class per row (HTML only), e.g. "fail". */
  rowClasses?: readonly (string | undefined)[];
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Escapes text for Markdown (CommonMark and GitHub): HTML's &, < and > become entities, so no
 * tag (a <script>, an <img onerror>) or autolink (<javascript:…>) survives, and every
 * character that could start emphasis, a link or an image, code or a table cell is
 * backslash-escaped, so [x](javascript:…) prints as text. Line breaks become spaces, so the
 * text never starts a line (a heading, a list): it always follows "- " or "| ". Used for every
 * piece of text that can come from a scenario file.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/\r?\n|\r/g, ' ');
}

export function tableHtml(table: Table): string {
  const align = (c: Column) => (c.align === 'right' ? ' class="num"' : '');
  const head = table.columns.map((c) => `<th scope="col"${align(c)}>${escapeHtml(c.header)}</th>`).join('');
  const body = table.rows
    .map((row, r) => {
      const cls = table.rowClasses?.[r];
      const cells = row
        .map((cell, i) => {
          const column = table.columns[i];
          const tag = i === 0 ? 'th scope="row"' : 'td';
          const end = i === 0 ? 'th' : 'td';
          return `<${tag}${column === undefined ? '' : align(column)}>${escapeHtml(cell)}</${end}>`;
        })
        .join('');
      return `<tr${cls === undefined ? '' : ` class="${escapeHtml(cls)}"`}>${cells}</tr>`;
    })
    .join('\n');
  const caption = table.caption === undefined ? '' : `<caption>${escapeHtml(table.caption)}</caption>`;
  return `<table>${caption}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

export function tableMarkdown(table: Table): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  const rule = `|${table.columns.map((c) => (c.align === 'right' ? '---:' : ':---')).join('|')}|`;
  const lines = [line(table.columns.map((c) => c.header)), rule, ...table.rows.map(line)];
  return table.caption === undefined ? lines.join('\n') : `*${table.caption}*\n\n${lines.join('\n')}`;
}
