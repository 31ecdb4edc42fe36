/**
 * The report for Node: everything in ./index.ts (browser-safe) and the Node-only part — files,
 * the report folder, PNG (resvg), a DOM for charts (linkedom).
 */

export { type AnalysisReport, writeAnalysisReport } from './analysisReport.ts';
export { writeFileAtomic } from './atomicWrite.ts';
export { DEFAULT_HISTORY_OUT_DIR, writeHistoryReport } from './historyReport.ts';
export * from './index.ts';
export { createNodeDocument } from './nodeDocument.ts';
export { DEFAULT_FONT_DIR, type PngOptions, pngFontOptions, svgToPng } from './png.ts';
export { readResultsFile } from './readResultsFile.ts';
export {
  describeFsError,
  MANIFEST_NAME,
  type OpenReportFolderOptions,
  openReportFolder,
  type ReportFolder,
  ReportFolderError,
} from './reportFolder.ts';
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
