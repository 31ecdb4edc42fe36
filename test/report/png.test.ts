import { describe, expect, it } from 'vitest';
import { leadChart } from '../../src/report/charts/index.ts';
import { createNodeDocument } from '../../src/report/nodeDocument.ts';
import { svgToPng } from '../../src/report/png.ts';
import { resultsFixture } from './fixtures/resultsFixture.ts';
import { pngSize, svgSize } from './svgText.ts';

const svg = leadChart(resultsFixture(), { document: createNodeDocument() }) ?? '';

describe('svgToPng(svg, options)', () => {
  it('renders a PNG at the SVG’s own size by default', () => {
    const png = svgToPng(svg);
    expect(pngSize(png)).toEqual(svgSize(svg));
    expect(pngSize(png).width).toBe(1000);
  });

  it('scales to a given width, keeping the aspect ratio', () => {
    const { width, height } = svgSize(svg);
    const png = svgToPng(svg, { width: 2000 });
    expect(pngSize(png)).toEqual({ width: 2000, height: Math.round((height * 2000) / width) });
  });

  it('draws the text: a chart renders differently from the same chart without its text', () => {
    // resvg silently drops text it has no font for; with DejaVu loaded the bytes differ.
    const withoutText = svg.replace(/<text\b[\s\S]*?<\/text>/g, '');
    expect(Buffer.compare(svgToPng(svg), svgToPng(withoutText))).not.toBe(0);
  });

  it('throws a clear error when the font files are missing', () => {
    expect(() => svgToPng(svg, { fontDir: '/nonexistent-fonts' })).toThrow(
      /font file not found.*DejaVuSans\.ttf/,
    );
  });
});
