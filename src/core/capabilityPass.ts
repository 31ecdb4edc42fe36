/**
 * §2.2–2.4 Algorithmic progress, catch-up and capability. Runs after the compute pass.
 *
 *   α_b = α0 · (ψ_b A_b / research_ref)^λ · talent_b · (1 + boost_b)             [OOM/year]
 *   boost_b = boostMax · clamp((cap_b − threshold) / ramp, 0, 1)
 *   u = log10 T_US + a_US,  c = log10 T_CN + a_CN                              [log10 FLOP]
 *   a_US' = α_US + κ_US max(c − u, 0),  a_CN' = α_CN + κ_CN max(u − c, 0)      (exact step: catchUp.ts)
 *   κ_US = κ_spill,  κ_CN = κ_spill + κ_distill (1 − deterrence) θ(T_CN) (R_ref / R)^η   [1/year]
 *   R = A_US / A_CN: past the threshold, distillation catches up faster the more compute the
 *   PRC has relative to the US (η = catchUpComputeElasticity; η = 0 is compute through θ only)
 *   cap_b = ECI_ref + k (x_b − u(t_ref))                                        [ECI points]
 * The initial PRC level puts it `initialLeadMonths` behind the US at the first month, with the
 * US trajectory extrapolated backward at its initial growth rate.
 * The ECI anchor u(t_ref) is read when the run reaches t_ref; the boost threshold lies above
 * ECI_ref (checked by the parameter table), so no boost is active before then.
 */

import { catchUpGivenRelaxation, catchUpRelaxation, distillationThreshold } from './catchUp.ts';
import { CH } from './channels.ts';
import { exp, log } from './math/index.ts';
import { P } from './paramNames.ts';
import { MONTHS_PER_YEAR, monthIndexOfDecimalYear } from './time.ts';
import type { Workspace } from './workspace.ts';

// Module-local bindings: the hot loop calls these without going through import bindings.
const catchUpStep = catchUpGivenRelaxation;
const relaxationOf = catchUpRelaxation;
const thresholdOf = distillationThreshold;

function boostOf(capability: number, boostMax: number, threshold: number, ramp: number): number {
  const x = (capability - threshold) / ramp;
  return boostMax * (x <= 0 ? 0 : x >= 1 ? 1 : x);
}

export function fillCapabilityPass(params: Float64Array, schedule: Float64Array, ws: Workspace): void {
  const n = ws.nMonths;
  const s = ws.series;
  const log10TUS = ws.log10TrainingUS;
  const log10TCN = ws.log10TrainingCN;
  const lnAUS = ws.lnComputeUS;
  const lnACN = ws.lnComputeCN;
  const uOut = s.effectiveComputeUS;
  const cOut = s.effectiveComputeCN;
  const gapOut = s.gapOOM;
  const alphaUSOut = s.algoProgressUS;
  const alphaCNOut = s.algoProgressCN;
  const boostUSOut = s.boostUS;
  const boostCNOut = s.boostCN;
  const thetaOut = s.distillThreshold;
  const kappaOut = s.catchUpRateCN;
  const capUSOut = s.capabilityUS;
  const capCNOut = s.capabilityCN;
  const monthsPerYear = MONTHS_PER_YEAR;

  const alpha0 = params[P.algoProgressOOMPerYear];
  const lambda = params[P.researchElasticity];
  const talentCN = params[P.talentCN];
  // research term (ψ_b A_b / research_ref)^λ = exp(λ (ln ψ_b − ln research_ref + ln A_b)),
  // research_ref a fixed reference (US research compute of mid-2024), the same in every scenario
  const lnResearchRef = log(params[P.researchReferenceH100e]);
  const lnPsiUS = log(params[P.researchShareUS]) - lnResearchRef;
  const lnPsiCN = log(params[P.researchShareCN]) - lnResearchRef;
  const boostMax = params[P.boostMax];
  const boostThreshold = params[P.boostThresholdECI];
  const boostRamp = params[P.boostRampECI];
  const kSpill = params[P.spilloverPerYear];
  const kDistill = params[P.distillationPerYear];
  const log10Threshold = params[P.distillThresholdLog10FLOP];
  const thresholdWidth = params[P.distillThresholdWidthOOM];
  // (R_ref / R)^η = exp(η (ln R_ref − ln A_US + ln A_CN))
  const eta = params[P.catchUpComputeElasticity];
  const lnRatioRef = log(params[P.catchUpReferenceRatio]);
  const eciPerOOM = params[P.eciPerOOM];
  const eciRef = params[P.eciReference];
  const refMonth = monthIndexOfDecimalYear(params[P.eciReferenceYear]);
  if (refMonth < 0 || refMonth >= n) {
    throw new RangeError(`the run (${n} months) must include the ECI reference month (index ${refMonth})`);
  }
  const deterrenceOffset = CH.distillationDeterrence * n;
  const relaxedCN = ws.catchUpRelaxationCN;

  // Everything that depends only on the compute pass, for all months first (small functions
  // with one loop each: the calls are inlined and no value is boxed), then the recurrence, which
  // makes no call. Each value is the same expression as in a single loop: the same bits.
  //   base_b = α0 (ψ_b A_b / research_ref)^λ (· talent_CN), held in the α columns until the
  //   recurrence multiplies in (1 + boost_b)
  fillBaseRate(alphaUSOut, alpha0, lambda, lnPsiUS, lnAUS, 1, n);
  fillBaseRate(alphaCNOut, alpha0, lambda, lnPsiCN, lnACN, talentCN, n);
  fillThreshold(thetaOut, log10TCN, log10Threshold, thresholdWidth, n);
  fillKappaCN(
    kappaOut,
    thetaOut,
    schedule,
    deterrenceOffset,
    kSpill,
    kDistill,
    eta,
    lnRatioRef,
    lnAUS,
    lnACN,
    n,
  );
  //   1 − e^(−κ h) of the catch-up step (catchUp.ts), PRC catching up and US catching up
  fillRelaxation(relaxedCN, kappaOut, n);
  const spillPerStep = kSpill / monthsPerYear;
  const relaxedUS = relaxationOf(spillPerStep);

  let anchorU = Number.NaN; // u at the ECI reference month, known once the run reaches it
  let aUS = 0;
  let aCN = 0;
  for (let m = 0; m < n; m++) {
    const logTUS = log10TUS[m];
    const logTCN = log10TCN[m];
    const baseUS = alphaUSOut[m];
    const baseCN = alphaCNOut[m];
    if (m === 0) {
      // Place the PRC initialLeadMonths behind the leader's backward-extrapolated trajectory:
      // on the US trajectory when the US leads, on the PRC's own when the PRC leads (§2.5).
      const lead0 = params[P.initialLeadMonths];
      if (lead0 >= 0) {
        const growthUS0 = log10TUS[1] - logTUS + baseUS / monthsPerYear;
        aCN = logTUS - growthUS0 * lead0 - logTCN;
      } else {
        const growthCN0 = log10TCN[1] - logTCN + baseCN / monthsPerYear;
        aCN = logTUS - growthCN0 * lead0 - logTCN;
      }
    }
    const u = logTUS + aUS;
    const c = logTCN + aCN;
    if (m === refMonth) anchorU = u;
    let boostUS = 0;
    let boostCN = 0;
    if (m > refMonth) {
      boostUS = boostOf(eciRef + eciPerOOM * (u - anchorU), boostMax, boostThreshold, boostRamp);
      boostCN = boostOf(eciRef + eciPerOOM * (c - anchorU), boostMax, boostThreshold, boostRamp);
    }
    const alphaUS = baseUS * (1 + boostUS);
    const alphaCN = baseCN * (1 + boostCN);

    uOut[m] = u;
    cOut[m] = c;
    gapOut[m] = u - c;
    alphaUSOut[m] = alphaUS;
    alphaCNOut[m] = alphaCN;
    boostUSOut[m] = boostUS;
    boostCNOut[m] = boostCN;

    if (m + 1 < n) {
      // own growth over the month: compute scale-up plus algorithmic progress [OOM]
      const ownUS = log10TUS[m + 1] - logTUS + alphaUS / monthsPerYear;
      const ownCN = log10TCN[m + 1] - logTCN + alphaCN / monthsPerYear;
      const gap = u - c;
      aUS += alphaUS / monthsPerYear;
      aCN += alphaCN / monthsPerYear;
      if (gap >= 0) aCN += catchUpStep(gap, ownUS - ownCN, kappaOut[m] / monthsPerYear, relaxedCN[m]);
      else aUS += catchUpStep(-gap, ownCN - ownUS, spillPerStep, relaxedUS);
    }
  }
  for (let m = 0; m < n; m++) {
    capUSOut[m] = eciRef + eciPerOOM * (uOut[m] - anchorU);
    capCNOut[m] = eciRef + eciPerOOM * (cOut[m] - anchorU);
  }
}

/** base[m] = α0 · exp(λ (lnψ + ln A[m])) · talent (talent 1: the US, where it is not a factor). */
function fillBaseRate(
  base: Float64Array,
  alpha0: number,
  lambda: number,
  lnPsi: number,
  lnCompute: Float64Array,
  talent: number,
  n: number,
): void {
  if (talent === 1) for (let m = 0; m < n; m++) base[m] = alpha0 * exp(lambda * (lnPsi + lnCompute[m]));
  else for (let m = 0; m < n; m++) base[m] = alpha0 * exp(lambda * (lnPsi + lnCompute[m])) * talent;
}

/** θ(T_CN) of each month. */
function fillThreshold(
  theta: Float64Array,
  log10T: Float64Array,
  log10Threshold: number,
  width: number,
  n: number,
): void {
  for (let m = 0; m < n; m++) theta[m] = thresholdOf(log10T[m], log10Threshold, width);
}

/** κ_CN = κ_spill + κ_distill (1 − deterrence) θ (R_ref / R)^η of each month; (R_ref / R)^η = 1 when η = 0. */
function fillKappaCN(
  kappa: Float64Array,
  theta: Float64Array,
  schedule: Float64Array,
  deterrenceOffset: number,
  kSpill: number,
  kDistill: number,
  eta: number,
  lnRatioRef: number,
  lnAUS: Float64Array,
  lnACN: Float64Array,
  n: number,
): void {
  if (eta === 0) {
    for (let m = 0; m < n; m++)
      kappa[m] = kSpill + kDistill * (1 - schedule[deterrenceOffset + m]) * theta[m];
    return;
  }
  for (let m = 0; m < n; m++) {
    const computeFactor = exp(eta * (lnRatioRef - lnAUS[m] + lnACN[m]));
    kappa[m] = kSpill + kDistill * (1 - schedule[deterrenceOffset + m]) * theta[m] * computeFactor;
  }
}

/** 1 − e^(−κ[m]/12) of each month (catchUpRelaxation). */
function fillRelaxation(relaxed: Float64Array, kappa: Float64Array, n: number): void {
  const monthsPerYear = MONTHS_PER_YEAR;
  for (let m = 0; m < n; m++) relaxed[m] = relaxationOf(kappa[m] / monthsPerYear);
}
