/**
 * Writes a sensitivity analysis into a report folder, beside (never over) the run report:
 *
 *   <stem>.json   the result with leadline's version (the --json document)
 *   <stem>.csv    every parameter and group (sensitivityTables.ts)
 *   <stem>.md     the two charts, how to read them, the top rows
 *   charts/<stem>-tornado.svg|png, charts/<stem>-sobol.svg|png
 *
 * with <stem> = sensitivity-<scenario>-<output> made file-safe. Each file is written atomically.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SensitivityResult } from '../analysis/sensitivity/index.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import { sensitivitySourceLine, sobolChart, tornadoChart } from './charts/sensitivityCharts.ts';
import { createNodeDocument } from './nodeDocument.ts';
import { svgToPng } from './png.ts';
import { sensitivityCsv, sensitivityMarkdown } from './sensitivityTables.ts';
import { CHARTS_FOLDER } from './writeReport.ts';

/** The --json document: the result with the version that made it. */
export function sensitivityDocument(result: SensitivityResult, version: string): object {
  return { leadlineVersion: version, ...result };
}

export function sensitivityStem(result: Pick<SensitivityResult, 'scenario' | 'output'>): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '');
  return `sensitivity-${safe(result.scenario) || 'scenario'}-${safe(result.output)}`;
}

export async function writeSensitivityReport(
  result: SensitivityResult,
  outDir: string,
  version: string,
): Promise<{ files: string[]; markdownPath: string }> {
  const root = resolve(outDir);
  await mkdir(join(root, CHARTS_FOLDER), { recursive: true });
  const stem = sensitivityStem(result);
  const source = sensitivitySourceLine(result, version);
  const document = createNodeDocument();
  const files: string[] = [];
  const write = async (relative: string, content: string | Uint8Array) => {
    const path = join(root, relative);
    await writeFileAtomic(path, content);
    files.push(path);
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
  return { files, markdownPath: join(root, `${stem}.md`) };
}
