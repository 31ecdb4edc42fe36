/**
 * leadline's report module, browser-safe part: charts (SVG, given a Document), report text
 * (HTML, Markdown, CSV) and results-document validation. The Node writers (files, PNG,
 * linkedom) are in ./node.ts.
 *
 * Pipeline of `leadline report`: read results.json → validate → draw charts (SVG) →
 * render PNGs → write report.html, report.md, results.json and CSVs into a staging folder
 * that replaces the report folder as a unit (reportFolder.ts).
 */

export * from './charts/index.ts';
export { CHECKS_CAPTION, checksTable, formatTarget } from './checksTable.ts';
export { csvFileNames, runCsv } from './csv.ts';
export { historyMarkdown } from './historyMarkdown.ts';
export { type HtmlReportInput, htmlReport } from './htmlReport.ts';
export { type MarkdownReportInput, markdownReport } from './markdownReport.ts';
export { parseResultsDocument, ResultsFileError } from './resultsFile.ts';
export {
  CONSTANT_OUTPUT_NOTE,
  SOBOL_HOW_TO_READ,
  sensitivityCsv,
  sensitivityDocument,
  sensitivityMarkdown,
  TORNADO_HOW_TO_READ,
} from './sensitivityTables.ts';
export { settingsTable } from './settingsTable.ts';
export { computeTable, leadTable, probabilityTable } from './summaryTables.ts';
export { type Table, tableHtml, tableMarkdown } from './table.ts';
