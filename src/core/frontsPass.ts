/**
 * §3–§6 The other three fronts and the security indicators. Runs after the lead is known.
 * Every month's values come from the state at that month; then the state steps. Per bloc
 * b ∈ {US, CN}, month m, h = 1/12 year; C_b is the bloc's accessible compute (computeUS/CN, the
 * spec's A_b of §1.4):
 *
 * §3 Domestic adoption A_b [share of firms using AI in production]
 *   M_b = M_max · logistic((cap_b − capMid) / capScale)                     ceiling [share of firms]
 *   S_b = (1 − ψ_b) · ι · C_b                                                inference supply [H100e]
 *   a_b = x_b − log10 T_b                                                    algorithmic level [OOM]: own
 *            progress plus catch-up (diffusion, distillation), from the capability pass
 *   F_b(m) = 10^(I·m·h − (a_b(m) − a_b(0)))                                  compute per adopter, 2023-01 = 1
 *   D_b = A_b · Dfull_b · F_b,  Dfull_CN = Dfull_US · demandRatioCN           inference demand [H100e]
 *   throttle_b = min(1, S_b / D_b),  push_b = 1 + pushGain · adoptionPushLever_b
 *   A_b(m+1) = adoptionStep(A_b, M_b, r_b h · push_b · throttle_b)           (adoptionStep.ts), by its flow
 *            g = r_b h push_b · min(A_b, S_b / (Dfull_b F_b)): one division a month
 *
 * §5 Resilience, illustrative (no calibration target) [share of jobs per year]
 *   resilience_b = adaptationCapacity_b − exposedShare_b · (A_b(m+1) − A_b(m)) / h
 *
 * §4 Global distribution, s_US + s_CN = 1 [share of third-country AI-stack deployment]
 *   price_b = Dfull_b · F_b / S_b: 1 / (efficiency-adjusted inference compute per potential
 *            adopter); the PRC's is multiplied by (1 − subsidyCut)^prcSubsidies
 *   V_US − V_CN = β_cap (cap_US − cap_CN) − ε ln(price_US / price_CN) + w · usAiExports + c_US
 *            (β_price = −ε; policy_US = w · usAiExports + c_US; policy_CN = 0)
 *   s*_US = 1 / (1 + e^(−(V_US − V_CN))),  s_US(m+1) = s_US + (s*_US − s_US)(1 − e^(−h/τ_lock))
 *   ln(price_US/price_CN) needs no logarithm: ln F_b is linear in a_b, and the compute pass
 *   holds ln C_b.
 *
 * §6 Security indicators
 *   neckAndNeck = 1 when |L| < raceThresholdMonths;  safetyMargin = L − preDeploymentTestingMonths.
 *
 * Cost: no transcendental call inside the loops. e^(−z_b) of the ceilings, 1/F_b and e^(−ΔV) are
 * initialised exactly before their loops and stepped by monthly factors (expOfMonthlyStep, a
 * rational approximant). Adoption and distribution run as separate loops: fewer live values.
 * The ceiling M_b enters the step as M_max / (1 + e^(−z_b)) without being formed.
 */
import { adoptionStepByFlow, expOfMonthlyStep } from './adoptionStep.ts';
import { CH } from './channels.ts';
import { exp, log } from './math/index.ts';
import { P } from './paramNames.ts';
import { MONTHS_PER_YEAR } from './time.ts';
import type { Workspace } from './workspace.ts';

// Module-local bindings: the hot loops call these without going through import bindings.
const stepAdoption = adoptionStepByFlow;
const stepFactor = expOfMonthlyStep;

export function fillFrontsPass(params: Float64Array, schedule: Float64Array, ws: Workspace): void {
  fillAdoption(params, schedule, ws);
  fillDistribution(params, schedule, ws);
  fillSecurityIndicators(params, ws);
}

/** §3 adoption (with throttles) and §5 resilience, both blocs in one loop. */
function fillAdoption(params: Float64Array, schedule: Float64Array, ws: Workspace): void {
  const n = ws.nMonths;
  const s = ws.series;
  const monthsPerYear = MONTHS_PER_YEAR;
  const ln10 = Math.LN10;
  // inputs
  const capUS = s.capabilityUS;
  const capCN = s.capabilityCN;
  const computeUS = s.computeUS;
  const computeCN = s.computeCN;
  const effectiveUS = s.effectiveComputeUS;
  const effectiveCN = s.effectiveComputeCN;
  const log10TrainingUS = ws.log10TrainingUS;
  const log10TrainingCN = ws.log10TrainingCN;
  const usPushAt = CH.usAdoptionPush * n;
  const cnPushAt = CH.prcAdoptionPush * n;
  // outputs
  const adoptionUSOut = s.adoptionUS;
  const adoptionCNOut = s.adoptionCN;
  const throttleUSOut = s.adoptionThrottleUS;
  const throttleCNOut = s.adoptionThrottleCN;
  const resilienceUSOut = s.resilienceUS;
  const resilienceCNOut = s.resilienceCN;
  // parameters
  const rateUS = params[P.adoptionRateUS] / monthsPerYear; // r h [1/month]
  const rateCN = params[P.adoptionRateCN] / monthsPerYear;
  const pushGain = params[P.adoptionPushGain];
  const ceilingMax = params[P.adoptionCeilingMax];
  const ceilingMid = params[P.adoptionCeilingMidECI];
  const ceilingInvScale = 1 / params[P.adoptionCeilingScaleECI];
  const servingShare = params[P.inferenceShareOfNonResearch];
  // adopters one H100e of accessible compute serves at 2023-01 algorithms and usage: (1 − ψ_b) ι / Dfull_b
  const demandFullUS = params[P.inferenceDemandFullUS2023];
  const servedPerH100eUS = ((1 - params[P.researchShareUS]) * servingShare) / demandFullUS;
  const servedPerH100eCN =
    ((1 - params[P.researchShareCN]) * servingShare) / (demandFullUS * params[P.inferenceDemandRatioCN]);
  const intensityLnPerMonth = (ln10 * params[P.inferenceIntensityGrowthOOM]) / monthsPerYear; // I h [ln units/month]
  const exposedUS = params[P.exposedShareUS];
  const exposedCN = params[P.exposedShareCN];
  const adaptUS = params[P.adaptationCapacityUS];
  const adaptCN = params[P.adaptationCapacityCN];

  let adoptUS = params[P.adoptionInitialUS];
  let adoptCN = params[P.adoptionInitialCN];
  // e^(−z_b), z_b = (cap_b − capMid)/capScale: exact at the first month, then stepped
  let ceilingZPrevUS = (capUS[0] - ceilingMid) * ceilingInvScale;
  let ceilingZPrevCN = (capCN[0] - ceilingMid) * ceilingInvScale;
  let ceilingExpUS = exp(-ceilingZPrevUS);
  let ceilingExpCN = exp(-ceilingZPrevCN);
  // 1/F_b, stepped by e^(ln10 Δa_b − I h) from the second month on
  let invPerAdopterUS = 1;
  let invPerAdopterCN = 1;
  let algoPrevUS = effectiveUS[0] - log10TrainingUS[0];
  let algoPrevCN = effectiveCN[0] - log10TrainingCN[0];
  let intensityStep = 0; // I h from the second month on
  for (let m = 0; m < n; m++) {
    const algoUS = effectiveUS[m] - log10TrainingUS[m];
    const algoCN = effectiveCN[m] - log10TrainingCN[m];
    invPerAdopterUS *= stepFactor(ln10 * (algoUS - algoPrevUS) - intensityStep);
    invPerAdopterCN *= stepFactor(ln10 * (algoCN - algoPrevCN) - intensityStep);
    algoPrevUS = algoUS;
    algoPrevCN = algoCN;
    intensityStep = intensityLnPerMonth;
    const ceilingZUS = (capUS[m] - ceilingMid) * ceilingInvScale;
    const ceilingZCN = (capCN[m] - ceilingMid) * ceilingInvScale;
    ceilingExpUS *= stepFactor(ceilingZPrevUS - ceilingZUS);
    ceilingExpCN *= stepFactor(ceilingZPrevCN - ceilingZCN);
    ceilingZPrevUS = ceilingZUS;
    ceilingZPrevCN = ceilingZCN;
    // adopters the inference compute can serve, S / (Dfull F) [share of firms]
    const capacityUS = servedPerH100eUS * computeUS[m] * invPerAdopterUS;
    const capacityCN = servedPerH100eCN * computeCN[m] * invPerAdopterCN;
    const servedUS = adoptUS < capacityUS ? adoptUS : capacityUS;
    const servedCN = adoptCN < capacityCN ? adoptCN : capacityCN;
    // flow g = r h · push · A · throttle [share of firms/month]
    const flowUS = rateUS * (1 + pushGain * schedule[usPushAt + m]) * servedUS;
    const flowCN = rateCN * (1 + pushGain * schedule[cnPushAt + m]) * servedCN;
    // ceiling M_b = M_max / (1 + e^(−z_b))
    const nextUS = stepAdoption(adoptUS, ceilingMax, 1 + ceilingExpUS, flowUS);
    const nextCN = stepAdoption(adoptCN, ceilingMax, 1 + ceilingExpCN, flowCN);

    adoptionUSOut[m] = adoptUS;
    adoptionCNOut[m] = adoptCN;
    throttleUSOut[m] = servedUS === adoptUS ? 1 : capacityUS / adoptUS;
    throttleCNOut[m] = servedCN === adoptCN ? 1 : capacityCN / adoptCN;
    // §5 (illustrative): adaptation capacity less speed of adoption × exposed share
    resilienceUSOut[m] = adaptUS - exposedUS * (nextUS - adoptUS) * monthsPerYear;
    resilienceCNOut[m] = adaptCN - exposedCN * (nextCN - adoptCN) * monthsPerYear;
    adoptUS = nextUS;
    adoptCN = nextCN;
  }
}

/**
 * §4 third-country shares. With ln F_US − ln F_CN = −ln10 ((a_US − a_US(0)) − (a_CN − a_CN(0))),
 *   V_US − V_CN = valueConstant + β_cap Δcap + ε ln10 (a_US − a_CN) + ε (ln C_US − ln C_CN)
 *                 + ε ln(1 − cut) · prcSubsidies + w · usAiExports,
 *   valueConstant = c_US − ε (ln(Dfull_US/Dfull_CN) − ln((1−ψ_US)/(1−ψ_CN)) + ln10 (a_US(0) − a_CN(0))).
 */
function fillDistribution(params: Float64Array, schedule: Float64Array, ws: Workspace): void {
  const n = ws.nMonths;
  const s = ws.series;
  const ln10 = Math.LN10;
  const capUS = s.capabilityUS;
  const capCN = s.capabilityCN;
  const lnComputeUS = ws.lnComputeUS;
  const lnComputeCN = ws.lnComputeCN;
  const effectiveUS = s.effectiveComputeUS;
  const effectiveCN = s.effectiveComputeCN;
  const log10TrainingUS = ws.log10TrainingUS;
  const log10TrainingCN = ws.log10TrainingCN;
  const exportsAt = CH.usAiExports * n;
  const subsidiesAt = CH.prcSubsidies * n;
  const shareUSOut = s.globalShareUS;
  const shareCNOut = s.globalShareCN;

  const betaCap = params[P.shareCapabilityWeight];
  const elasticity = params[P.sharePriceElasticity];
  const exportsWeight = params[P.usAiExportsWeight];
  const subsidyWeight = elasticity * log(1 - params[P.prcSubsidyPriceCut]);
  const lockInStep = 1 - exp(-1 / (MONTHS_PER_YEAR * params[P.lockInYears]));
  const lnDemandRatio = -log(params[P.inferenceDemandRatioCN]); // ln(Dfull_US / Dfull_CN)
  const lnSupplyShareRatio = log((1 - params[P.researchShareUS]) / (1 - params[P.researchShareCN])); // ι cancels
  const algoGap0 = effectiveUS[0] - log10TrainingUS[0] - (effectiveCN[0] - log10TrainingCN[0]);
  const valueConstant =
    params[P.shareConstantUS] - elasticity * (lnDemandRatio - lnSupplyShareRatio + ln10 * algoGap0);
  const elasticityLn10 = elasticity * ln10;

  // V_US − V_CN per month, held in the PRC share column until the share loop overwrites it
  const valueGapOf = shareCNOut;
  for (let m = 0; m < n; m++) {
    valueGapOf[m] =
      valueConstant +
      betaCap * (capUS[m] - capCN[m]) +
      elasticityLn10 * (effectiveUS[m] - log10TrainingUS[m] - effectiveCN[m] + log10TrainingCN[m]) +
      elasticity * (lnComputeUS[m] - lnComputeCN[m]) +
      subsidyWeight * schedule[subsidiesAt + m] +
      exportsWeight * schedule[exportsAt + m];
  }
  let shareUS = 1 - params[P.globalShareCN2023];
  let valueGapPrev = valueGapOf[0];
  let oddsCN = exp(-valueGapPrev); // e^(−(V_US − V_CN)): exact at the first month, then stepped
  for (let m = 0; m < n; m++) {
    const valueGap = valueGapOf[m];
    oddsCN *= stepFactor(valueGapPrev - valueGap);
    valueGapPrev = valueGap;
    shareUSOut[m] = shareUS;
    shareCNOut[m] = 1 - shareUS;
    shareUS += (1 / (1 + oddsCN) - shareUS) * lockInStep; // lock-in: exact relaxation toward s* over the month
  }
}

/** §6 flag of a race too close to test carefully (neckAndNeck) and safety margin. */
function fillSecurityIndicators(params: Float64Array, ws: Workspace): void {
  const n = ws.nMonths;
  const lead = ws.series.leadMonths;
  const neckOut = ws.series.neckAndNeck;
  const marginOut = ws.series.safetyMarginMonths;
  const race = params[P.raceThresholdMonths];
  const testing = params[P.preDeploymentTestingMonths];
  for (let m = 0; m < n; m++) {
    const leadNow = lead[m];
    neckOut[m] = (leadNow < 0 ? -leadNow : leadNow) < race ? 1 : 0;
    marginOut[m] = leadNow - testing;
  }
}
