/** history.md of `leadline history`: fit tables, calibration, charts, observations with sources (browser-safe). */
import { formatNumber, formatShare, NOT_A_NUMBER, withMinus } from '../analysis/format.ts';
import { formatZ } from '../analysis/history/formatQuantity.ts';
import type { FitTable, HistoryResult } from '../analysis/index.ts';

const f2 = (x: number) => (Number.isFinite(x) ? withMinus(x.toFixed(2)) : NOT_A_NUMBER);
const pc = (x: number) => formatShare(x, 0);

function fitRows(fit: FitTable): string[] {
  const rows = [
    '| quantity | MAE unit | n before | MAE before | agrees (\\|z\\| ≤ 1.28) | n after | MAE after | agrees (\\|z\\| ≤ 1.28) |',
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
        `| ${o.id} | ${o.quantity} | ${o.window} | ${o.kind} | ${o.value} | ${o.low ?? ''} | ${o.high ?? ''} | ${formatNumber(o.median)} | ${formatNumber(o.p10)}–${formatNumber(o.p90)} | ${formatZ(o.z)} | ${o.independent ? 'yes' : `no (${o.inputOverlap.join(', ')})`} | [${o.source.replace(/\|/g, '/')}](${o.url}) |`,
    ),
    '',
  ];
  return lines.join('\n');
}
