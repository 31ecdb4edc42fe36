/**
 * Writes the history report as a report folder of its own (default leadline-history), written
 * as a unit like the run report (reportFolder.ts: staging folder, manifest, commit):
 *
 *   history result ─┬─ charts/<quantity>.svg and .png (one chart per observed quantity)
 *                   ├─ history.md (fit tables, calibration, charts, observations with sources)
 *                   └─ history.json (as `leadline history --json`)
 */
import { join } from 'node:path';
import { formatNumber, formatShare, NOT_A_NUMBER, withMinus } from '../analysis/format.ts';
import type { FitTable, HistoryResult } from '../analysis/index.ts';
import { historyChart } from './charts/historyChart.ts';
import { createNodeDocument } from './nodeDocument.ts';
import { svgToPng } from './png.ts';
import { openReportFolder, type ReportFolder } from './reportFolder.ts';

/** Where `leadline history` writes unless told otherwise (not the run's folder, which it would replace). */
export const DEFAULT_HISTORY_OUT_DIR = 'leadline-history';

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

const f2 = (x: number) => (Number.isFinite(x) ? withMinus(x.toFixed(2)) : NOT_A_NUMBER);
const pc = (x: number) => formatShare(x, 0);

function fitRows(fit: FitTable): string[] {
  const rows = [
    '| quantity | MAE unit | n before | MAE before | in 80% band | n after | MAE after | in 80% band |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of fit.byQuantity)
    rows.push(
      `| ${r.quantity} | ${r.unit} | ${r.before.n} | ${f2(r.before.meanAbsoluteError)} | ${pc(r.before.shareInside80)} | ${r.after.n} | ${f2(r.after.meanAbsoluteError)} | ${pc(r.after.shareInside80)} |`,
    );
  const o = fit.overall;
  rows.push(
    `| all (mean abs. z) | z | ${o.before.n} | ${f2(o.before.meanAbsZ)} | ${pc(o.before.shareInside80)} | ${o.after.n} | ${f2(o.after.meanAbsZ)} | ${pc(o.after.shareInside80)} |`,
  );
  return rows;
}

/** history.md: what was compared, the fit tables, the charts, the observations with sources. */
export function historyMarkdown(h: HistoryResult, images: readonly string[]): string {
  const lines = [
    `# leadline history: ${h.scenario}, 2023-01 to ${h.until}`,
    '',
    `${h.draws > 0 ? `${h.draws} draws, seed ${h.seed}` : 'Central parameters'}; calibration cutoff ${h.cutoff}. ` +
      'Observations: data/observed.csv; error model and statistics: docs/MODEL.md §11.',
    '',
    `## Fit of the model as shipped, before and after ${h.cutoff}`,
    '',
    ...fitRows(h.fit),
    '',
    '## Out of sample: central runs, as shipped and refit to the data up to the cutoff',
    '',
    '| quantity | MAE unit | shipped before | refit before | shipped after | refit after |',
    '|---|---|---|---|---|---|',
    ...h.centralFit.byQuantity.map((r, i) => {
      const x = h.refitFit.byQuantity[i];
      return `| ${r.quantity} | ${r.unit} | ${f2(r.before.meanAbsoluteError)} | ${f2(x.before.meanAbsoluteError)} | ${f2(r.after.meanAbsoluteError)} | ${f2(x.after.meanAbsoluteError)} |`;
    }),
    '',
    '## Calibration',
    '',
    '| parameter | table | fitted | identified | at edge |',
    '|---|---|---|---|---|',
    ...h.calibration.parameters.map(
      (p) =>
        `| ${p.name} | ${formatNumber(p.tableValue)} | ${formatNumber(p.fittedValue)} | ${p.identified ? 'yes' : 'no'} | ${p.atEdge ? 'yes' : ''} |`,
    ),
    '',
    ...images.map((img) => `![${img}](${img})\n`),
    '## Observations',
    '',
    '| id | quantity | window | kind | value | low | high | model median | 10–90% | z | independent | source |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...h.observations.map(
      (o) =>
        `| ${o.id} | ${o.quantity} | ${o.window} | ${o.kind} | ${o.value} | ${o.low ?? ''} | ${o.high ?? ''} | ${formatNumber(o.median)} | ${formatNumber(o.p10)}–${formatNumber(o.p90)} | ${withMinus(o.z.toFixed(1))} | ${o.independent ? 'yes' : `no (${o.inputOverlap.join(', ')})`} | [${o.source.replace(/\|/g, '/')}](${o.url}) |`,
    ),
    '',
  ];
  return lines.join('\n');
}
