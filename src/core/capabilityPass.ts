/**
 * §2.2–2.4 Algorithmic progress, catch-up and capability. Runs after the compute pass.
 *
 *   α_b = α0 · (ψ_b A_b / research_ref)^λ · talent_b · (1 + boost_b)             [OOM/year]
 *   boost_b = boostMax · clamp((cap_b − threshold) / ramp, 0, 1)
 *   u = log10 T_US + a_US,  c = log10 T_CN + a_CN                              [log10 FLOP]
 *   a_US' = α_US + κ_US max(c − u, 0),  a_CN' = α_CN + κ_CN max(u − c, 0)      (exact step: catchUp.ts)
 *   κ_US = κ_spill,  κ_CN = κ_spill + κ_distill (1 − deterrence) θ(T_CN)          [1/year]
 *   cap_b = ECI_ref + k (x_b − u(t_ref))                                        [ECI points]
 * The initial PRC level puts it `initialLeadMonths` behind the US at the first month, with the
 * US trajectory extrapolated backward at its initial growth rate.
 * The ECI anchor u(t_ref) is read when the run reaches t_ref; the boost threshold lies above
 * ECI_ref (checked by the parameter table), so no boost is active before then.
 */
import { CH } from './channels.ts';
import { catchUpOverStep, distillationThreshold } from './catchUp.ts';
import { P } from './paramNames.ts';
import { monthIndexOfDecimalYear, MONTHS_PER_YEAR } from './time.ts';
import type { Workspace } from './workspace.ts';

function boostOf(capability: number, boostMax: number, threshold: number, ramp: number): number {
  const x = (capability - threshold) / ramp;
  return boostMax * (x <= 0 ? 0 : x >= 1 ? 1 : x);
}

export function fillCapabilityPass(params: Float64Array, schedule: Float64Array, ws: Workspace): void {
  const n = ws.nMonths;
  const s = ws.series;
  const alpha0 = params[P.algoProgressOOMPerYear];
  const lambda = params[P.researchElasticity];
  const talentCN = params[P.talentCN];
  const researchRef = ws.scalars.researchReferenceH100e;
  const psiUS = params[P.researchShareUS];
  const psiCN = params[P.researchShareCN];
  const boostMax = params[P.boostMax];
  const boostThreshold = params[P.boostThresholdECI];
  const boostRamp = params[P.boostRampECI];
  const kSpill = params[P.spilloverPerYear];
  const kDistill = params[P.distillationPerYear];
  const log10Threshold = params[P.distillThresholdLog10FLOP];
  const thresholdWidth = params[P.distillThresholdWidthOOM];
  const eciPerOOM = params[P.eciPerOOM];
  const eciRef = params[P.eciReference];
  const refMonth = monthIndexOfDecimalYear(params[P.eciReferenceYear]);
  const deterrenceOffset = CH.distillationDeterrence * n;

  let anchorU = Number.NaN; // u at the ECI reference month, known once the run reaches it
  let aUS = 0;
  let aCN = 0;
  for (let m = 0; m < n; m++) {
    const logTUS = Math.log10(s.trainingFlopUS[m]);
    const logTCN = Math.log10(s.trainingFlopCN[m]);
    const researchTermUS = (psiUS * s.computeUS[m]) / researchRef;
    const researchTermCN = (psiCN * s.computeCN[m]) / researchRef;
    const baseUS = alpha0 * researchTermUS ** lambda;
    const baseCN = alpha0 * researchTermCN ** lambda * talentCN;
    if (m === 0) {
      // place the PRC initialLeadMonths behind the US's backward-extrapolated trajectory
      const growthUS0 = Math.log10(s.trainingFlopUS[1]) - logTUS + baseUS / MONTHS_PER_YEAR;
      aCN = logTUS - growthUS0 * params[P.initialLeadMonths] - logTCN;
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
    const theta = distillationThreshold(logTCN, log10Threshold, thresholdWidth);
    const kappaCN = kSpill + kDistill * (1 - schedule[deterrenceOffset + m]) * theta;

    s.effectiveComputeUS[m] = u;
    s.effectiveComputeCN[m] = c;
    s.gapOOM[m] = u - c;
    s.algoProgressUS[m] = alphaUS;
    s.algoProgressCN[m] = alphaCN;
    s.boostUS[m] = boostUS;
    s.boostCN[m] = boostCN;
    s.distillThreshold[m] = theta;
    s.catchUpRateCN[m] = kappaCN;

    if (m + 1 < n) {
      // own growth over the month: compute scale-up plus algorithmic progress [OOM]
      const ownUS = Math.log10(s.trainingFlopUS[m + 1]) - logTUS + alphaUS / MONTHS_PER_YEAR;
      const ownCN = Math.log10(s.trainingFlopCN[m + 1]) - logTCN + alphaCN / MONTHS_PER_YEAR;
      const gap = u - c;
      aUS += alphaUS / MONTHS_PER_YEAR;
      aCN += alphaCN / MONTHS_PER_YEAR;
      if (gap >= 0) aCN += catchUpOverStep(gap, ownUS - ownCN, kappaCN / MONTHS_PER_YEAR);
      else aUS += catchUpOverStep(-gap, ownCN - ownUS, kSpill / MONTHS_PER_YEAR);
    }
  }
  for (let m = 0; m < n; m++) {
    s.capabilityUS[m] = eciRef + eciPerOOM * (s.effectiveComputeUS[m] - anchorU);
    s.capabilityCN[m] = eciRef + eciPerOOM * (s.effectiveComputeCN[m] - anchorU);
  }
}
