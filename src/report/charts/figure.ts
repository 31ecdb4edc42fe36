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
import { drawLegend, LEGEND_FONT_SIZE, type LegendItem } from './legend.ts';
import { INK } from './palette.ts';
import { FONT_FAMILY } from './plotPanel.ts';
import { PAPER_CITATION } from './sourceLine.ts';
import { serializeSvg, svgElement, svgText } from './svgElement.ts';
import { wrapText } from './textWidth.ts';

export const FIGURE_WIDTH = 1000;
export const FIGURE_PADDING = 24;
/** Below this image width [px] (a phone), text, padding and legend are set smaller. */
export const NARROW_FIGURE_WIDTH = 600;
const NARROW_PADDING = 10;

/**
 * Whether a figure `width` px wide is drawn in its compact (phone) form: every chart then lays
 * out its panels for that width, with fewer ticks and text of at least 12 px, instead of being
 * drawn wide and scaled down.
 */
export function isNarrowFigure(width: number = FIGURE_WIDTH): boolean {
  return width < NARROW_FIGURE_WIDTH;
}

/** Text sizes [px] of a figure `width` px wide. */
function textSizes(width: number): { title: number; subtitle: number; note: number; legend: number } {
  return isNarrowFigure(width)
    ? { title: 17, subtitle: 12, note: 12, legend: 12 }
    : { title: 24, subtitle: 15, note: 13, legend: LEGEND_FONT_SIZE };
}

/** Padding [px] around a figure `width` px wide. */
function paddingOf(width: number): number {
  return isNarrowFigure(width) ? NARROW_PADDING : FIGURE_PADDING;
}

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
  return width - 2 * paddingOf(width);
}

/** Builds the figure in `document` and returns its SVG markup (with xmlns). */
export function composeFigure(document: Document, spec: FigureSpec): string {
  const width = spec.width ?? FIGURE_WIDTH;
  const inner = bodyWidth(width);
  const sizes = textSizes(width);
  const padding = paddingOf(width);
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

  let y = padding + sizes.title - 4;
  for (const line of wrapText(spec.title, inner, sizes.title, true)) {
    svg.appendChild(svgText(document, line, padding, y, { size: sizes.title, weight: 'bold' }));
    y += sizes.title + 6;
  }
  if (spec.subtitle !== undefined) {
    y += 2;
    for (const line of wrapText(spec.subtitle, inner, sizes.subtitle)) {
      svg.appendChild(svgText(document, line, padding, y, { size: sizes.subtitle, fill: INK.muted }));
      y += sizes.subtitle + 5;
    }
  }
  y += 4;
  const legend = drawLegend(document, spec.legend, inner, sizes.legend);
  legend.element.setAttribute('transform', `translate(${padding},${y})`);
  svg.appendChild(legend.element);
  y += legend.height + 8;

  const body = svgElement(document, 'g', {
    transform: `translate(${padding},${y})`,
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
    for (const line of wrapText(note, inner, sizes.note)) {
      y += sizes.note + 4;
      svg.appendChild(svgText(document, line, padding, y, { size: sizes.note, fill: INK.muted }));
    }
  }
  const source = `Source: ${spec.source}. Model after ${PAPER_CITATION}.`;
  for (const line of wrapText(source, inner, sizes.note)) {
    y += sizes.note + 6;
    svg.appendChild(svgText(document, line, padding, y, { size: sizes.note, fill: INK.muted }));
  }
  const height = Math.ceil(y + padding - 6);
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('aria-label', spec.title);
  background.setAttribute('height', String(height));
  return serializeSvg(svg);
}
