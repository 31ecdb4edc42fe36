/**
 * report.md: the same report in Markdown, with the charts as PNG (or SVG) files beside it,
 * referenced by relative paths, for pasting into memos and wikis.
 */
import type { ResultsDocument } from '../analysis/results.ts';
import type { RenderedChart } from './charts/chartSet.ts';
import { sourceLine } from './charts/sourceLine.ts';
import { checksTable } from './checksTable.ts';
import { CITATIONS, finding, howToRead, LIMITS, methodNotes, REPORT_TITLE } from './reportText.ts';
import { settingsTable } from './settingsTable.ts';
import { computeTable, leadTable, probabilityTable } from './summaryTables.ts';
import { escapeMarkdown, tableMarkdown } from './table.ts';

export interface MarkdownReportInput {
  doc: ResultsDocument;
  charts: readonly RenderedChart[];
  /** Relative path of each chart's image, by chart id (e.g. "charts/lead.png"). */
  imagePath: (chart: RenderedChart) => string;
}

const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

export function markdownReport({ doc, charts, imagePath }: MarkdownReportInput): string {
  const parts: string[] = [];
  parts.push(`# ${REPORT_TITLE}\n\n${escapeMarkdown(sourceLine(doc))}.`);
  parts.push(
    `## In short\n\n${bullets(doc.runs.map(finding).map((f) => `**${escapeMarkdown(f.scenario)}.** ${escapeMarkdown(f.text)}`))}`,
  );
  parts.push(`## How to read this\n\n${bullets(howToRead(doc))}`);
  const tables = [leadTable(doc), computeTable(doc)];
  const probabilities = probabilityTable(doc);
  if (probabilities !== null) tables.push(probabilities);
  const settings = settingsTable(doc);
  if (settings !== null) tables.push(settings);
  let numbers = `## Main numbers\n\n${tables.map(tableMarkdown).join('\n\n')}`;
  const notes = methodNotes(doc);
  if (notes.length > 0) numbers += `\n\n${bullets(notes.map(escapeMarkdown))}`;
  parts.push(numbers);
  const figures = charts.map(
    (chart) => `![${chart.name}](${encodeURI(imagePath(chart))})\n\n${chart.caption}`,
  );
  parts.push(`## Charts\n\n${figures.join('\n\n')}`);
  if (doc.checks !== undefined && doc.checks.length > 0) {
    parts.push(`## Checks against the paper\n\n${tableMarkdown(checksTable(doc.checks))}`);
  }
  parts.push(`## Limits\n\n${bullets(LIMITS)}`);
  parts.push(`## Sources\n\n${bullets(CITATIONS.map((c) => `[${c.text}](${c.url})`))}`);
  return `${parts.join('\n\n')}\n`;
}
