/**
 * Shared Observable Plot settings, and the step that turns a Plot <svg> into a <g> that a
 * composed figure can place. Plot's own <style> (with `height: auto`) is dropped: inside
 * another SVG it would resize the panel in browsers.
 */
import type { PlotOptions } from '@observablehq/plot';
import { INK } from './palette.ts';
import { svgElement } from './svgElement.ts';

/** Font stack: DejaVu Sans first, the font the PNG renderer is given. */
export const FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif";
/** Axis and tick text [px]; at the default 1000 px PNG width this is the smallest text. */
export const AXIS_FONT_SIZE = 13;

/** Options every panel shares: the document to draw in, size, font. */
export function panelOptions(document: Document, width: number, height: number): PlotOptions {
  return {
    document,
    width,
    height,
    style: { fontSize: `${AXIS_FONT_SIZE}px`, fontFamily: FONT_FAMILY, color: INK.text, overflow: 'visible' },
  };
}

/** Attributes of Plot's root <svg> that describe its box, not its content. */
const BOX_ATTRIBUTES = new Set(['width', 'height', 'viewBox', 'viewbox', 'class', 'xmlns']);

/** Moves the content of a Plot <svg> into a <g> translated to (x, y), keeping inherited styling. */
export function plotToGroup(document: Document, plot: Element, x: number, y: number): SVGElement {
  const group = svgElement(document, 'g', { transform: `translate(${x},${y})` });
  for (const attribute of Array.from(plot.attributes)) {
    if (!BOX_ATTRIBUTES.has(attribute.name)) group.setAttribute(attribute.name, attribute.value);
  }
  for (const child of Array.from(plot.childNodes)) {
    if (child.nodeName.toLowerCase() === 'style') continue;
    group.appendChild(child);
  }
  return group;
}
