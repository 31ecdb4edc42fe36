/**
 * §1.3–1.4 and §2.1: chips reaching the PRC, stocks, accessible compute, and training compute.
 * Depends on policy and parameters only (not on capability), so it runs as one pass over all
 * months before the capability pass.
 *
 * Per month t (flows in H100e/month, stocks in H100e at the start of the month):
 *   E = P_W · Σ_tier w_tier · exportShare_tier · uptake_tier     (uptake < 1 under PRC purchase guidance,
 *                                                              for the downgraded H20/H200 tiers only)
 *   leak = min(1 − E/P_W, leak0 / enforcement^ε · (1 − v · locationVerification)),  S = P_W · leak
 *   ρ = ρ_open + (ρ_closed − ρ_open) · remoteAccessClosed
 *   K_W(t+1) = K_W e^(−δ/12) + P_W − E − S,   K_C(t+1) = K_C e^(−δ/12) + P_D + E + S
 *   A_US = (1 − ρ) K_W,  A_CN = K_C + ρ K_W,  R = A_US / A_CN
 *   T_b = φ_b(t) · A_b · FLOP/s per H100e · MFU · runMonths(t) · seconds per month   [FLOP]
 *   φ_b(t) = φ_b,2025 · growth_b^(min(t, trendEnd) − 2025.5)   (fitted over the data years, then held)
 *   runMonths(t) = min(max, run_2025 · g^(t − 2025.5))
 */
import { CH } from './channels.ts';
import { SECONDS_PER_MONTH } from './constants.ts';
import { P } from './paramNames.ts';
import { decimalYearMid, monthIndex, MONTHS_PER_YEAR } from './time.ts';
import type { Workspace } from './workspace.ts';

/** Reference year of the run-size parameters (frontier runs of mid-2025, C12–C14). */
const RUN_REFERENCE_YEAR = 2025.5;
/** Month of the research-compute reference of §2.2 ("research_US,2024"): mid-2024. */
export const RESEARCH_REFERENCE_MONTH = monthIndex(2024, 6);

export function fillComputePass(params: Float64Array, schedule: Float64Array, ws: Workspace): void {
  const n = ws.nMonths;
  const s = ws.series;
  const retention = Math.exp(-params[P.retirementPerYear] / MONTHS_PER_YEAR);
  const shareH20 = params[P.exportShareH20];
  const shareH200 = params[P.exportShareH200];
  const shareBlackwell = params[P.exportShareBlackwell];
  const guidedUptake = params[P.prcPurchaseUptake];
  const leak0 = params[P.smugglingLeakShare];
  const elasticity = params[P.enforcementElasticity];
  const verificationEffect = params[P.locationVerificationEffect];
  const rhoOpen = params[P.rentedShareOpen];
  const rhoClosed = params[P.rentedShareClosed];
  const trendEndYear = params[P.runShareTrendEndYear];
  const flopPerH100eMonth = params[P.h100FlopPerSecond] * params[P.mfu] * SECONDS_PER_MONTH;

  let stockW = params[P.initialStockWestern];
  let stockC = params[P.initialStockPRC];
  for (let m = 0; m < n; m++) {
    const pw = s.productionWestern[m];
    const uptake = 1 - schedule[CH.prcPurchaseGuidance * n + m] * (1 - guidedUptake);
    const exportShare =
      (schedule[CH.tierH20 * n + m] * shareH20 + schedule[CH.tierH200 * n + m] * shareH200) * uptake +
      schedule[CH.tierBlackwell * n + m] * shareBlackwell;
    const leakUncapped =
      (leak0 / schedule[CH.enforcement * n + m] ** elasticity) *
      (1 - verificationEffect * schedule[CH.locationVerification * n + m]);
    const leak = Math.min(1 - exportShare, leakUncapped);
    const rho = rhoOpen + (rhoClosed - rhoOpen) * schedule[CH.remoteAccessClosed * n + m];

    const exported = pw * exportShare;
    const smuggled = pw * leak;
    s.exportsLegal[m] = exported;
    s.smuggled[m] = smuggled;
    s.rentedShare[m] = rho;
    s.stockWestern[m] = stockW;
    s.stockPRC[m] = stockC;
    const accessUS = (1 - rho) * stockW;
    const accessCN = stockC + rho * stockW;
    s.computeUS[m] = accessUS;
    s.computeCN[m] = accessCN;
    s.computeRatio[m] = accessUS / accessCN;

    const yearsFromReference = decimalYearMid(m) - RUN_REFERENCE_YEAR;
    const runMonths = Math.min(params[P.runMonthsMax], params[P.runMonths2025] * params[P.runDurationGrowth] ** yearsFromReference);
    const shareYears = Math.min(decimalYearMid(m), trendEndYear) - RUN_REFERENCE_YEAR;
    const shareUS = params[P.largestRunShareUS2025] * params[P.largestRunShareGrowthUS] ** shareYears;
    const shareCN = params[P.largestRunShareCN2025] * params[P.largestRunShareGrowthCN] ** shareYears;
    s.trainingFlopUS[m] = shareUS * accessUS * flopPerH100eMonth * runMonths;
    s.trainingFlopCN[m] = shareCN * accessCN * flopPerH100eMonth * runMonths;

    stockW = stockW * retention + pw - exported - smuggled;
    stockC = stockC * retention + s.productionPRC[m] + exported + smuggled;
  }
  ws.scalars.researchReferenceH100e = params[P.researchShareUS] * s.computeUS[Math.min(RESEARCH_REFERENCE_MONTH, n - 1)];
}
