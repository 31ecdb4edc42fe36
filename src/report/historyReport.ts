/**
 * Writes the history report as a report folder of its own (default leadline-history), written
 * as a unit like the run report (reportFolder.ts: staging folder, manifest, commit):
 *
 *   history result ─┬─ charts/<quantity>.svg and .png (one chart per observed quantity)
 *                   ├─ history.md (fit tables, calibration, charts, observations with sources)
 *                   └─ history.json (as `leadline history --json`)
 */
import { join } from 'node:path';
import type { HistoryResult } from '../analysis/index.ts';
import { historyChart } from './charts/historyChart.ts';
import { historyMarkdown } from './historyMarkdown.ts';
import { createNodeDocument } from './nodeDocument.ts';
import { svgToPng } from './png.ts';
import { openReportFolder, type ReportFolder } from './reportFolder.ts';

export { DEFAULT_HISTORY_OUT_DIR } from './outDirs.ts';

/**
 * Writes the files into `target` (a folder opened by the caller before the model ran, or a path
 * to open here) and commits it; abandons the folder on failure.
 */
export async function writeHistoryReport(
  history: HistoryResult,
  target: ReportFolder | string,
  options: { fontDir?: string; png?: boolean } = {},
): Promise<{ files: string[]; reportPath: string }> {
  const folder = typeof target === 'string' ? await openReportFolder(target) : target;
  try {
    const files: string[] = [];
    const write = async (name: string, content: string | Uint8Array) => {
      await folder.write(name, content);
      files.push(join(folder.target, name));
    };
    const withPng = options.png ?? true;
    const images: string[] = [];
    for (const band of history.bands) {
      const svg = historyChart(history, band, { document: createNodeDocument() });
      await write(`charts/${band.quantity}.svg`, svg);
      if (withPng) await write(`charts/${band.quantity}.png`, svgToPng(svg, { fontDir: options.fontDir }));
      images.push(`charts/${band.quantity}.${withPng ? 'png' : 'svg'}`);
    }
    await write('history.json', `${JSON.stringify(history, null, 2)}\n`);
    await write('history.md', historyMarkdown(history, images));
    await folder.commit();
    return { files, reportPath: join(folder.target, 'history.md') };
  } catch (error) {
    await folder.abandon();
    throw error;
  }
}
