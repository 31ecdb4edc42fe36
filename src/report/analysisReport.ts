/**
 * The report folder of a policy analysis (`leadline attribute|window|target|discover --out DIR`),
 * written as a unit like the run's report (reportFolder.ts):
 *
 *   DIR/<name>.json   the result, as --json prints it
 *   DIR/<name>.csv    the rows, as --csv prints them
 *   DIR/<name>.svg, .png   the chart (when the analysis has one)
 *   DIR/<name>.md     the text output and the chart
 */
import { join } from 'node:path';
import { svgToPng } from './png.ts';
import type { ReportFolder } from './reportFolder.ts';

export interface AnalysisReport {
  /** File stem: "attribution", "window", "target", "discover". */
  readonly name: string;
  readonly title: string;
  readonly json: unknown;
  readonly csv: string;
  /** The terminal text (a table and its reading). */
  readonly text: string;
  readonly svg?: string;
}

/** Writes the report into a folder opened with openReportFolder (before the analysis ran) and commits it. */
export async function writeAnalysisReport(
  report: AnalysisReport,
  folder: ReportFolder,
  options: { fontDir?: string } = {},
): Promise<{ reportPath: string }> {
  try {
    const { name } = report;
    await folder.write(`${name}.json`, `${JSON.stringify(report.json, null, 2)}\n`);
    await folder.write(`${name}.csv`, report.csv);
    const lines = [`# ${report.title}`, '', '```', report.text.trimEnd(), '```', ''];
    if (report.svg !== undefined) {
      await folder.write(`${name}.svg`, report.svg);
      await folder.write(`${name}.png`, svgToPng(report.svg, { fontDir: options.fontDir }));
      lines.push(`![${report.title}](${name}.png)`, '');
    }
    lines.push(`Data: [${name}.json](${name}.json), [${name}.csv](${name}.csv).`, '');
    await folder.write(`${name}.md`, lines.join('\n'));
    await folder.commit();
    return { reportPath: join(folder.target, `${name}.md`) };
  } catch (error) {
    await folder.abandon();
    throw error;
  }
}
