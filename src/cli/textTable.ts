/**
 * The command line's boxed text tables: a small renderer of our own that draws what cli-table3
 * 0.6.5 drew for the options leadline used (its output, character for character: the golden
 * tests in test/cli/ did not change), without loading cli-table3's string-width and emoji
 * tables, which cost ~0.1–0.2 s on first use (start-up, docs/PERFORMANCE.md).
 *
 *   ┌──────┬─────┐   one space of padding each side of a cell; a column as wide as its
 *   │ head │   B │   widest cell (or `colWidths[i]`, padding included); `colAligns` left,
 *   ├──────┼─────┤   right or centre; a cell `{ content, colSpan }` spans columns, widening
 *   │ a    │ 1.0 │   them if it needs to; with `wordWrap`, text in a fixed-width column wraps
 *   └──────┴─────┘   on word boundaries; text wider than its column is cut with '…'. No colour.
 *
 * Width of text: one column a code point, but two for East Asian wide and full-width
 * characters and emoji, none for combining marks and zero-width joiners (as string-width, for
 * the characters a table of leadline can hold).
 */

export type Align = 'left' | 'right' | 'center';
export type TableCell = string | number | { readonly content: string; readonly colSpan: number };

export interface TableOptions {
  readonly head?: readonly string[];
  readonly colAligns?: readonly Align[];
  /** Fixed widths, padding included; a column without one is as wide as its content. */
  readonly colWidths?: readonly number[];
  /** Wrap text in fixed-width columns on word boundaries (else cut it with '…'). */
  readonly wordWrap?: boolean;
}

const PADDING = 1;
const ELLIPSIS = '…';
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
const ZERO_WIDTH = /\p{Mn}|\p{Me}|\p{Cf}/u;

/** Columns a line of text takes in a terminal. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += ZERO_WIDTH.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
  return width;
}

/** Columns of the widest line of `text`. */
function blockWidth(text: string): number {
  return Math.max(0, ...text.split('\n').map(textWidth));
}

/** `text` cut to `width` columns, its last one '…' when anything was cut. */
function cut(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let kept = '';
  let used = 0;
  for (const char of text) {
    const w = textWidth(char);
    if (used + w > width - 1) break;
    kept += char;
    used += w;
  }
  return kept + ELLIPSIS;
}

/** Lines of at most `width` columns, broken at whitespace (a longer word keeps its own line). */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const parts = paragraph.split(/(\s+)/g);
    let line: string[] = [];
    let lineWidth = 0;
    let space = '';
    for (let i = 0; i < parts.length; i += 2) {
      const word = parts[i];
      const wanted = lineWidth + textWidth(word) + (lineWidth > 0 ? space.length : 0);
      if (wanted > width) {
        if (lineWidth !== 0) lines.push(line.join(''));
        line = [word];
        lineWidth = textWidth(word);
      } else {
        line.push(space, word);
        lineWidth = wanted;
      }
      space = parts[i + 1] ?? '';
    }
    if (lineWidth > 0) lines.push(line.join(''));
  }
  return lines;
}

interface PlacedCell {
  readonly x: number;
  readonly span: number;
  readonly content: string;
}

export class TextTable {
  private readonly rows: TableCell[][] = [];

  constructor(private readonly options: TableOptions = {}) {}

  push(...rows: TableCell[][]): void {
    this.rows.push(...rows);
  }

  toString(): string {
    const { head = [], colAligns = [], colWidths = [], wordWrap = false } = this.options;
    const all: (readonly TableCell[])[] = head.length > 0 ? [head, ...this.rows] : this.rows;
    const columns = Math.max(0, ...all.map((row) => row.reduce<number>((n, c) => n + spanOf(c), 0)));
    const grid: PlacedCell[][] = all.map((row) => {
      const placed: PlacedCell[] = [];
      let x = 0;
      for (const cell of row) {
        const span = spanOf(cell);
        placed.push({ x, span, content: typeof cell === 'object' ? cell.content : String(cell) });
        x += span;
      }
      // a short row ends in one empty cell over the columns it lacks
      if (x < columns) placed.push({ x, span: columns - x, content: '' });
      return placed;
    });
    const widths = columnWidths(grid, columns, colWidths);
    const spanWidth = (c: PlacedCell): number =>
      widths.slice(c.x, c.x + c.span).reduce((sum, w) => sum + w, 0) + c.span - 1;
    const linesOf = (c: PlacedCell): string[] => {
      const fixed = colWidths[c.x];
      if (!wordWrap || fixed === undefined) return c.content.split('\n');
      // as cli-table3: the fixed widths of the spanned columns, without their borders
      const width = colWidths.slice(c.x, c.x + c.span).reduce((sum, w) => sum + w, 0) - 2 * PADDING;
      return wrapWords(c.content, width);
    };

    const out: string[] = [];
    grid.forEach((row, y) => {
      out.push(borderAbove(row, y === 0 ? undefined : grid[y - 1], widths, columns));
      const lines = row.map(linesOf);
      const height = Math.max(1, ...lines.map((l) => l.length));
      for (let n = 0; n < height; n++) {
        let text = '';
        row.forEach((cell, i) => {
          const inner = spanWidth(cell) - 2 * PADDING;
          const line = cut(lines[i][n] ?? '', inner);
          const aligned = align(line, inner, colAligns[cell.x] ?? 'left');
          text += `│${' '.repeat(PADDING)}${aligned}${' '.repeat(PADDING)}`;
        });
        out.push(`${text}│`);
      }
    });
    const last = grid.at(-1);
    if (last !== undefined)
      out.push(
        last.map((c) => `${c.x === 0 ? '└' : '┴'}${'─'.repeat(spanWidth(c))}`).join('') +
          (last.length ? '┘' : ''),
      );
    return out.join('\n');
  }
}

/** `text` padded with spaces to `width` columns; centred text has the odd space on its right. */
function align(text: string, width: number, how: Align): string {
  const fill = Math.max(0, width - textWidth(text));
  if (how === 'right') return ' '.repeat(fill) + text;
  if (how === 'left') return text + ' '.repeat(fill);
  const right = Math.ceil(fill / 2);
  return ' '.repeat(fill - right) + text + ' '.repeat(right);
}

function spanOf(cell: TableCell): number {
  return typeof cell === 'object' ? Math.max(1, cell.colSpan) : 1;
}

/**
 * Each column's width, padding included: its widest single-column cell (at least 1), or its
 * fixed width; then each spanning cell, last first, widens the columns it spans that are not
 * fixed, sharing what it lacks among them (cli-table3's layout, rounding included).
 */
function columnWidths(grid: readonly PlacedCell[][], columns: number, fixed: readonly number[]): number[] {
  const widths = new Array<number>(columns).fill(1);
  const spanners: PlacedCell[] = [];
  for (const row of grid)
    for (const cell of row) {
      if (cell.span > 1) spanners.push(cell);
      else widths[cell.x] = Math.max(widths[cell.x], blockWidth(cell.content) + 2 * PADDING);
    }
  fixed.forEach((w, i) => {
    if (i < columns) widths[i] = w;
  });
  for (let k = spanners.length - 1; k >= 0; k--) {
    const cell = spanners[k];
    const wanted = blockWidth(cell.content) + 2 * PADDING;
    let have = widths[cell.x];
    let editable = fixed[cell.x] === undefined ? 1 : 0;
    for (let i = 1; i < cell.span; i++) {
      have += 1 + widths[cell.x + i];
      if (fixed[cell.x + i] === undefined) editable++;
    }
    for (let i = 0; editable > 0 && wanted > have; i++) {
      if (fixed[cell.x + i] !== undefined) continue;
      const more = Math.round((wanted - have) / editable);
      have += more;
      widths[cell.x + i] += more;
      editable--;
    }
  }
  return widths;
}

/**
 * The rule above a row: ┌ ┬ ┐ on top; below, ├ ┼ ┤, with ┴ where a column border ends under a
 * spanning cell and ┬ where one starts again below a spanning cell.
 */
function borderAbove(
  row: readonly PlacedCell[],
  above: readonly PlacedCell[] | undefined,
  widths: readonly number[],
  columns: number,
): string {
  const spannedAbove = (x: number): boolean => above?.some((c) => c.x < x && x < c.x + c.span) === true;
  let text = '';
  for (const cell of row)
    for (let offset = 0; offset < cell.span; offset++) {
      const x = cell.x + offset;
      let corner: string;
      if (above === undefined) corner = x === 0 ? '┌' : offset === 0 ? '┬' : '─';
      else if (x === 0) corner = '├';
      else if (spannedAbove(x)) corner = offset === 0 ? '┬' : '─';
      else corner = offset === 0 ? '┼' : '┴';
      text += corner + '─'.repeat(widths[x]);
    }
  return text + (columns > 0 ? (above === undefined ? '┐' : '┤') : '');
}
