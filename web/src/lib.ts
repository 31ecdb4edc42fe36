/**
 * The explorer's one door into leadline: the package's browser-safe entry (src/index.ts), and
 * the few browser-safe helpers that entry does not re-export. No Node built-in is reachable from
 * here, so everything runs in a page or a Web Worker.
 */

export {
  formatCount,
  formatMonths,
  formatNumber,
  formatProbability,
  formatRatio,
  formatShare,
  formatSignedMonths,
  formatSignedPoints,
  NOT_A_NUMBER,
  withMinus,
} from '../../src/analysis/format.ts';
export { LEADLINE_VERSION } from '../../src/analysis/version.ts';
export * from '../../src/index.ts';
export { annualTotals } from '../../src/report/charts/months.ts';
export { PAPER_TITLE } from '../../src/report/charts/sourceLine.ts';
