/**
 * One-at-a-time sensitivity ("tornado"): each uncertain parameter at its 10th and then its 90th
 * percentile, F⁻¹(0.1) and F⁻¹(0.9) of its distribution, with every other parameter at its
 * central value (the scenario's pins kept); the swing is |y(P90) − y(P10)|. Bars are sorted by
 * swing, largest first (ties in table order). It shows local effects around the centre and
 * misses interactions; the Sobol' indices (sobolIndices.ts) measure those.
 */
import { N_PARAMS, PARAM_NAMES, type ParamName } from '../../core/index.ts';
import type { ResolvedScenario } from '../../scenario/scenario.ts';
import type { ParamSampler } from '../sampler.ts';
import type { RowEvaluator } from './rowEvaluator.ts';

export const TORNADO_LOW_QUANTILE = 0.1;
export const TORNADO_HIGH_QUANTILE = 0.9;

export interface TornadoBar {
  readonly parameter: ParamName;
  /** Output with the parameter at its 10th percentile. */
  readonly low: number;
  /** Output with the parameter at its 90th percentile. */
  readonly high: number;
  /** |high − low|. */
  readonly swing: number;
  /** The parameter's 10th and 90th percentiles. */
  readonly lowValue: number;
  readonly highValue: number;
}

export interface Tornado {
  /** Output at the scenario's central parameters. */
  readonly central: number;
  readonly bars: readonly TornadoBar[];
}

/** Tornado of the parameters in `slots` (drawn and not pinned), 2·|slots| + 1 runs. */
export async function tornado(
  resolved: ResolvedScenario,
  sampler: ParamSampler,
  slots: readonly number[],
  evaluator: RowEvaluator,
): Promise<Tornado> {
  const nRows = 1 + 2 * slots.length;
  const rows = new Float64Array(nRows * N_PARAMS);
  for (let r = 0; r < nRows; r++) rows.set(resolved.params, r * N_PARAMS);
  const lowValues = slots.map((slot) => sampler.valueAt(slot, TORNADO_LOW_QUANTILE));
  const highValues = slots.map((slot) => sampler.valueAt(slot, TORNADO_HIGH_QUANTILE));
  slots.forEach((slot, k) => {
    rows[(1 + 2 * k) * N_PARAMS + slot] = lowValues[k];
    rows[(2 + 2 * k) * N_PARAMS + slot] = highValues[k];
  });
  const y = await evaluator.evaluate(rows, nRows);
  const bars = slots.map((slot, k) => {
    const low = y[1 + 2 * k];
    const high = y[2 + 2 * k];
    return {
      parameter: PARAM_NAMES[slot],
      low,
      high,
      swing: Math.abs(high - low),
      lowValue: lowValues[k],
      highValue: highValues[k],
    };
  });
  const order = bars.map((_, k) => k).sort((a, b) => bars[b].swing - bars[a].swing || a - b);
  return { central: y[0], bars: order.map((k) => bars[k]) };
}
