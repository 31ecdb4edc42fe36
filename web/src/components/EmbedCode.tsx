/**
 * "Embed this chart": the `<iframe>` code a journalist pastes into an article (the embed link,
 * one chart alone with its source line and a link back, at EMBED_WIDTH × EMBED_HEIGHT px), with a
 * Copy button and a preview link.
 */
import { useState } from 'preact/hooks';

/** The iframe's size [px]: the embed view fits its chart to the frame's height. */
export const EMBED_WIDTH = 600;
export const EMBED_HEIGHT = 450;

const attribute = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The HTML to paste: an iframe of the absolute embed `url`, titled for screen readers. */
export function iframeCode(url: string, title: string): string {
  return `<iframe src="${attribute(url)}" width="${EMBED_WIDTH}" height="${EMBED_HEIGHT}" title="${attribute(title)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

export function EmbedCode({ chartId, title, link }: { chartId: string; title: string; link: string }) {
  const [copied, setCopied] = useState(false);
  const code = iframeCode(new URL(link, window.location.href).href, title);
  return (
    <details class="embed-code" data-embed={chartId}>
      <summary>Embed this chart</summary>
      <p>
        Paste this into a page ({EMBED_WIDTH}×{EMBED_HEIGHT} px; the chart fits the frame):{' '}
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(code).then(() => setCopied(true));
          }}
        >
          {copied ? 'Copied' : 'Copy the code'}
        </button>{' '}
        <a href={link} target="_blank" rel="noopener">
          Preview
        </a>
      </p>
      <textarea readOnly rows={3} aria-label={`Embed code of ${title}`} value={code} />
    </details>
  );
}
