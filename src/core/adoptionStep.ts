/**
 * §3 The monthly step of domestic adoption, A' = r · push · A (1 − A/M) · throttle.
 *
 * Integrated with the positivity-preserving logistic step
 *   A(t+1) = A (1 + q) / (1 + q A / M),   q = r/12 · push · throttle   [per month],
 * which is the exact logistic solution A e^{q}/(1 + A (e^{q} − 1)/M) with e^{q} replaced by
 * 1 + q (so r is the rate of the monthly step; the continuous rate is 12 ln(1 + r/12)).
 * For 0 < A < M it stays in (A, M); it is increasing in A, in q and in M, so less inference
 * compute, less push or less capability can never speed adoption (monotone comparison).
 * Adoption is irreversible: when the ceiling lies at or below A, A holds (firms do not drop AI
 * they use in production).
 */
import { exp } from './math/index.ts';

/** Largest |z| at which expOfMonthlyStep applies its Padé approximant (a numerical constant, not a model number). */
export const PADE_LIMIT = 0.25;

/**
 * Adoption one month later.
 * @param adoption A at the start of the month, in (0, 1] [share of firms]
 * @param ceiling M this month, in (0, 1] [share of firms]
 * @param growthPerMonth q = r/12 · push · throttle, ≥ 0 [1/month]
 * @returns A at the start of the next month [share of firms]
 */
export function adoptionStep(adoption: number, ceiling: number, growthPerMonth: number): number {
  return adoptionStepByFlow(adoption, ceiling, 1, growthPerMonth * adoption);
}

/**
 * The same step as the pass computes it, from the flow g = q·A [share of firms/month] and the
 * ceiling written as M = M_max / d, d = 1 + e^(−z) (so no division makes M):
 *   A(t+1) = A (1 + q) / (1 + q A / M) = A + g (M − A) / (M + g) = A + g (M_max − A d) / (M_max + g d),
 * and A when A ≥ M, i.e. A d ≥ M_max. In increment form the step never lowers A, even by
 * rounding. Under a compute limit g does not depend on A: g = r/12 · push · min(A, S / (Dfull · F)).
 */
export function adoptionStepByFlow(
  adoption: number,
  ceilingMax: number,
  ceilingDivisor: number,
  flowPerMonth: number,
): number {
  const room = ceilingMax - adoption * ceilingDivisor; // (M − A) · d
  if (room <= 0) return adoption;
  return adoption + (flowPerMonth * room) / (ceilingMax + flowPerMonth * ceilingDivisor);
}

/**
 * min(1, supply / demand): the share of the adoption growth the bloc's inference compute can
 * serve. Written without a division when supply suffices, so demand 0 gives 1.
 * @param supplyH100e inference compute available [H100e]
 * @param demandH100e inference compute current adopters need [H100e]
 */
export function inferenceThrottle(supplyH100e: number, demandH100e: number): number {
  return demandH100e > supplyH100e ? supplyH100e / demandH100e : 1;
}

/**
 * M = M_max · logistic((cap − capMid) / capScale): the share of firms for which AI of this
 * capability is useful [share of firms].
 */
export function adoptionCeiling(
  capabilityECI: number,
  ceilingMax: number,
  midECI: number,
  scaleECI: number,
): number {
  return ceilingMax / (1 + exp(-(capabilityECI - midECI) / scaleECI));
}

/**
 * e^z for the monthly step of a quantity that grows exponentially: the [3/3] Padé approximant
 *   e^z ≈ (120 + 60z + 12z² + z³) / (120 − 60z + 12z² − z³),  relative error ≈ z⁷/100800
 * (< 1e-9 for |z| ≤ 1/4; ~1e-14 at a typical monthly step of 0.05), and Math.exp beyond 1/4.
 * The pass initialises each exponential exactly before its loop, so in practice every monthly
 * step is small and the loops make no call: a call inside a hot loop makes the compiler spill
 * every live value around it.
 */
export function expOfMonthlyStep(z: number): number {
  if (z > PADE_LIMIT || z < -PADE_LIMIT) return exp(z);
  const z2 = z * z;
  const even = 120 + 12 * z2;
  const odd = z * (60 + z2);
  return (even + odd) / (even - odd);
}
