/**
 * Quantiles of one uncertain parameter as the Monte Carlo engine draws it, for pictures of a
 * belief (the explorer's range editor). The engine draws x = F_t⁻¹(u) from the parameter
 * table's distribution (sampler.ts inverseCdf) and, when the scenario gives the parameter its
 * own range, maps that value through the scenario's remap (rangeRemap.ts):
 *   x' = F_s⁻¹(F_t(x)) = F_s⁻¹(u).
 * This runs those same two functions at each requested u, so the picture is of the distribution
 * the draws come from, not a redrawn guess. Not for the engine's hot loop: it allocates.
 */
import { N_PARAMS, P, type ParamName } from '../core/index.ts';
import { paramSpec } from '../params/index.ts';
import type { ParamRange } from '../scenario/scenario.ts';
import { applyRanges, compileRanges } from './rangeRemap.ts';
import { inverseCdf } from './sampler.ts';

/**
 * F⁻¹(u) of parameter `name` at each u of `probabilities` (each in (0, 1)): the table's
 * distribution, or with `range` (already valid for a scenario file) the scenario's.
 */
export function beliefQuantiles(
  name: ParamName,
  range: ParamRange | undefined,
  probabilities: readonly number[],
): Float64Array {
  const spec = paramSpec(name);
  const slot = P[name];
  const central = new Float64Array(N_PARAMS);
  central[slot] = range?.central ?? spec.central;
  const remap = compileRanges(range === undefined ? undefined : { [name]: range }, central);
  const vector = new Float64Array(N_PARAMS);
  const out = new Float64Array(probabilities.length);
  probabilities.forEach((u, k) => {
    if (!(u > 0 && u < 1)) throw new RangeError(`beliefQuantiles: probability ${u} outside (0, 1)`);
    vector[slot] = inverseCdf(spec.dist, spec.central, u);
    applyRanges(remap, vector);
    out[k] = vector[slot];
  });
  return out;
}

/**
 * A density picture from quantiles at increasing probabilities: between two neighbouring
 * quantiles the distribution puts probability Δu on an interval Δx, so its mean density there
 * is Δu/Δx (a histogram with bins of equal probability; exact in the limit of small Δu).
 * Returns the bins' edges and densities [1/unit]; a bin of zero width gets density 0.
 */
export function densityFromQuantiles(
  probabilities: readonly number[],
  quantiles: ArrayLike<number>,
): { readonly edges: Float64Array; readonly density: Float64Array } {
  const n = probabilities.length;
  const edges = Float64Array.from({ length: n }, (_, k) => quantiles[k]);
  const density = new Float64Array(Math.max(0, n - 1));
  for (let k = 0; k + 1 < n; k++) {
    const dx = edges[k + 1] - edges[k];
    density[k] = dx > 0 ? (probabilities[k + 1] - probabilities[k]) / dx : 0;
  }
  return { edges, density };
}
