/**
 * Fit statistics of the model against measured history, per quantity and overall, split at
 * a cutoff month (observations whose window ends at or before it vs after it):
 *
 *   MAE        mean over observations of |median − value| in the quantity's error scale
 *              (months; dex = orders of magnitude for log quantities; share), bounds counting
 *              only the distance by which the median breaks them (errorModel.ts)
 *   agreement  share of observations the model agrees with: |z| ≤ Z80 = 1.28 (errorModel.ts `agrees`)
 *   mean |z|   mean |z|, comparable across quantities
 *
 * z is bandResidual (errorModel.ts): the median against the observation, with the observation's
 * range, the model's discrepancy and the band's spread on the side facing it (no spread for a
 * central run, whose p10 = median = p90). The history table prints the same z and the same note.
 */
import { absoluteError, agrees, bandResidual } from './errorModel.ts';
import type { Observation } from './observations.ts';
import type { QuantityName } from './quantities.ts';

/** The model's summary for one observation's aggregate. */
export interface ObservationFit {
  readonly observation: Observation;
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
}

export interface FitStatistics {
  /** Number of observations. */
  readonly n: number;
  /** Mean absolute error of the median in the quantity's error scale; NaN when n = 0. */
  readonly meanAbsoluteError: number;
  /** Share of observations the model agrees with (|z| ≤ Z80, errorModel.ts `agrees`); NaN when n = 0. */
  readonly shareInside80: number;
  /** Mean |z| (bandResidual); NaN when n = 0. */
  readonly meanAbsZ: number;
}

export interface FitTable {
  readonly cutoffMonth: number;
  readonly byQuantity: readonly {
    readonly quantity: QuantityName;
    readonly unit: string;
    readonly before: FitStatistics;
    readonly after: FitStatistics;
    readonly all: FitStatistics;
  }[];
  readonly overall: {
    readonly before: FitStatistics;
    readonly after: FitStatistics;
    readonly all: FitStatistics;
  };
}

/** Statistics of a set of fits (MAE in mixed units when quantities are mixed: use per quantity). */
export function fitStatistics(fits: readonly ObservationFit[]): FitStatistics {
  const n = fits.length;
  if (n === 0) return { n, meanAbsoluteError: Number.NaN, shareInside80: Number.NaN, meanAbsZ: Number.NaN };
  let abs = 0;
  let inside = 0;
  let absZ = 0;
  for (const fit of fits) {
    abs += absoluteError(fit.observation, fit.median);
    const z = bandResidual(fit.observation, fit.median, fit.p10, fit.p90);
    if (agrees(z)) inside += 1;
    absZ += Math.abs(z);
  }
  return { n, meanAbsoluteError: abs / n, shareInside80: inside / n, meanAbsZ: absZ / n };
}

/** Per quantity (in the order first seen) and overall, before/after `cutoffMonth`. */
export function fitTable(fits: readonly ObservationFit[], cutoffMonth: number): FitTable {
  const split = (list: readonly ObservationFit[]) => ({
    before: fitStatistics(list.filter((f) => f.observation.endMonth <= cutoffMonth)),
    after: fitStatistics(list.filter((f) => f.observation.endMonth > cutoffMonth)),
    all: fitStatistics(list),
  });
  const quantities: QuantityName[] = [];
  for (const fit of fits)
    if (!quantities.includes(fit.observation.quantity)) quantities.push(fit.observation.quantity);
  return {
    cutoffMonth,
    byQuantity: quantities.map((quantity) => {
      const own = fits.filter((f) => f.observation.quantity === quantity);
      return { quantity, unit: errorUnit(own[0].observation), ...split(own) };
    }),
    overall: split(fits),
  };
}

/** Unit of the MAE: the observation's unit, or "dex" (orders of magnitude) for log quantities. */
export function errorUnit(obs: Pick<Observation, 'scale' | 'unit'>): string {
  return obs.scale === 'log' ? 'dex' : obs.unit;
}
