/**
 * One chart: the report's SVG drawn in this document, parsed as XML (never as HTML) and
 * scaled to its container; under it the text summary, a table view, downloads and an embed link.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { drawWidthOf, type WebChart } from '../charts.ts';
import { downloadPng, downloadText } from '../downloads.ts';
import type { ResultsDocument } from '../lib.ts';
import { EmbedCode } from './EmbedCode.tsx';
import { TableView } from './TableView.tsx';
import { useLazyValue } from './useLazyValue.ts';

export interface ChartFigureProps {
  readonly chart: WebChart;
  readonly doc: ResultsDocument;
  /** Drawing width in px (the SVG then scales to the column). */
  readonly width: number;
  readonly embedLink?: string;
  readonly compact?: boolean;
  /** Drawn when near the screen, or when idle (useLazyValue.ts): the charts below the fan chart. */
  readonly lazy?: boolean;
  /** Whether `doc` is the full count's rather than a first estimate (default true). */
  readonly settled?: boolean;
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

export function ChartFigure({ chart, doc, width, embedLink, compact, lazy, settled }: ChartFigureProps) {
  const holder = useRef<HTMLDivElement>(null);
  const drawWidth = drawWidthOf(chart, width);
  const drawDoc = useLazyValue(holder, doc, { lazy: lazy === true, settled: settled !== false });
  // undefined: not drawn yet (a lazy chart); null: nothing to draw for this document
  const markup = useMemo(
    () => (drawDoc === null ? undefined : chart.draw(drawDoc, { document, width: drawWidth })),
    [chart, drawDoc, drawWidth],
  );
  const download = (): string => markup ?? chart.draw(doc, { document, width: drawWidth }) ?? '';
  const summaryId = `summary-${chart.id}`;
  useEffect(() => {
    const el = holder.current;
    if (!el || markup === undefined) return;
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
            <button
              type="button"
              onClick={() => downloadText(`${chart.id}.svg`, download(), 'image/svg+xml')}
            >
              SVG
            </button>
            <button type="button" onClick={() => void downloadPng(`${chart.id}.png`, download())}>
              PNG
            </button>
          </div>
          {embedLink && <EmbedCode chartId={chart.id} title={chart.title} link={embedLink} />}
        </div>
      )}
    </figure>
  );
}
