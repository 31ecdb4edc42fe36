/** The engine's public face: pure functions over typed arrays. No I/O. */

export { catchUpOverStep, distillationThreshold } from './catchUp.ts';
export { CH, CHANNEL_NAMES, type ChannelName, N_CHANNELS } from './channels.ts';
export { fillLead, monthReached } from './lead.ts';
export { openWeightLagMonths } from './openWeight.ts';
export { N_PARAMS, P, PARAM_NAMES, type ParamName } from './paramNames.ts';
export { ascendPerf } from './prcProduction.ts';
export { SERIES_INFO, SERIES_NAMES, type SeriesColumns, type SeriesInfo, type SeriesName } from './series.ts';
export { extentFor, LEAD_SERIES, type RunExtent, simulate } from './simulate.ts';
export {
  decimalYearMid,
  EPOCH_YEAR,
  LAST_MODEL_YEAR,
  monthIndex,
  monthIndexOfDecimalYear,
  monthLabel,
  parseMonth,
} from './time.ts';
export { fillWesternAnnual } from './westernProduction.ts';
export { createWorkspace, type RunScalars, type Workspace } from './workspace.ts';
