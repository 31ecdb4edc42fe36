/**
 * §1.3–1.4 and §2.1: chips reaching the PRC, stocks, accessible compute, and training compute.
 * Depends on policy and parameters only (not on capability), so it runs as one pass over all
 * months before the capability pass.
 *
 * Per month t (flows in H100e/month, stocks in H100e at the start of the month):
 *   E = P_W · Σ_tier w_tier · exportShare_tier · uptake_tier     (uptake < 1 under PRC purchase guidance,
 *                                                              for the downgraded H20/H200 tiers only)
 *   leak = min(1 − E/P_W, leak0 / enforcement^ε · (1 − v · locationVerification) · (1 − w_blackwell)),
 *   S = P_W · leak   (smuggling moves controlled chips: none are left to smuggle when frontier
 *                     chips sell freely, the Blackwell tier's weight w_blackwell = 1)
 *   ρ = ρ_open · (1 − (1 − f_closed) · remoteAccessClosed)   (f_closed: share of renting that survives closure)
 *   K_W(t+1) = K_W e^(−δ/12) + P_W − E − S,   K_C(t+1) = K_C e^(−δ/12) + P_D + E + S
 *   A_US = (1 − ρ) K_W,  A_CN = K_C + ρ K_W,  R = A_US / A_CN
 *   T_b = φ_b(t) · A_b · FLOP/s per H100e · MFU · runMonths(t) · seconds per month   [FLOP]
 *   φ_b(t) = φ_b,2025 · growth_b^(min(t, trendEnd) − 2025.5)   (fitted over the data years, then held)
 *   runMonths(t) = min(max, run_2025 · g^(t − 2025.5))
 * φ and runMonths are stepped by their monthly factors, in linear space for T and in logs for
 * log10 T, so a month costs one logarithm per bloc.
 */
import { CH } from './channels.ts';
import { SECONDS_PER_MONTH } from './constants.ts';
import { exp, log, pow } from './math/index.ts';
import { P } from './paramNames.ts';
import { decimalYearMid, EPOCH_YEAR, MONTHS_PER_YEAR } from './time.ts';
import type { Workspace } from './workspace.ts';

/** Reference year of the run-size parameters (frontier runs of mid-2025, C12–C14). */
const RUN_REFERENCE_YEAR = 2025.5;

export function fillComputePass(params: Float64Array, schedule: Float64Array, ws: Workspace): void {
  const n = ws.nMonths;
  const s = ws.series;
  const westernOut = s.productionWestern;
  const prcProductionOut = s.productionPRC;
  const exportsOut = s.exportsLegal;
  const smuggledOut = s.smuggled;
  const rentedOut = s.rentedShare;
  const stockWOut = s.stockWestern;
  const stockCOut = s.stockPRC;
  const computeUSOut = s.computeUS;
  const computeCNOut = s.computeCN;
  const ratioOut = s.computeRatio;
  const trainUSOut = s.trainingFlopUS;
  const trainCNOut = s.trainingFlopCN;
  const lnComputeUS = ws.lnComputeUS;
  const lnComputeCN = ws.lnComputeCN;
  const log10TrainUS = ws.log10TrainingUS;
  const log10TrainCN = ws.log10TrainingCN;

  const tierH20 = CH.tierH20 * n;
  const tierH200 = CH.tierH200 * n;
  const tierBlackwell = CH.tierBlackwell * n;
  const guidance = CH.prcPurchaseGuidance * n;
  const enforcementCh = CH.enforcement * n;
  const verificationCh = CH.locationVerification * n;
  const remoteCh = CH.remoteAccessClosed * n;

  const retention = exp(-params[P.retirementPerYear] / MONTHS_PER_YEAR);
  const shareH20 = params[P.exportShareH20];
  const shareH200 = params[P.exportShareH200];
  const shareBlackwell = params[P.exportShareBlackwell];
  const guidedUptake = params[P.prcPurchaseUptake];
  const leak0 = params[P.smugglingLeakShare];
  const elasticity = params[P.enforcementElasticity];
  const verificationEffect = params[P.locationVerificationEffect];
  const rhoOpen = params[P.rentedShareOpen];
  const rhoClosed = rhoOpen * params[P.rentedClosedFraction];

  // Training-run size: T = φ · A · flopPerH100eMonth · runMonths.
  const flopPerH100eMonth = params[P.h100FlopPerSecond] * params[P.mfu] * SECONDS_PER_MONTH;
  const lnFlopPerH100eMonth = log(flopPerH100eMonth);
  const years0 = decimalYearMid(0) - RUN_REFERENCE_YEAR;
  const lnRunStep = log(params[P.runDurationGrowth]) / MONTHS_PER_YEAR;
  const lnRunMax = log(params[P.runMonthsMax]);
  let lnRun = log(params[P.runMonths2025]) + lnRunStep * MONTHS_PER_YEAR * years0;
  const runStep = exp(lnRunStep);
  const runMax = params[P.runMonthsMax];
  let run = exp(lnRun);
  const trendEndMonth = (params[P.runShareTrendEndYear] - EPOCH_YEAR) * MONTHS_PER_YEAR - 0.5;
  const lnShareStepUS = log(params[P.largestRunShareGrowthUS]) / MONTHS_PER_YEAR;
  const lnShareStepCN = log(params[P.largestRunShareGrowthCN]) / MONTHS_PER_YEAR;
  let lnShareUS = log(params[P.largestRunShareUS2025]) + lnShareStepUS * MONTHS_PER_YEAR * years0;
  let lnShareCN = log(params[P.largestRunShareCN2025]) + lnShareStepCN * MONTHS_PER_YEAR * years0;
  const shareStepUS = exp(lnShareStepUS);
  const shareStepCN = exp(lnShareStepCN);
  let shareUS = exp(lnShareUS);
  let shareCN = exp(lnShareCN);
  const ln10 = Math.LN10;

  let enforcementLevel = Number.NaN;
  let enforcementDivisor = 1;
  let stockW = params[P.initialStockWestern];
  let stockC = params[P.initialStockPRC];
  for (let m = 0; m < n; m++) {
    const pw = westernOut[m];
    const uptake = 1 - schedule[guidance + m] * (1 - guidedUptake);
    const exportShare =
      (schedule[tierH20 + m] * shareH20 + schedule[tierH200 + m] * shareH200) * uptake +
      schedule[tierBlackwell + m] * shareBlackwell;
    const enforcement = schedule[enforcementCh + m];
    if (enforcement !== enforcementLevel) {
      enforcementLevel = enforcement;
      enforcementDivisor = pow(enforcement, elasticity);
    }
    const leakUncapped =
      (leak0 / enforcementDivisor) *
      (1 - verificationEffect * schedule[verificationCh + m]) *
      (1 - schedule[tierBlackwell + m]);
    const leakCap = 1 - exportShare;
    const leak = leakUncapped < leakCap ? leakUncapped : leakCap;
    const rho = rhoOpen + (rhoClosed - rhoOpen) * schedule[remoteCh + m];

    const exported = pw * exportShare;
    const smuggled = pw * leak;
    exportsOut[m] = exported;
    smuggledOut[m] = smuggled;
    rentedOut[m] = rho;
    stockWOut[m] = stockW;
    stockCOut[m] = stockC;
    const accessUS = (1 - rho) * stockW;
    const accessCN = stockC + rho * stockW;
    computeUSOut[m] = accessUS;
    computeCNOut[m] = accessCN;
    ratioOut[m] = accessUS / accessCN;

    stockW = stockW * retention + pw - exported - smuggled;
    stockC = stockC * retention + prcProductionOut[m] + exported + smuggled;
  }
  // ln A_b for every month in one loop (the call inlined, nothing boxed), then training compute
  fillLn(lnComputeUS, computeUSOut, n);
  fillLn(lnComputeCN, computeCNOut, n);
  for (let m = 0; m < n; m++) {
    const accessUS = computeUSOut[m];
    const accessCN = computeCNOut[m];
    const lnAUS = lnComputeUS[m];
    const lnACN = lnComputeCN[m];
    const lnRunNow = lnRun < lnRunMax ? lnRun : lnRunMax;
    const lnTUS = lnShareUS + lnAUS + lnFlopPerH100eMonth + lnRunNow;
    const lnTCN = lnShareCN + lnACN + lnFlopPerH100eMonth + lnRunNow;
    log10TrainUS[m] = lnTUS / ln10;
    log10TrainCN[m] = lnTCN / ln10;
    const runNow = run < runMax ? run : runMax;
    trainUSOut[m] = shareUS * accessUS * flopPerH100eMonth * runNow;
    trainCNOut[m] = shareCN * accessCN * flopPerH100eMonth * runNow;

    lnRun += lnRunStep;
    run *= runStep;
    if (m + 1 <= trendEndMonth) {
      lnShareUS += lnShareStepUS;
      lnShareCN += lnShareStepCN;
      shareUS *= shareStepUS;
      shareCN *= shareStepCN;
    } else if (m < trendEndMonth) {
      // the trend ends inside this step: advance by the fraction up to trendEnd, then hold
      const fraction = trendEndMonth - m;
      lnShareUS += lnShareStepUS * fraction;
      lnShareCN += lnShareStepCN * fraction;
      shareUS = exp(lnShareUS);
      shareCN = exp(lnShareCN);
    }
  }
}

/** out[m] = ln x[m] for the first n months. */
function fillLn(out: Float64Array, x: Float64Array, n: number): void {
  for (let m = 0; m < n; m++) out[m] = log(x[m]);
}
