/**
 * Composes one chart image: title, subtitle, legend, the panels, then notes and the source
 * line, all inside a single <svg> with a white background, so a pasted PNG or SVG carries
 * its own title and provenance.
 *
 *   ┌ title (bold) ─────────────────────┐
 *   │ subtitle (wrapped)                │
 *   │ ■ legend  ■ items (wrapped)       │
 *   │ panels (Plot groups, text, …)     │
 *   │ notes                             │
 *   └ Source: leadline …, paper ────────┘
 */
import { drawLegend, type LegendItem } from './legend.ts';
import { INK } from './palette.ts';
import { FONT_FAMILY } from './plotPanel.ts';
import { PAPER_CITATION } from './sourceLine.ts';
import { serializeSvg, svgElement, svgText } from './svgElement.ts';
import { wrapText } from './textWidth.ts';

export const FIGURE_WIDTH = 1000;
export const FIGURE_PADDING = 24;
const TITLE_SIZE = 24;
const SUBTITLE_SIZE = 15;
const NOTE_SIZE = 13;

/** An element placed in the body, at (x, y) from the body's top-left corner. */
export interface BodyItem {
  element: Element;
  x: number;
  y: number;
}

export interface FigureSpec {
  /** Used for the aria-label and the file's <title>. */
  title: string;
  subtitle?: string;
  legend: readonly LegendItem[];
  body: readonly BodyItem[];
  bodyHeight: number;
  notes?: readonly string[];
  /** From `sourceLine(doc)`. */
  source: string;
  width?: number;
}

/** Width available to the body: the figure less its padding. */
export function bodyWidth(width: number = FIGURE_WIDTH): number {
  return width - 2 * FIGURE_PADDING;
}

/** Builds the figure in `document` and returns its SVG markup (with xmlns). */
export function composeFigure(document: Document, spec: FigureSpec): string {
  const width = spec.width ?? FIGURE_WIDTH;
  const inner = bodyWidth(width);
  const svg = svgElement(document, 'svg', {
    width,
    role: 'img',
    'font-family': FONT_FAMILY,
    color: INK.text,
    fill: INK.text,
  });
  svg.appendChild(svgElement(document, 'title')).textContent = spec.title;
  const background = svgElement(document, 'rect', { x: 0, y: 0, width, fill: 'white' });
  svg.appendChild(background);

  let y = FIGURE_PADDING + TITLE_SIZE - 4;
  for (const line of wrapText(spec.title, inner, TITLE_SIZE, true)) {
    svg.appendChild(svgText(document, line, FIGURE_PADDING, y, { size: TITLE_SIZE, weight: 'bold' }));
    y += TITLE_SIZE + 6;
  }
  if (spec.subtitle !== undefined) {
    y += 2;
    for (const line of wrapText(spec.subtitle, inner, SUBTITLE_SIZE)) {
      svg.appendChild(svgText(document, line, FIGURE_PADDING, y, { size: SUBTITLE_SIZE, fill: INK.muted }));
      y += SUBTITLE_SIZE + 5;
    }
  }
  y += 4;
  const legend = drawLegend(document, spec.legend, inner);
  legend.element.setAttribute('transform', `translate(${FIGURE_PADDING},${y})`);
  svg.appendChild(legend.element);
  y += legend.height + 8;

  const body = svgElement(document, 'g', {
    transform: `translate(${FIGURE_PADDING},${y})`,
    'aria-label': 'panels',
  });
  for (const item of spec.body) {
    const placed = svgElement(document, 'g', { transform: `translate(${item.x},${item.y})` });
    placed.appendChild(item.element);
    body.appendChild(placed);
  }
  svg.appendChild(body);
  y += spec.bodyHeight + 10;

  for (const note of spec.notes ?? []) {
    for (const line of wrapText(note, inner, NOTE_SIZE)) {
      y += NOTE_SIZE + 4;
      svg.appendChild(svgText(document, line, FIGURE_PADDING, y, { size: NOTE_SIZE, fill: INK.muted }));
    }
  }
  const source = `Source: ${spec.source}. Model after ${PAPER_CITATION}.`;
  for (const line of wrapText(source, inner, NOTE_SIZE)) {
    y += NOTE_SIZE + 6;
    svg.appendChild(svgText(document, line, FIGURE_PADDING, y, { size: NOTE_SIZE, fill: INK.muted }));
  }
  const height = Math.ceil(y + FIGURE_PADDING - 6);
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('aria-label', spec.title);
  background.setAttribute('height', String(height));
  return serializeSvg(svg);
}
