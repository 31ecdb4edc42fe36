/**
 * SVG → PNG with resvg, in Node. resvg is given the DejaVu fonts explicitly (STACK.md): with
 * system fonts off and no font files, text is dropped or falls back to a serif face.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const DEFAULT_FONT_DIR = '/usr/share/fonts/truetype/dejavu';
export const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'] as const;

/** resvg font settings (STACK.md): only the DejaVu files, DejaVu Sans for default and sans-serif. */
export interface PngFontOptions {
  loadSystemFonts: false;
  fontFiles: string[];
  defaultFontFamily: string;
  sansSerifFamily: string;
}

export function pngFontOptions(fontDir: string = DEFAULT_FONT_DIR): PngFontOptions {
  return {
    loadSystemFonts: false,
    fontFiles: FONT_FILES.map((file) => join(fontDir, file)),
    defaultFontFamily: 'DejaVu Sans',
    sansSerifFamily: 'DejaVu Sans',
  };
}

export const PNG_FONT_OPTIONS = pngFontOptions();

export interface PngOptions {
  /** Output width in px; default: the SVG's own width (1000 for leadline charts). */
  width?: number;
  /** Folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf. */
  fontDir?: string;
}

/** Renders SVG markup to PNG bytes. Throws when the font files are missing. */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  const font = pngFontOptions(options.fontDir);
  const missing = font.fontFiles.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `cannot draw chart text: font file not found: ${missing.join(', ')} (install fonts-dejavu-core)`,
    );
  }
  const resvg = new Resvg(svg, {
    font,
    fitTo: options.width === undefined ? { mode: 'original' } : { mode: 'width', value: options.width },
    background: 'white',
  });
  return resvg.render().asPng();
}
