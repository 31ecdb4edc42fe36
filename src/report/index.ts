/**
 * leadline's report module: charts (browser-safe, in ./charts) and the Node writers.
 *
 * Pipeline of `leadline report`: read results.json → validate → draw charts (SVG) →
 * render PNGs → write report.html, report.md, results.json and CSVs into a staging folder
 * that replaces the report folder as a unit (reportFolder.ts).
 */

export { type AnalysisReport, writeAnalysisReport } from './analysisReport.ts';
export { writeFileAtomic } from './atomicWrite.ts';
export * from './charts/index.ts';
export { checksTable, formatTarget } from './checksTable.ts';
export { csvFileNames, runCsv } from './csv.ts';
export { historyMarkdown } from './historyMarkdown.ts';
export { DEFAULT_HISTORY_OUT_DIR, writeHistoryReport } from './historyReport.ts';
export { type HtmlReportInput, htmlReport } from './htmlReport.ts';
export { type MarkdownReportInput, markdownReport } from './markdownReport.ts';
export { createNodeDocument } from './nodeDocument.ts';
export { DEFAULT_FONT_DIR, type PngOptions, pngFontOptions, svgToPng } from './png.ts';
export {
  describeFsError,
  MANIFEST_NAME,
  type OpenReportFolderOptions,
  openReportFolder,
  type ReportFolder,
  ReportFolderError,
} from './reportFolder.ts';
export { parseResultsDocument, ResultsFileError, readResultsFile } from './resultsFile.ts';
export {
  CONSTANT_OUTPUT_NOTE,
  SOBOL_HOW_TO_READ,
  sensitivityCsv,
  sensitivityMarkdown,
  TORNADO_HOW_TO_READ,
} from './sensitivityTables.ts';
export { computeTable, leadTable, probabilityTable } from './summaryTables.ts';
export { type Table, tableHtml, tableMarkdown } from './table.ts';
export {
  CHARTS_FOLDER,
  type WriteReportOptions,
  type WriteReportResult,
  writeReport,
} from './writeReport.ts';
export {
  DEFAULT_SENSITIVITY_OUT_DIR,
  sensitivityDocument,
  sensitivityStem,
  writeSensitivityReport,
} from './writeSensitivityReport.ts';
