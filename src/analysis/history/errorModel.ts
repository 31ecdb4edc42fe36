/**
 * The error model that links a model value to an observation (used by the fit statistics,
 * the calibration and the importance weights).
 *
 * Work in the quantity's scale: T(x) = log10 x for 'log' quantities, x for 'linear' ones.
 * With v = T(value), m = T(model):
 *
 *   estimate     a split normal around v: σ² = (side / z₉₀)² + δ², where side is
 *                v − T(low) when m < v and T(high) − v when m ≥ v (the range read as a 90%
 *                interval, z₉₀ = 1.6449), and δ the quantity's model-discrepancy σ (quantities.ts)
 *   lower-bound  no error when m ≥ v; below, a normal tail with σ² = ((v − T(low)) / z₉₀)² + δ²
 *   upper-bound  no error when m ≤ v; above, σ² = ((T(high) − v) / z₉₀)² + δ²
 *
 *   residual z = (m − v) / σ   (0 inside a bound),   log-likelihood = −z² / 2 (+ a constant)
 *
 * Observations are taken as independent of each other given the model (several share a
 * source; see observed.csv's notes), which makes the likelihood sharper than it should be.
 */

import { log10 } from '../../core/math/index.ts';
import type { Observation } from './observations.ts';
import { QUANTITY_INFO } from './quantities.ts';

export const Z90 = 1.6448536269514722;

type ObservationError = Pick<Observation, 'quantity' | 'value' | 'low' | 'high' | 'kind' | 'scale'>;

/** T(x): log10 for log-scale quantities. */
export function toErrorScale(scale: Observation['scale'], x: number): number {
  return scale === 'log' ? log10(x) : x;
}

/** Standardised residual z of a model value against an observation (0 when a bound holds). */
export function residual(obs: ObservationError, modelValue: number): number {
  return bandResidual(obs, modelValue, modelValue, modelValue);
}

/** 10th and 90th percentiles of a normal: ∓ Z80 σ from its mean. */
export const Z80 = 1.2815515655446004;

/**
 * z of a model given as a band of draws (median m, 10th and 90th percentiles) against an
 * observation: the residual above with the model's own spread added on the side that faces
 * the observation, the band read as a split normal (T(p90) − T(m) = Z80 σ above the median,
 * T(m) − T(p10) = Z80 σ below it):
 *
 *   σ² = (side / Z90)² + δ² + (modelSide / Z80)²,
 *   modelSide = T(p90) − m when m < v (the observation above the median), m − T(p10) when m ≥ v
 *
 * With no spread (p10 = median = p90: a central run) it is `residual`. `leadline history`
 * prints this z, and says the model agrees with the observation when |z| ≤ Z80 (`agrees`).
 */
export function bandResidual(obs: ObservationError, median: number, p10: number, p90: number): number {
  const delta = QUANTITY_INFO[obs.quantity].discrepancySigma;
  const v = toErrorScale(obs.scale, obs.value);
  const m = toErrorScale(obs.scale, median);
  if (obs.kind === 'lower-bound' && m >= v) return 0;
  if (obs.kind === 'upper-bound' && m <= v) return 0;
  let side: number;
  if (m < v) side = Number.isNaN(obs.low) ? 0 : v - toErrorScale(obs.scale, obs.low);
  else side = Number.isNaN(obs.high) ? 0 : toErrorScale(obs.scale, obs.high) - v;
  if (!(side >= 0) || !Number.isFinite(side)) side = 0;
  let modelSide = m < v ? toErrorScale(obs.scale, p90) - m : m - toErrorScale(obs.scale, p10);
  if (!(modelSide >= 0) || !Number.isFinite(modelSide)) modelSide = 0;
  const sideSigma = side / Z90;
  const modelSigma = modelSide / Z80;
  const sigma = Math.sqrt(sideSigma * sideSigma + delta * delta + modelSigma * modelSigma);
  return (m - v) / sigma;
}

/**
 * Whether the model agrees with an observation: |z| ≤ Z80, z from `bandResidual` (the
 * observation's range, the model's discrepancy and the model's band together; a bound that
 * holds has z = 0). The one definition behind the history table's note and the fit
 * statistics' share.
 */
export function agrees(z: number): boolean {
  return Math.abs(z) <= Z80;
}

/** Log-likelihood of one observation given a model value, up to a constant: −z²/2. */
export function logLikelihood(obs: ObservationError, modelValue: number): number {
  const z = residual(obs, modelValue);
  return Number.isFinite(z) ? -0.5 * z * z : Number.NEGATIVE_INFINITY;
}

/**
 * Distance of a model value from what the observation states, in the quantity's error scale
 * (months, dex or share): |m − v| for an estimate; for a bound, how far m falls on the wrong
 * side (0 when it holds).
 */
export function absoluteError(obs: ObservationError, modelValue: number): number {
  const v = toErrorScale(obs.scale, obs.value);
  const m = toErrorScale(obs.scale, modelValue);
  if (obs.kind === 'lower-bound') return Math.max(v - m, 0);
  if (obs.kind === 'upper-bound') return Math.max(m - v, 0);
  return Math.abs(m - v);
}
