/**
 * The log-likelihood of measured history under each draw (error model: errorModel.ts),
 * observations independent given the model:  ℓ_i = Σ_k −z_ik² / 2.
 */
import { logLikelihood } from './errorModel.ts';
import type { Observation } from './observations.ts';

/** ℓ_i for each draw i of a draw-major (draws × observations) matrix of model values. */
export function drawLogLikelihoods(
  values: Float64Array,
  observations: readonly Observation[],
  draws: number,
): Float64Array {
  const k = observations.length;
  if (values.length !== draws * k)
    throw new RangeError(`expected ${draws} × ${k} model values, got ${values.length}`);
  const out = new Float64Array(draws);
  for (let i = 0; i < draws; i++) {
    let sum = 0;
    for (let j = 0; j < k; j++) sum += logLikelihood(observations[j], values[i * k + j]);
    out[i] = sum;
  }
  return out;
}
