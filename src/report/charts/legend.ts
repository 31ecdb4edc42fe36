/** A legend drawn as SVG swatches and labels, wrapped into rows to fit a width. */
import { BAND_EDGE_OPACITY, BAND_FILL_OPACITY, INK } from './palette.ts';
import { svgElement, svgText } from './svgElement.ts';
import { textWidth, truncateText } from './textWidth.ts';

export type SwatchKind =
  | 'line'
  | 'dashed'
  | 'band'
  | 'bands'
  | 'zone'
  | 'bar'
  | 'dot'
  | 'hollow'
  | 'diamond'
  | 'errorbar';

export interface LegendItem {
  label: string;
  kind: SwatchKind;
  color: string;
  /**
   * 'bands': the colours of the 10–90% bands as the chart draws them (scenarioLines.ts
   * bandColors), one vertical strip each, with the chart's fill and edge opacity.
   */
  colors?: readonly string[];
}

export const LEGEND_FONT_SIZE = 14;
const ROW_HEIGHT = 24;
const SWATCH_WIDTH = 30;
const SWATCH_GAP = 8;
const ITEM_GAP = 26;

function swatch(document: Document, item: LegendItem, y: number): SVGElement {
  const mid = y - 5;
  const { color } = item;
  switch (item.kind) {
    case 'line':
      return svgElement(document, 'line', {
        x1: 0,
        x2: SWATCH_WIDTH,
        y1: mid,
        y2: mid,
        stroke: color,
        'stroke-width': 3,
      });
    case 'dashed':
      return svgElement(document, 'line', {
        x1: 0,
        x2: SWATCH_WIDTH,
        y1: mid,
        y2: mid,
        stroke: color,
        'stroke-width': 3,
        'stroke-dasharray': '7,4',
      });
    case 'errorbar': {
      const c = SWATCH_WIDTH / 2;
      return svgElement(document, 'path', {
        d: `M${c},${mid - 9}V${mid + 9}M${c - 6},${mid - 9}H${c + 6}M${c - 6},${mid + 9}H${c + 6}`,
        fill: 'none',
        stroke: color,
        'stroke-width': 1.5,
      });
    }
    case 'band':
      return svgElement(document, 'rect', {
        x: 0,
        y: mid - 8,
        width: SWATCH_WIDTH,
        height: 16,
        fill: color,
        'fill-opacity': 0.25,
      });
    case 'bands':
      return bandsSwatch(document, item.colors ?? [color], mid);
    case 'zone':
      return zoneSwatch(document, color, mid);
    case 'bar':
      return svgElement(document, 'rect', {
        x: 4,
        y: mid - 8,
        width: SWATCH_WIDTH - 8,
        height: 16,
        fill: color,
      });
    case 'dot':
      return svgElement(document, 'circle', { cx: SWATCH_WIDTH / 2, cy: mid, r: 6, fill: color });
    case 'hollow':
      return svgElement(document, 'circle', {
        cx: SWATCH_WIDTH / 2,
        cy: mid,
        r: 7,
        fill: 'none',
        stroke: color,
        'stroke-width': 2.5,
      });
    case 'diamond': {
      const c = SWATCH_WIDTH / 2;
      return svgElement(document, 'path', {
        d: `M${c},${mid - 8}L${c + 8},${mid}L${c},${mid + 8}L${c - 8},${mid}Z`,
        fill: 'white',
        stroke: color,
        'stroke-width': 2,
      });
    }
  }
}

/** Strips of translucent fill with darker top and bottom edges, as scenarioBands draws a band. */
function bandsSwatch(document: Document, colors: readonly string[], mid: number): SVGElement {
  const group = svgElement(document, 'g', {});
  const strip = SWATCH_WIDTH / Math.max(1, colors.length);
  colors.forEach((fill, i) => {
    const x = i * strip;
    group.appendChild(
      svgElement(document, 'rect', {
        x,
        y: mid - 8,
        width: strip,
        height: 16,
        fill,
        'fill-opacity': BAND_FILL_OPACITY,
      }),
    );
    for (const y of [mid - 8, mid + 8]) {
      group.appendChild(
        svgElement(document, 'line', {
          x1: x,
          x2: x + strip,
          y1: y,
          y2: y,
          stroke: fill,
          'stroke-opacity': BAND_EDGE_OPACITY,
          'stroke-width': 1,
        }),
      );
    }
  });
  return group;
}

/** An opaque fill between dashed grey edges, as the lead chart draws the paper's worlds. */
function zoneSwatch(document: Document, fill: string, mid: number): SVGElement {
  const group = svgElement(document, 'g', {});
  group.appendChild(
    svgElement(document, 'rect', { x: 0, y: mid - 8, width: SWATCH_WIDTH, height: 16, fill }),
  );
  for (const y of [mid - 8, mid + 8]) {
    group.appendChild(
      svgElement(document, 'line', {
        x1: 0,
        x2: SWATCH_WIDTH,
        y1: y,
        y2: y,
        stroke: INK.bandStroke,
        'stroke-dasharray': '3,3',
      }),
    );
  }
  return group;
}

export interface PlacedLegend {
  element: SVGElement;
  height: number;
}

/** Lays out `items` left to right, wrapping at `maxWidth`; returns the group and its height. */
export function drawLegend(
  document: Document,
  items: readonly LegendItem[],
  maxWidth: number,
  fontSize: number = LEGEND_FONT_SIZE,
): PlacedLegend {
  const rowHeight = ROW_HEIGHT - LEGEND_FONT_SIZE + fontSize;
  const group = svgElement(document, 'g', { 'aria-label': 'legend' });
  if (items.length === 0) return { element: group, height: 0 };
  let x = 0;
  let row = 0;
  for (const item of items) {
    const label = truncateText(item.label, maxWidth - SWATCH_WIDTH - SWATCH_GAP, fontSize);
    const width = SWATCH_WIDTH + SWATCH_GAP + textWidth(label, fontSize);
    if (x > 0 && x + width > maxWidth) {
      x = 0;
      row += 1;
    }
    const baseline = row * rowHeight + fontSize;
    const entry = svgElement(document, 'g', { transform: `translate(${x},0)`, class: 'legend-item' });
    entry.appendChild(swatch(document, item, baseline));
    entry.appendChild(svgText(document, label, SWATCH_WIDTH + SWATCH_GAP, baseline, { size: fontSize }));
    group.appendChild(entry);
    x += width + ITEM_GAP;
  }
  return { element: group, height: (row + 1) * rowHeight };
}
