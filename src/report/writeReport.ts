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
 * The folder is written as a unit (reportFolder.ts): the files go into a staging folder beside
 * it, which then replaces it, so a reader sees the whole old report or the whole new one. A
 * folder holding files leadline did not write is refused, not overwritten.
 */
import { join } from 'node:path';
import type { ResultsDocument } from '../analysis/results.ts';
import { type RenderedChart, renderCharts } from './charts/chartSet.ts';
import { csvFileNames, runCsv } from './csv.ts';
import { htmlReport } from './htmlReport.ts';
import { markdownReport } from './markdownReport.ts';
import { createNodeDocument } from './nodeDocument.ts';
import { svgToPng } from './png.ts';
import { openReportFolder, type ReportFolder } from './reportFolder.ts';

export interface WriteReportOptions {
  /** Write charts/<id>.png (default true). Without PNGs, report.md points at the SVGs. */
  png?: boolean;
  /** PNG width in px (default: the charts' own width, 1000). */
  pngWidth?: number;
  /** Folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf (default /usr/share/fonts/truetype/dejavu). */
  fontDir?: string;
  /** Document to draw charts in (default: a fresh linkedom document). */
  document?: Document;
  /** Replace a folder that holds files leadline did not write (they are deleted). */
  force?: boolean;
  /**
   * A folder already opened with openReportFolder (the CLI opens it before the model runs, so
   * a folder it cannot write fails early); `outDir` must be its target. Committed here.
   */
  folder?: ReportFolder;
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
  const folder = options.folder ?? (await openReportFolder(outDir, { force: options.force }));
  try {
    const files = await writeFiles(doc, folder, options);
    await folder.commit();
    return { files, reportPath: join(folder.target, 'report.html') };
  } catch (error) {
    await folder.abandon();
    throw error;
  }
}

/** Writes every file into the staging folder; returns their final absolute paths. */
async function writeFiles(
  doc: ResultsDocument,
  folder: ReportFolder,
  options: WriteReportOptions,
): Promise<string[]> {
  const files: string[] = [];
  const write = async (relative: string, content: string | Uint8Array) => {
    await folder.write(relative, content);
    files.push(join(folder.target, relative));
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
  return files;
}
