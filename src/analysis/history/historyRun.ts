/**
 * `leadline history`: the model's past beside measured history.
 *
 *   observations (observed.csv) + a scenario (baseline)
 *     → every draw re-run in this thread (historyDraws.ts): each quantity month by month to
 *       `untilMonth`, and each observation's aggregate
 *     → per month: median and 10–90% band of each quantity (exact type-7 quantiles)
 *     → per observation: central value, median, band, residual, inside the band or not
 *     → fit statistics before and after the cutoff (fitStatistics.ts)
 *     → the calibration procedure on observations up to the cutoff (calibrate.ts), and the
 *       errors of its central run before and after the cutoff: the out-of-sample test
 */
import { createWorkspace, monthLabel, simulate } from '../../core/index.ts';
import type { ResolvedScenario } from '../../scenario/index.ts';
import { quantileOfSorted } from '../quantiles.ts';
import { type CalibrationResult, calibrate } from './calibrate.ts';
import { agrees, bandResidual } from './errorModel.ts';
import { type FitTable, fitTable, type ObservationFit } from './fitStatistics.ts';
import { forEachDraw, observationsWithin, readObservations } from './historyDraws.ts';
import { isIndependent, type Observation, windowLabel } from './observations.ts';
import { QUANTITY_INFO, type QuantityName, QuantityReader } from './quantities.ts';

export interface HistoryOptions {
  /** Monte Carlo draws (0: central parameters only). */
  readonly draws: number;
  readonly seed: number;
  /** Last month the calibration may see (month index). */
  readonly cutoffMonth: number;
  /** Last month shown ("today"), month index. */
  readonly untilMonth: number;
}

export interface QuantityBand {
  readonly quantity: QuantityName;
  /** Unit of the monthly value: the observation unit, per month for flows. */
  readonly monthlyUnit: string;
  readonly description: string;
  readonly scale: 'linear' | 'log';
  readonly flow: boolean;
  /** Months 2023-01 … until. */
  readonly months: readonly string[];
  readonly central: readonly number[];
  readonly p10: readonly number[];
  readonly p50: readonly number[];
  readonly p90: readonly number[];
  /** The refit model's central run (calibrated to observations up to the cutoff). */
  readonly refit: readonly number[];
}

export interface ObservationResult {
  readonly id: string;
  readonly quantity: QuantityName;
  readonly window: string;
  readonly startMonth: number;
  readonly endMonth: number;
  readonly aggregate: Observation['aggregate'];
  readonly kind: Observation['kind'];
  readonly value: number;
  /** null when the row gives none. */
  readonly low: number | null;
  readonly high: number | null;
  readonly unit: string;
  readonly source: string;
  readonly url: string;
  readonly independent: boolean;
  readonly inputOverlap: readonly string[];
  readonly beforeCutoff: boolean;
  /** Model at central parameters, the draws' median and 10–90% band, and the refit central run. */
  readonly central: number;
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
  readonly refit: number;
  /**
   * z of the model's band against the observation (bandResidual, errorModel.ts: the observation's
   * range, the model's discrepancy and the draws' spread), and whether they agree: |z| ≤ Z80.
   */
  readonly z: number;
  readonly inside: boolean;
}

export interface HistoryResult {
  readonly scenario: string;
  readonly draws: number;
  readonly seed: number;
  readonly cutoff: string;
  readonly until: string;
  readonly observations: readonly ObservationResult[];
  readonly bands: readonly QuantityBand[];
  /** The model as shipped (the draws' medians and bands). */
  readonly fit: FitTable;
  /** The same for the independent observations alone. */
  readonly fitIndependent: FitTable;
  /** Central runs: as shipped, and refit to the observations up to the cutoff. */
  readonly centralFit: FitTable;
  readonly refitFit: FitTable;
  readonly calibration: Omit<CalibrationResult, 'params'>;
}

export function runHistory(
  resolved: ResolvedScenario,
  observations: readonly Observation[],
  options: HistoryOptions,
): HistoryResult {
  const until = Math.min(options.untilMonth, resolved.nMonths - 1);
  const shown = until + 1;
  const used = observationsWithin(observations, resolved.nMonths);
  const quantities = [...new Set(used.map((o) => o.quantity))];
  const k = used.length;

  // Central run and the refit central run.
  const reader = new QuantityReader(resolved.nMonths);
  const central = centralValues(resolved, resolved.params, reader, used, quantities, shown);
  const calibration = calibrate(resolved, used, options.cutoffMonth);
  const refit = centralValues(resolved, calibration.params, reader, used, quantities, shown);

  // Draws: monthly columns per quantity (draw-major per month) and observation aggregates.
  const n = options.draws;
  const monthly = quantities.map(() => new Float64Array(Math.max(n, 1) * shown));
  const obsValues = new Float64Array(Math.max(n, 1) * k);
  if (n > 0) {
    forEachDraw([resolved], { draws: n, seed: options.seed }, 0, (draw, r) => {
      quantities.forEach((q, qi) => {
        for (let m = 0; m < shown; m++) monthly[qi][m * n + draw] = r.monthly(q, m);
      });
      readObservations(r, used, obsValues, draw * k);
    });
  }
  const quantilesOfColumn = (column: Float64Array): [number, number, number] => {
    column.sort();
    return [quantileOfSorted(column, 0.1), quantileOfSorted(column, 0.5), quantileOfSorted(column, 0.9)];
  };

  const bands: QuantityBand[] = quantities.map((q, qi) => {
    const info = QUANTITY_INFO[q];
    const p10: number[] = [];
    const p50: number[] = [];
    const p90: number[] = [];
    for (let m = 0; m < shown; m++) {
      if (n === 0) {
        const c = central.monthly[qi][m];
        p10.push(c);
        p50.push(c);
        p90.push(c);
        continue;
      }
      const [a, b, c] = quantilesOfColumn(monthly[qi].subarray(m * n, (m + 1) * n));
      p10.push(a);
      p50.push(b);
      p90.push(c);
    }
    return {
      quantity: q,
      monthlyUnit: info.flow ? `${info.unit}/month` : info.unit,
      description: info.description,
      scale: info.scale,
      flow: info.flow,
      months: Array.from({ length: shown }, (_, m) => monthLabel(m)),
      central: Array.from(central.monthly[qi]),
      p10,
      p50,
      p90,
      refit: Array.from(refit.monthly[qi]),
    };
  });

  const column = new Float64Array(Math.max(n, 1));
  const results: ObservationResult[] = used.map((o, j) => {
    let median = central.observations[j];
    let p10 = median;
    let p90 = median;
    if (n > 0) {
      for (let d = 0; d < n; d++) column[d] = obsValues[d * k + j];
      [p10, median, p90] = quantilesOfColumn(column.subarray(0, n));
    }
    return {
      id: o.id,
      quantity: o.quantity,
      window: windowLabel(o),
      startMonth: o.startMonth,
      endMonth: o.endMonth,
      aggregate: o.aggregate,
      kind: o.kind,
      value: o.value,
      low: Number.isNaN(o.low) ? null : o.low,
      high: Number.isNaN(o.high) ? null : o.high,
      unit: o.unit,
      source: o.sourceTitle,
      url: o.sourceUrl,
      independent: isIndependent(o),
      inputOverlap: o.inputOverlap,
      beforeCutoff: o.endMonth <= options.cutoffMonth,
      central: central.observations[j],
      median,
      p10,
      p90,
      refit: refit.observations[j],
      z: bandResidual(o, median, p10, p90),
      inside: agrees(bandResidual(o, median, p10, p90)),
    };
  });

  const fitsOf = (pick: (r: ObservationResult) => number, band: boolean, only = (_: Observation) => true) =>
    used
      .map((o, j): ObservationFit => {
        const v = pick(results[j]);
        return { observation: o, median: v, p10: band ? results[j].p10 : v, p90: band ? results[j].p90 : v };
      })
      .filter((f) => only(f.observation));
  const { params: _fitted, ...calibrationReport } = calibration;
  return {
    scenario: resolved.scenario.name,
    draws: n,
    seed: n > 0 ? options.seed : 0,
    cutoff: monthLabel(options.cutoffMonth),
    until: monthLabel(until),
    observations: results,
    bands,
    fit: fitTable(
      fitsOf((r) => r.median, true),
      options.cutoffMonth,
    ),
    fitIndependent: fitTable(
      fitsOf((r) => r.median, true, isIndependent),
      options.cutoffMonth,
    ),
    centralFit: fitTable(
      fitsOf((r) => r.central, false),
      options.cutoffMonth,
    ),
    refitFit: fitTable(
      fitsOf((r) => r.refit, false),
      options.cutoffMonth,
    ),
    calibration: calibrationReport,
  };
}

/** Monthly values of each quantity and each observation's aggregate for one parameter vector. */
function centralValues(
  resolved: ResolvedScenario,
  params: Float64Array,
  reader: QuantityReader,
  observations: readonly Observation[],
  quantities: readonly QuantityName[],
  shown: number,
): { monthly: Float64Array[]; observations: Float64Array } {
  const ws = simulate(params, resolved.schedule, createWorkspace(resolved.nMonths));
  reader.load(ws.series);
  const monthly = quantities.map((q) => {
    const out = new Float64Array(shown);
    for (let m = 0; m < shown; m++) out[m] = reader.monthly(q, m);
    return out;
  });
  const values = new Float64Array(observations.length);
  readObservations(reader, observations, values);
  return { monthly, observations: values };
}
