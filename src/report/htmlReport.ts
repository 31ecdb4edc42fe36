/**
 * report.html: one self-contained page — inline CSS, charts as inline SVG, tables of the main
 * numbers, the paper checks, how to read it, limits and sources. It loads nothing from
 * anywhere: the only URLs are citation links, so it opens offline and survives being mailed.
 */
import type { ResultsDocument } from '../analysis/results.ts';
import type { RenderedChart } from './charts/chartSet.ts';
import { scenarioLabel } from './charts/scenarioLabel.ts';
import { sourceLine } from './charts/sourceLine.ts';
import { checksTable } from './checksTable.ts';
import { CITATIONS, finding, howToRead, LIMITS, methodNotes, REPORT_TITLE } from './reportText.ts';
import { settingsTable } from './settingsTable.ts';
import { computeTable, leadTable, probabilityTable } from './summaryTables.ts';
import { escapeHtml, tableHtml } from './table.ts';

const STYLE = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1a1a1a; font: 16px/1.5 'DejaVu Sans', system-ui, -apple-system, 'Segoe UI', Arial, sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 24px 20px 64px; }
h1 { font-size: 1.8em; line-height: 1.2; margin: 0.4em 0 0.2em; }
h2 { font-size: 1.3em; margin: 2em 0 0.6em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
.meta { color: #555; margin: 0 0 1em; }
figure { margin: 1.5em 0 2.5em; }
figure svg { display: block; width: 100%; max-width: 1000px; height: auto; border: 1px solid #eee; }
figcaption { color: #444; margin-top: 0.5em; max-width: 60em; }
.table-wrap { overflow-x: auto; margin: 0.5em 0 1.5em; }
table { border-collapse: collapse; font-size: 0.9em; min-width: 60%; }
caption { text-align: left; color: #555; padding: 0 0 0.4em; caption-side: top; }
th, td { border-bottom: 1px solid #e2e2e2; padding: 0.35em 0.7em; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #999; vertical-align: bottom; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
tbody th { min-width: 12em; }
tr.fail { background: #fdecea; }
ul.findings li { margin-bottom: 0.4em; }
a { color: #0a58a8; }
@media print { figure { break-inside: avoid; } main { max-width: none; } }
`;

export interface HtmlReportInput {
  doc: ResultsDocument;
  charts: readonly RenderedChart[];
  /** Names of the other files written beside the report, linked under "Files" (relative). */
  files?: readonly string[];
}

function list(items: readonly string[], className?: string): string {
  const cls = className === undefined ? '' : ` class="${className}"`;
  return `<ul${cls}>\n${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
}

function wrapTable(html: string): string {
  return `<div class="table-wrap">${html}</div>`;
}

/** The whole page as a string. */
export function htmlReport({ doc, charts, files = [] }: HtmlReportInput): string {
  const source = sourceLine(doc);
  const probabilities = probabilityTable(doc);
  const notes = methodNotes(doc);
  const sections: string[] = [];

  sections.push(`<header>
<h1>${escapeHtml(REPORT_TITLE)}</h1>
<p class="meta">${escapeHtml(source)}. Scenarios: ${escapeHtml(doc.runs.map(scenarioLabel).join('; '))}.</p>
</header>`);
  const findings = doc.runs
    .map(finding)
    .map((f) => `<li><strong>${escapeHtml(f.scenario)}.</strong> ${escapeHtml(f.text)}</li>`)
    .join('\n');
  sections.push(
    `<section id="findings"><h2>In short</h2>\n<ul class="findings">\n${findings}\n</ul></section>`,
  );
  sections.push(`<section id="how-to-read"><h2>How to read this</h2>\n${list(howToRead(doc))}</section>`);

  let numbers = `<section id="numbers"><h2>Main numbers</h2>\n${wrapTable(tableHtml(leadTable(doc)))}\n${wrapTable(tableHtml(computeTable(doc)))}`;
  if (probabilities !== null) numbers += `\n${wrapTable(tableHtml(probabilities))}`;
  const settings = settingsTable(doc);
  if (settings !== null) numbers += `\n${wrapTable(tableHtml(settings))}`;
  if (notes.length > 0) numbers += `\n${list(notes)}`;
  sections.push(`${numbers}\n</section>`);

  const figures = charts
    .map(
      (chart) =>
        `<figure id="chart-${chart.id}" aria-label="${escapeHtml(chart.name)}">\n${chart.svg}\n<figcaption>${escapeHtml(chart.caption)}</figcaption>\n</figure>`,
    )
    .join('\n');
  sections.push(`<section id="charts"><h2>Charts</h2>\n${figures}\n</section>`);

  if (doc.checks !== undefined && doc.checks.length > 0) {
    const failed = doc.checks.filter((c) => !c.pass).length;
    const summary =
      failed === 0
        ? `All ${doc.checks.length} checks pass.`
        : `${failed} of ${doc.checks.length} checks fail; read the results with that in mind.`;
    sections.push(`<section id="checks"><h2>Checks against the paper</h2>
<p>Does the model, at central parameters, reproduce the numbers the paper states? ${escapeHtml(summary)}</p>
${wrapTable(tableHtml(checksTable(doc.checks)))}
</section>`);
  }
  sections.push(`<section id="limits"><h2>Limits</h2>\n${list(LIMITS)}</section>`);

  const citations = CITATIONS.map(
    (c) => `<li><a href="${escapeHtml(c.url)}">${escapeHtml(c.text)}</a></li>`,
  ).join('\n');
  sections.push(`<section id="sources"><h2>Sources</h2>\n<ul>\n${citations}\n</ul>
<p>Colours: Okabe &amp; Ito’s colour-blind-safe palette; each scenario keeps its colour in every chart.</p></section>`);
  if (files.length > 0) {
    const links = files
      .map((f) => `<li><a href="${escapeHtml(encodeURI(f))}">${escapeHtml(f)}</a></li>`)
      .join('\n');
    sections.push(`<section id="files"><h2>Files beside this report</h2>\n<ul>\n${links}\n</ul></section>`);
  }

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="leadline ${escapeHtml(doc.leadlineVersion)}">
<title>${escapeHtml(REPORT_TITLE)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${sections.join('\n\n')}
<footer><p class="meta">${escapeHtml(source)}.</p></footer>
</main>
</body>
</html>
`;
}
