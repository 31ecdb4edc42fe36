/**
 * §1.2 PRC domestic production P_D(t) = min(logic(t), hbm(t)) × perf(t) × (1 + otherVendors).
 *
 * logic(t) [chips/month] = W(t) · waferShare · grossDies · yield / diesPerChip + bankDraw(t)
 *   W(t): SMIC advanced-node capacity [wafers/month], anchored at 2025-12; its log grows at
 *         ln(smicCapacityGrowth) · (1 − s · smeControls(t)) per year (s = controlGrowthSensitivity;
 *         smeControls −1 loosened … +1 tightened).
 *   bankDraw(t) = bank / τ_bank · exp(−(t − 2025-01) / τ_bank): the TSMC-made die bank drawn down.
 * hbm(t) [chips/month] = imports(t) + stockDraw(t) + domestic(t)
 *   imports(t) = hbmImportChipsPerMonth · max(0, −hbmControls(t)): only while HBM sales are open
 *                (before the 2024-12 controls, or when a scenario loosens them).
 *   stockDraw(t) = stockpile / τ_stock · exp(−(t − 2024-12) / τ_stock): the pre-control stockpile.
 *   domestic(t): CXMT-class HBM from 2024-12, anchored at 2026-01; its log grows at
 *                ln(hbmDomesticGrowth) · (1 − s · hbmControls(t)) per year.
 * perf(t) [H100e/chip]: log-linear along the Ascend roadmap 910B (2023.5), 910C (2025.5),
 *   960 (2027.92 + delay), 970 (2028.92 + delay), then ascendPerfGrowthAfterRoadmap per year.
 */
import { CH } from './channels.ts';
import { P } from './paramNames.ts';
import { decimalYearMid, monthIndex, MONTHS_PER_YEAR } from './time.ts';
import type { Workspace } from './workspace.ts';

/** Calendar anchors of the supply model (dates of the data, not tunable numbers). */
const SMIC_ANCHOR_MONTH = monthIndex(2025, 12); // B25: 45k wpm at end-2025
const DIE_BANK_START = monthIndex(2025, 1); // B25: die bank reported in 2025
const HBM_CONTROLS_START = monthIndex(2024, 12); // HBM export controls of 2024-12-02
const HBM_DOMESTIC_ANCHOR = monthIndex(2026, 1);
const ROADMAP_910B_YEAR = 2023.5; // B16: 910C is two 910B-class dies
const ROADMAP_910C_YEAR = 2025.5; // B16: 910C launched 2025-Q1, volume through 2025
const ROADMAP_960_YEAR = 2027 + 11 / 12; // B18: Ascend 960 in Q4 2027
const ROADMAP_970_YEAR = 2028 + 11 / 12; // B18: Ascend 970 in Q4 2028

/** H100e per Ascend chip at decimal year `year` (log-linear between roadmap points). */
export function ascendPerf(params: Float64Array, year: number): number {
  const delay = params[P.ascendRoadmapDelayYears];
  const y960 = ROADMAP_960_YEAR + delay;
  const y970 = ROADMAP_970_YEAR + delay;
  if (year <= ROADMAP_910B_YEAR) return params[P.ascendPerf910B];
  if (year <= ROADMAP_910C_YEAR) return logLerp(ROADMAP_910B_YEAR, params[P.ascendPerf910B], ROADMAP_910C_YEAR, params[P.ascendPerf910C], year);
  if (year <= y960) return logLerp(ROADMAP_910C_YEAR, params[P.ascendPerf910C], y960, params[P.ascendPerf960], year);
  if (year <= y970) return logLerp(y960, params[P.ascendPerf960], y970, params[P.ascendPerf970], year);
  return params[P.ascendPerf970] * params[P.ascendPerfGrowthAfterRoadmap] ** (year - y970);
}

function logLerp(x0: number, y0: number, x1: number, y1: number, x: number): number {
  return y0 * (y1 / y0) ** ((x - x0) / (x1 - x0));
}

/**
 * Writes prcLogicChips, prcHbmChips, ascendPerf, productionHuawei and productionPRC.
 * `schedule` is channel-major (channels.ts).
 */
export function fillPrcProduction(params: Float64Array, schedule: Float64Array, ws: Workspace): void {
  const n = ws.nMonths;
  const s = ws.series;
  const sensitivity = params[P.controlGrowthSensitivity];
  const smeOffset = CH.smeControls * n;
  const hbmOffset = CH.hbmControls * n;

  // SMIC capacity: back-cast from the 2025-12 anchor at the current-controls rate, then
  // accumulate the log path under the scheduled controls. The timeline holds SME controls at
  // 'current' through 2023–2025, so the anchor is met exactly under the historical policy.
  const lnSmicGrowthPerMonth = Math.log(params[P.smicCapacityGrowth]) / MONTHS_PER_YEAR;
  const lnW = ws.lnSmicWpm;
  lnW[0] = Math.log(params[P.smicAdvancedWpm2025]) - lnSmicGrowthPerMonth * SMIC_ANCHOR_MONTH;
  for (let m = 1; m < n; m++) {
    lnW[m] = lnW[m - 1] + lnSmicGrowthPerMonth * (1 - sensitivity * schedule[smeOffset + m - 1]);
  }

  const chipsPerWafer = (params[P.ascendWaferShare] * params[P.grossDiesPerWafer] * params[P.smicYield]) / params[P.diesPerAscendChip];
  const bank = params[P.dieBankChips];
  const tauBank = params[P.dieBankDrawdownMonths];
  const stockpile = params[P.hbmStockpileChips];
  const tauStock = params[P.hbmStockpileDrawdownMonths];
  const importsPerMonth = params[P.hbmImportChipsPerMonth];
  const lnHbmGrowthPerMonth = Math.log(params[P.hbmDomesticGrowth]) / MONTHS_PER_YEAR;
  // domestic HBM starts at the controls; back-cast from the 2026-01 anchor at the current rate
  let lnDomestic = Math.log(params[P.hbmDomesticChips2026]) - lnHbmGrowthPerMonth * (HBM_DOMESTIC_ANCHOR - HBM_CONTROLS_START);
  const otherVendors = 1 + params[P.otherPrcVendorsShare];

  for (let m = 0; m < n; m++) {
    const bankDraw = m >= DIE_BANK_START ? (bank / tauBank) * Math.exp(-(m - DIE_BANK_START) / tauBank) : 0;
    const logic = Math.exp(lnW[m]) * chipsPerWafer + bankDraw;

    const hbmControl = schedule[hbmOffset + m];
    const imports = importsPerMonth * Math.max(0, -hbmControl);
    let hbm = imports;
    if (m >= HBM_CONTROLS_START) {
      hbm += (stockpile / tauStock) * Math.exp(-(m - HBM_CONTROLS_START) / tauStock);
      hbm += Math.exp(lnDomestic);
      lnDomestic += lnHbmGrowthPerMonth * (1 - sensitivity * hbmControl);
    }

    const perf = ascendPerf(params, decimalYearMid(m));
    const huawei = Math.min(logic, hbm) * perf;
    s.prcLogicChips[m] = logic;
    s.prcHbmChips[m] = hbm;
    s.ascendPerf[m] = perf;
    s.productionHuawei[m] = huawei;
    s.productionPRC[m] = huawei * otherVendors;
  }
}
