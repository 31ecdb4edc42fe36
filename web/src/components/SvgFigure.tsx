/** An SVG chart from markup, parsed as XML and scaled to its column, with SVG and PNG downloads. */
import { useEffect, useRef } from 'preact/hooks';
import { downloadPng, downloadText } from '../downloads.ts';
import { parseSvg } from './ChartFigure.tsx';

export function SvgFigure({
  markup,
  label,
  file,
  summary,
}: {
  readonly markup: string;
  readonly label: string;
  readonly file: string;
  readonly summary: string;
}) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    el.replaceChildren();
    const svg = parseSvg(markup);
    if (svg) {
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', label);
      el.append(svg);
    }
  }, [markup, label]);
  return (
    <figure class="chart">
      <div class="chart-svg" ref={holder} />
      <figcaption>
        <p class="chart-summary">{summary}</p>
      </figcaption>
      <div class="chart-tools">
        <div class="buttons">
          <button type="button" onClick={() => downloadText(`${file}.svg`, markup, 'image/svg+xml')}>
            SVG
          </button>
          <button type="button" onClick={() => void downloadPng(`${file}.png`, markup)}>
            PNG
          </button>
        </div>
      </div>
    </figure>
  );
}
