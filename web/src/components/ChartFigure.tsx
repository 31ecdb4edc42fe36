/**
 * One chart: the report's SVG drawn in this document, parsed as XML (never as HTML) and
 * scaled to its container; under it the text summary, a table view, downloads and an embed link.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { drawWidthOf, type WebChart } from '../charts.ts';
import { downloadPng, downloadText } from '../downloads.ts';
import type { ResultsDocument } from '../lib.ts';
import { TableView } from './TableView.tsx';

export interface ChartFigureProps {
  readonly chart: WebChart;
  readonly doc: ResultsDocument;
  /** Drawing width in px (the SVG then scales to the column). */
  readonly width: number;
  readonly embedLink?: string;
  readonly compact?: boolean;
}

/** The SVG element of `markup`, parsed by the XML parser (scripts in it would not run). */
export function parseSvg(markup: string): SVGSVGElement | null {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.nodeName !== 'svg') return null;
  const svg = document.importNode(root, true) as unknown as SVGSVGElement;
  const width = svg.getAttribute('width');
  const height = svg.getAttribute('height');
  if (!svg.getAttribute('viewBox') && width && height) svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return svg;
}

export function ChartFigure({ chart, doc, width, embedLink, compact }: ChartFigureProps) {
  const holder = useRef<HTMLDivElement>(null);
  const drawWidth = drawWidthOf(chart, width);
  const markup = useMemo(() => chart.draw(doc, { document, width: drawWidth }), [chart, doc, drawWidth]);
  const summaryId = `summary-${chart.id}`;
  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    el.replaceChildren();
    const svg = markup ? parseSvg(markup) : null;
    if (svg) {
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', chart.title);
      svg.setAttribute('aria-describedby', summaryId);
      el.append(svg);
    }
  }, [markup, chart, summaryId]);
  if (markup === null) return null;
  const table = chart.table(doc);
  return (
    <figure class="chart" id={`chart-${chart.id}`}>
      <div class="chart-svg" ref={holder} />
      <figcaption>
        <p id={summaryId} class="chart-summary">
          {chart.summary(doc)}
        </p>
      </figcaption>
      {!compact && (
        <div class="chart-tools">
          {table && (
            <details class="table-view">
              <summary>Table view</summary>
              <TableView table={table} />
            </details>
          )}
          <div class="buttons">
            <button type="button" onClick={() => downloadText(`${chart.id}.svg`, markup, 'image/svg+xml')}>
              SVG
            </button>
            <button type="button" onClick={() => void downloadPng(`${chart.id}.png`, markup)}>
              PNG
            </button>
            {embedLink && (
              <a class="button" href={embedLink} data-embed={chart.id}>
                Embed this chart
              </a>
            )}
          </div>
        </div>
      )}
    </figure>
  );
}
