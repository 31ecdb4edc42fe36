/**
 * Estimated advance width of a line of text in DejaVu Sans, the font the PNGs are drawn with
 * (per-character advances in em, rounded from the font's hmtx table, 2048 units per em).
 * Used to lay out legends and wrap subtitles without measuring in a live DOM.
 */

const NARROW = new Set([..." .,:;'|!ijlI()[]/\u2009"]);
const SEMI_NARROW = new Set([...'frt-"']);
const WIDE = new Set([...'mwMW%—@']);

function charEm(ch: string): number {
  if (NARROW.has(ch)) return 0.3;
  if (SEMI_NARROW.has(ch)) return 0.4;
  if (WIDE.has(ch)) return 0.9;
  if (ch >= '0' && ch <= '9') return 0.64;
  if (ch >= 'A' && ch <= 'Z') return 0.7;
  return 0.62;
}

/** Width in px of `text` at `fontSize` px; bold adds about 12%. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? 1.12 : 1);
}

/** Greedy word wrap of `text` into lines no wider than `maxWidth` px. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** `text` cut to fit `maxWidth` px, with an ellipsis when cut. */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
