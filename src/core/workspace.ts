/**
 * Preallocated memory for one run: the output columns and a little scratch. A Monte Carlo
 * worker creates one workspace and reuses it for every draw, so a run allocates nothing.
 */
import { SERIES_NAMES, type SeriesColumns } from './series.ts';
import { EPOCH_YEAR, LAST_MODEL_YEAR, MONTHS_PER_YEAR } from './time.ts';

/** Scalar outputs of a run. */
export interface RunScalars {
  /** Month index at which a Mythos-class capability is first open-weight in the PRC; −1 if never. */
  openWeightMythosMonth: number;
}

/** Number of §1.1 parameters the Western anchors depend on (westernProduction2023 … westernGrowthEasingYears). */
export const WESTERN_ANCHOR_KEY_LENGTH = 7;

export interface Workspace {
  readonly nMonths: number;
  readonly series: SeriesColumns;
  readonly scalars: RunScalars;
  /** Western production by calendar year, EPOCH_YEAR − 1 … LAST_MODEL_YEAR + 1 [H100e/year]. */
  readonly westernAnnual: Float64Array;
  /** Mid-year anchors of monthly Western production, same years [H100e/month]. */
  readonly westernAnchors: Float64Array;
  /** The §1.1 parameters the anchors were last solved for (NaN: never); a draw's scenarios share them. */
  readonly westernAnchorKey: Float64Array;
  /** Scratch: sums of Jul–Dec and Jan–Jun on each segment between anchors [H100e]. */
  readonly westernHalfYearJulDec: Float64Array;
  readonly westernHalfYearJanJun: Float64Array;
  /** ln of accessible compute per month [ln H100e] (scratch for the capability pass). */
  readonly lnComputeUS: Float64Array;
  readonly lnComputeCN: Float64Array;
  /** log10 of the largest training run per month [log10 FLOP] (scratch). */
  readonly log10TrainingUS: Float64Array;
  readonly log10TrainingCN: Float64Array;
  /** 1 − e^(−κ_CN h) of each month's catch-up step (scratch for the capability pass). */
  readonly catchUpRelaxationCN: Float64Array;
}

/** Calendar years held by the annual Western arrays: EPOCH_YEAR − 1 … LAST_MODEL_YEAR + 1, whatever the run's length. */
export const ANNUAL_YEARS = LAST_MODEL_YEAR - EPOCH_YEAR + 3;

/** Months from 2023-01 to December of LAST_MODEL_YEAR: the longest run a workspace can hold. */
export const MAX_MONTHS = (LAST_MODEL_YEAR - EPOCH_YEAR + 1) * MONTHS_PER_YEAR;

export function createWorkspace(nMonths: number): Workspace {
  if (!Number.isInteger(nMonths) || nMonths < 2 || nMonths > MAX_MONTHS)
    throw new RangeError(`nMonths must be an integer from 2 to ${MAX_MONTHS}, got ${nMonths}`);
  const series = {} as SeriesColumns;
  for (const name of SERIES_NAMES) series[name] = new Float64Array(nMonths);
  return {
    nMonths,
    series,
    scalars: { openWeightMythosMonth: -1 },
    westernAnnual: new Float64Array(ANNUAL_YEARS),
    westernAnchors: new Float64Array(ANNUAL_YEARS),
    westernAnchorKey: new Float64Array(WESTERN_ANCHOR_KEY_LENGTH).fill(Number.NaN),
    westernHalfYearJulDec: new Float64Array(ANNUAL_YEARS),
    westernHalfYearJanJun: new Float64Array(ANNUAL_YEARS),
    lnComputeUS: new Float64Array(nMonths),
    lnComputeCN: new Float64Array(nMonths),
    log10TrainingUS: new Float64Array(nMonths),
    log10TrainingCN: new Float64Array(nMonths),
    catchUpRelaxationCN: new Float64Array(nMonths),
  };
}

/** Calendar year held in westernAnnual[i]. */
export function annualYear(i: number): number {
  return EPOCH_YEAR - 1 + i;
}
