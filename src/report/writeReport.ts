/**
 * Writes a report folder from a results document:
 *
 *   results document ─┬─ charts (SVG, via Plot in a linkedom document) ─┬─ charts/<id>.svg
 *                     │                                                 ├─ charts/<id>.png (resvg)
 *                     │                                                 └─ report.html (inline SVG)
 *                     ├─ report.md (PNG charts beside it)
 *                     ├─ results.json (the document, pretty-printed)
 *                     └─ <scenario>.csv (one per run)
 *
 * The folder is created if needed and updated file by file, each file written atomically.
 * Nothing else in it is touched: files the user put there are never deleted or overwritten,
 * unless they have the name of a file the report writes.
 */
import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ResultsDocument } from '../analysis/results.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import { type RenderedChart, renderCharts } from './charts/chartSet.ts';
import { csvFileNames, runCsv } from './csv.ts';
import { htmlReport } from './htmlReport.ts';
import { markdownReport } from './markdownReport.ts';
import { messages } from './messages.ts';
import { createNodeDocument } from './nodeDocument.ts';
import { svgToPng } from './png.ts';

export interface WriteReportOptions {
  /** Write charts/<id>.png (default true). Without PNGs, report.md points at the SVGs. */
  png?: boolean;
  /** PNG width in px (default: the charts' own width, 1000). */
  pngWidth?: number;
  /** Folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf (default /usr/share/fonts/truetype/dejavu). */
  fontDir?: string;
  /** Document to draw charts in (default: a fresh linkedom document). */
  document?: Document;
}

export interface WriteReportResult {
  /** Absolute paths of every file written, in the order written. */
  files: string[];
  /** Absolute path of report.html. */
  reportPath: string;
}

export const CHARTS_FOLDER = 'charts';

export async function writeReport(
  doc: ResultsDocument,
  outDir: string,
  options: WriteReportOptions = {},
): Promise<WriteReportResult> {
  const root = resolve(outDir);
  await ensureFolder(root);
  await ensureFolder(join(root, CHARTS_FOLDER));
  const files: string[] = [];
  const write = async (relative: string, content: string | Uint8Array) => {
    const path = join(root, relative);
    await writeFileAtomic(path, content);
    files.push(path);
  };

  const charts = renderCharts(doc, { document: options.document ?? createNodeDocument() });
  const withPng = options.png ?? true;
  const imagePath = (chart: RenderedChart) => `${CHARTS_FOLDER}/${chart.id}.${withPng ? 'png' : 'svg'}`;
  for (const chart of charts) {
    await write(`${CHARTS_FOLDER}/${chart.id}.svg`, chart.svg);
    if (withPng)
      await write(
        imagePath(chart),
        svgToPng(chart.svg, { width: options.pngWidth, fontDir: options.fontDir }),
      );
  }

  await write('results.json', `${JSON.stringify(doc, null, 2)}\n`);
  const csvNames = csvFileNames(doc.runs);
  for (let i = 0; i < doc.runs.length; i++) await write(csvNames[i], runCsv(doc.runs[i]));

  await write('report.md', markdownReport({ doc, charts, imagePath }));
  const linked = ['report.md', 'results.json', ...csvNames, ...charts.map(imagePath)];
  await write('report.html', htmlReport({ doc, charts, files: linked }));
  return { files, reportPath: join(root, 'report.html') };
}

/** Creates `path` (and parents) unless it is already a folder; fails if it is a file. */
async function ensureFolder(path: string): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing === null) {
    await mkdir(path, { recursive: true });
    return;
  }
  if (!existing.isDirectory()) throw new Error(messages.notAFolder(path));
}
