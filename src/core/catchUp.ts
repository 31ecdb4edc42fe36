/**
 * §2.3 The catch-up step, integrated exactly over one month.
 *
 * While the leader is ahead by G > 0 (OOM of effective compute), the follower closes the gap
 * at rate κ·G on top of its own growth, so with the own-growth difference Δg constant over
 * the step:
 *   G' = Δg − κ G   ⇒   G(h) = G e^(−κh) + (Δg/κ)(1 − e^(−κh)),   G* = Δg/κ, time constant 1/κ.
 * Without catch-up the gap would be G + Δg·h, so the follower's catch-up over the step is
 *   (G + Δg h) − G(h) = G (1 − e^(−κh)) + Δg (h − (1 − e^(−κh))/κ).
 * It is floored at zero: catch-up never pushes the follower back (this happens only when the
 * follower's own growth is overtaking the leader within the step).
 */
import { MIN_CATCH_UP_RATE } from './constants.ts';
import { exp, expm1 } from './math/index.ts';

const minRate = MIN_CATCH_UP_RATE;

/**
 * Catch-up gained by the follower over one step of length 1 (the unit of the rates).
 * @param gapOOM leader's lead at the start of the step, ≥ 0 [OOM]
 * @param ownGrowthDiffOOM leader's own growth minus follower's own growth over the step [OOM]
 * @param kappaPerStep catch-up rate κ·h [1/step]
 * @returns OOM the follower gains from catch-up, ≥ 0
 */
export function catchUpOverStep(gapOOM: number, ownGrowthDiffOOM: number, kappaPerStep: number): number {
  if (kappaPerStep < minRate) return 0;
  return catchUpGivenRelaxation(gapOOM, ownGrowthDiffOOM, kappaPerStep, catchUpRelaxation(kappaPerStep));
}

/**
 * 1 − e^(−κh), via expm1: exact to rounding even for tiny κ (1 − exp(−κ) cancels below ~1e-7).
 * The capability pass computes it for every month in one loop before its recurrence, so the
 * recurrence makes no call (catchUpGivenRelaxation).
 */
export function catchUpRelaxation(kappaPerStep: number): number {
  return -expm1(-kappaPerStep);
}

/**
 * catchUpOverStep with its relaxation 1 − e^(−κh) given (catchUpRelaxation(kappaPerStep)): the
 * same value to the bit.
 */
export function catchUpGivenRelaxation(
  gapOOM: number,
  ownGrowthDiffOOM: number,
  kappaPerStep: number,
  relaxed: number,
): number {
  if (kappaPerStep < minRate) return 0;
  const gained = gapOOM * relaxed + ownGrowthDiffOOM * (1 - relaxed / kappaPerStep);
  return gained > 0 ? gained : 0;
}

/** θ(T) = 1 / (1 + exp(−(log10 T − log10 T_threshold) / w)): how far compute clears the distillation threshold. */
export function distillationThreshold(
  log10TrainingFlop: number,
  log10ThresholdFlop: number,
  widthOOM: number,
): number {
  return 1 / (1 + exp(-(log10TrainingFlop - log10ThresholdFlop) / widthOOM));
}
