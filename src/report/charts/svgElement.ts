/** Small helpers to build SVG elements in any DOM `Document` (browser or linkedom). */

export const SVG_NS = 'http://www.w3.org/2000/svg';

export type Attributes = Readonly<Record<string, string | number>>;

/** A new SVG element `name` with `attributes`. */
export function svgElement(document: Document, name: string, attributes: Attributes = {}): SVGElement {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

export interface TextStyle {
  size: number;
  weight?: 'normal' | 'bold';
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
}

/** A <text> at (x, baseline y). */
export function svgText(
  document: Document,
  text: string,
  x: number,
  y: number,
  style: TextStyle,
): SVGElement {
  const element = svgElement(document, 'text', {
    x,
    y,
    'font-size': style.size,
    'font-weight': style.weight ?? 'normal',
    'text-anchor': style.anchor ?? 'start',
    fill: style.fill ?? 'currentColor',
  });
  element.textContent = text;
  return element;
}

/**
 * The markup of an SVG element as a standalone document fragment. linkedom's (and the
 * browsers') `outerHTML` leaves out the namespace, which SVG files and resvg need.
 */
export function serializeSvg(svg: Element): string {
  const markup = svg.outerHTML;
  if (/^<svg[^>]*\sxmlns=/.test(markup)) return markup;
  return markup.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
}
