/**
 * leadline's charts: functions from a ResultsDocument to SVG markup, drawn with Observable Plot
 * in whatever `document` they are given (the browser's, or linkedom's in Node). No Node APIs.
 */
export { attributionChart } from './attributionChart.ts';
export type { ChartOptions } from './chartOptions.ts';
export { type ChartId, type RenderedChart, renderCharts } from './chartSet.ts';
export { CHECKS_CHART_TITLE, checksChart } from './checksChart.ts';
export { COMPUTE_CHART_TITLE, computeChart } from './computeChart.ts';
export { isNarrowFigure } from './figure.ts';
export { FRONTS_CHART_TITLE, frontsChart } from './frontsChart.ts';
export { type HistoryChartOptions, historyChart } from './historyChart.ts';
export { LEAD_CHART_TITLE, leadChart } from './leadChart.ts';
export { INK, OKABE_ITO, scenarioColors } from './palette.ts';
export { primChart } from './primChart.ts';
export { PROBABILITY_CHART_TITLE, probabilityChart } from './probabilityChart.ts';
export { PRODUCTION_CHART_TITLE, productionChart } from './productionChart.ts';
export {
  SENSITIVITY_CHART_TOP,
  SOBOL_CHART_TITLE,
  sensitivitySourceLine,
  sobolChart,
  TORNADO_CHART_TITLE,
  tornadoChart,
} from './sensitivityCharts.ts';
export { PAPER_CITATION, PAPER_URL, sourceLine } from './sourceLine.ts';
export { serializeSvg } from './svgElement.ts';
export {
  leastSettingsInOrder,
  TARGET_CHART_MAX_SETTINGS,
  targetChart,
  targetGoalText,
  targetSettingText,
} from './targetChart.ts';
export { windowChart } from './windowChart.ts';
