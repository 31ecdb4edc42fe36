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
  const delta = QUANTITY_INFO[obs.quantity].discrepancySigma;
  const v = toErrorScale(obs.scale, obs.value);
  const m = toErrorScale(obs.scale, modelValue);
  if (obs.kind === 'lower-bound' && m >= v) return 0;
  if (obs.kind === 'upper-bound' && m <= v) return 0;
  let side: number;
  if (m < v) side = Number.isNaN(obs.low) ? 0 : v - toErrorScale(obs.scale, obs.low);
  else side = Number.isNaN(obs.high) ? 0 : toErrorScale(obs.scale, obs.high) - v;
  if (!(side >= 0) || !Number.isFinite(side)) side = 0;
  const sideSigma = side / Z90;
  const sigma = Math.sqrt(sideSigma * sideSigma + delta * delta);
  return (m - v) / sigma;
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

/**
 * Whether the model's band [p10, p90] agrees with the observation: an estimate's value lies
 * inside it; a lower bound is reached by p90; an upper bound is respected by p10.
 */
export function insideBand(obs: Pick<Observation, 'value' | 'kind'>, p10: number, p90: number): boolean {
  if (obs.kind === 'lower-bound') return p90 >= obs.value;
  if (obs.kind === 'upper-bound') return p10 <= obs.value;
  return p10 <= obs.value && obs.value <= p90;
}
