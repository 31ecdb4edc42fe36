/**
 * No silent failure: every Monte Carlo draw is checked before it is summarised.
 *   every series value is finite;
 *   stocks (stockWestern, stockPRC, computeUS, computeCN) are ≥ 0;
 *   series whose unit is 'share' or 'flag' (SERIES_INFO) lie in [0, 1].
 * Each column (series × month) gets an interval [lo, hi] that encodes its rule — finiteness
 * is [−MAX_VALUE, MAX_VALUE] — so the hot loop's check is `!(x >= lo && x <= hi)`, which
 * NaN fails too. A violation throws a DrawInvariantError naming the scenario, the draw index,
 * the seed and the full parameter vector, so the draw can be reproduced.
 */
import { monthLabel, SERIES_INFO, SERIES_NAMES, type SeriesName } from '../core/index.ts';
import { formatParameterVector } from './sampler.ts';

/** Series that are stocks of compute and can never be negative. */
export const STOCK_SERIES: readonly SeriesName[] = ['stockWestern', 'stockPRC', 'computeUS', 'computeCN'];
/** Units whose values are fractions in [0, 1]. */
export const UNIT_INTERVAL_UNITS: readonly string[] = ['share', 'flag'];

/** The interval a series' values must lie in, and the rule in words. */
export function seriesBounds(name: SeriesName): { lo: number; hi: number; rule: string } {
  if (STOCK_SERIES.includes(name)) return { lo: 0, hi: Number.MAX_VALUE, rule: 'finite and ≥ 0' };
  const unit = SERIES_INFO[name].unit;
  if (UNIT_INTERVAL_UNITS.includes(unit)) return { lo: 0, hi: 1, rule: `in [0, 1] (unit '${unit}')` };
  return { lo: -Number.MAX_VALUE, hi: Number.MAX_VALUE, rule: 'finite' };
}

/** Per-column bounds for columns laid out series-major: column s·nShown + m is series s, month first + m. */
export function columnBounds(nShown: number): { lo: Float64Array; hi: Float64Array } {
  const lo = new Float64Array(SERIES_NAMES.length * nShown);
  const hi = new Float64Array(SERIES_NAMES.length * nShown);
  for (let s = 0; s < SERIES_NAMES.length; s++) {
    const b = seriesBounds(SERIES_NAMES[s]);
    lo.fill(b.lo, s * nShown, (s + 1) * nShown);
    hi.fill(b.hi, s * nShown, (s + 1) * nShown);
  }
  return { lo, hi };
}

/** First column of a row violating its bounds, or −1. */
export function firstViolation(
  row: Float64Array,
  offset: number,
  lo: Float64Array,
  hi: Float64Array,
): number {
  for (let c = 0; c < lo.length; c++) {
    const x = row[offset + c];
    if (!(x >= lo[c] && x <= hi[c])) return c;
  }
  return -1;
}

/** First violation among months [fromMonth, toMonth) of a run's series columns, or null. */
export function findSeriesViolation(
  series: Readonly<Record<SeriesName, Float64Array>>,
  fromMonth: number,
  toMonth: number,
): { series: SeriesName; month: number; value: number } | null {
  for (const name of SERIES_NAMES) {
    const { lo, hi } = seriesBounds(name);
    const col = series[name];
    for (let m = fromMonth; m < toMonth; m++) {
      const x = col[m];
      if (!(x >= lo && x <= hi)) return { series: name, month: m, value: x };
    }
  }
  return null;
}

export interface DrawFailure {
  readonly scenario: string;
  readonly draw: number;
  readonly seed: number;
  readonly series: SeriesName;
  /** Month index (0 = 2023-01). */
  readonly month: number;
  readonly value: number;
  readonly params: Float64Array;
}

/** A draw that broke an invariant. The message alone is enough to reproduce it. */
export class DrawInvariantError extends Error {
  readonly scenario: string;
  readonly draw: number;
  readonly seed: number;
  /** Everything about the failing draw (plain data: can cross a worker boundary). */
  readonly failure: DrawFailure;

  constructor(failure: DrawFailure) {
    super(drawFailureMessage(failure));
    this.name = 'DrawInvariantError';
    this.failure = failure;
    this.scenario = failure.scenario;
    this.draw = failure.draw;
    this.seed = failure.seed;
  }
}

/** Draw index of a failure of the run at central parameters (no Monte Carlo draw). */
export const CENTRAL_RUN = -1;

export function drawFailureMessage(f: DrawFailure): string {
  const which =
    f.draw === CENTRAL_RUN
      ? `The run at central parameters failed an invariant: scenario '${f.scenario}'`
      : `Monte Carlo draw failed an invariant: scenario '${f.scenario}', draw ${f.draw}, seed ${f.seed}`;
  return (
    `${which}: ` +
    `${f.series} at ${monthLabel(f.month)} is ${String(f.value)}, but must be ${seriesBounds(f.series).rule}. ` +
    `The model cannot give a number for these parameters; move the pinned values back towards their central values. ` +
    `Parameters of the ${f.draw === CENTRAL_RUN ? 'run' : 'draw'}: ${formatParameterVector(f.params)}`
  );
}
