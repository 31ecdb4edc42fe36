/**
 * Writes a sensitivity analysis as a report folder of its own (default leadline-sensitivity),
 * written as a unit like the run report (reportFolder.ts: staging folder, manifest, commit):
 *
 *   <stem>.json   the result with leadline's version (the --json document)
 *   <stem>.csv    every parameter and group (sensitivityTables.ts)
 *   <stem>.md     the two charts, how to read them, the top rows
 *   charts/<stem>-tornado.svg|png, charts/<stem>-sobol.svg|png
 *
 * with <stem> = sensitivity-<scenario>-<output> made file-safe.
 */
import { join } from 'node:path';
import type { SensitivityResult } from '../analysis/sensitivity/index.ts';
import { sensitivitySourceLine, sobolChart, tornadoChart } from './charts/sensitivityCharts.ts';
import { createNodeDocument } from './nodeDocument.ts';
import { svgToPng } from './png.ts';
import { openReportFolder, type ReportFolder } from './reportFolder.ts';
import { sensitivityCsv, sensitivityDocument, sensitivityMarkdown } from './sensitivityTables.ts';
import { CHARTS_FOLDER } from './writeReport.ts';

export { DEFAULT_SENSITIVITY_OUT_DIR } from './outDirs.ts';

export { sensitivityDocument } from './sensitivityTables.ts';

export function sensitivityStem(result: Pick<SensitivityResult, 'scenario' | 'output'>): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '');
  return `sensitivity-${safe(result.scenario) || 'scenario'}-${safe(result.output)}`;
}

/**
 * Writes the files into `folder` (opened by the caller before the analysis ran, so a folder that
 * cannot be written fails early; or opened here from `outDir`) and commits it.
 */
export async function writeSensitivityReport(
  result: SensitivityResult,
  target: ReportFolder | string,
  version: string,
): Promise<{ files: string[]; markdownPath: string }> {
  const folder = typeof target === 'string' ? await openReportFolder(target) : target;
  const files: string[] = [];
  try {
    const stem = sensitivityStem(result);
    const source = sensitivitySourceLine(result, version);
    const document = createNodeDocument();
    const write = async (relative: string, content: string | Uint8Array) => {
      await folder.write(relative, content);
      files.push(join(folder.target, relative));
    };
    const images = {
      tornado: `${CHARTS_FOLDER}/${stem}-tornado.png`,
      sobol: `${CHARTS_FOLDER}/${stem}-sobol.png`,
    };
    const tornado = tornadoChart(result, { document }, source);
    const sobol = sobolChart(result, { document }, source);
    await write(`${CHARTS_FOLDER}/${stem}-tornado.svg`, tornado);
    await write(images.tornado, svgToPng(tornado));
    await write(`${CHARTS_FOLDER}/${stem}-sobol.svg`, sobol);
    await write(images.sobol, svgToPng(sobol));
    await write(`${stem}.json`, `${JSON.stringify(sensitivityDocument(result, version), null, 2)}\n`);
    await write(`${stem}.csv`, sensitivityCsv(result));
    await write(`${stem}.md`, sensitivityMarkdown(result, images, source));
    await folder.commit();
    return { files, markdownPath: join(folder.target, `${stem}.md`) };
  } catch (error) {
    await folder.abandon();
    throw error;
  }
}
