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
 *   stockDraw(t) = built · stockpile / τ_stock · exp(−(t − 2024-12) / τ_stock): the pre-control
 *                stockpile, bought ahead of the 2024-12 controls, so it exists only as far as those
 *                controls came: built = clamp(1 + hbmControls(2024-12), 0, 1) (0 when HBM sales
 *                stayed open, as in the no-controls counterfactual, where imports continue instead).
 *   domestic(t): CXMT-class HBM from 2024-12, anchored at 2026-01; its log grows at
 *                ln(hbmDomesticGrowth) · (1 − s · hbmControls(t)) per year.
 * perf(t) [H100e/chip]: log-linear along the Ascend roadmap 910B (2023.5), 910C (2025.5),
 *   960 (2027.92 + delay), 970 (2028.92 + delay), then ascendPerfGrowthAfterRoadmap per year.
 */
import { CH } from './channels.ts';
import { exp, log, pow } from './math/index.ts';
import { P } from './paramNames.ts';
import { EPOCH_YEAR, MONTHS_PER_YEAR, monthIndex } from './time.ts';
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
  if (year <= ROADMAP_910C_YEAR)
    return logLerp(
      ROADMAP_910B_YEAR,
      params[P.ascendPerf910B],
      ROADMAP_910C_YEAR,
      params[P.ascendPerf910C],
      year,
    );
  if (year <= y960)
    return logLerp(ROADMAP_910C_YEAR, params[P.ascendPerf910C], y960, params[P.ascendPerf960], year);
  if (year <= y970) return logLerp(y960, params[P.ascendPerf960], y970, params[P.ascendPerf970], year);
  return params[P.ascendPerf970] * pow(params[P.ascendPerfGrowthAfterRoadmap], year - y970);
}

/** Index (0–4) of the roadmap segment containing `year`: before 910B, 910B→910C, 910C→960, 960→970, after 970. */
function perfSegmentIndex(year: number, y960: number, y970: number): number {
  if (year <= ROADMAP_910B_YEAR) return 0;
  if (year <= ROADMAP_910C_YEAR) return 1;
  if (year <= y960) return 2;
  if (year <= y970) return 3;
  return 4;
}

/** Log-growth per year of ascendPerf on roadmap segment `index`. */
function perfLnSlopePerYear(params: Float64Array, index: number, y960: number, y970: number): number {
  switch (index) {
    case 1:
      return (
        log(params[P.ascendPerf910C] / params[P.ascendPerf910B]) / (ROADMAP_910C_YEAR - ROADMAP_910B_YEAR)
      );
    case 2:
      return log(params[P.ascendPerf960] / params[P.ascendPerf910C]) / (y960 - ROADMAP_910C_YEAR);
    case 3:
      return log(params[P.ascendPerf970] / params[P.ascendPerf960]) / (y970 - y960);
    case 4:
      return log(params[P.ascendPerfGrowthAfterRoadmap]);
    default:
      return 0;
  }
}

function logLerp(x0: number, y0: number, x1: number, y1: number, x: number): number {
  return y0 * pow(y1 / y0, (x - x0) / (x1 - x0));
}

/**
 * Writes prcLogicChips, prcHbmChips, ascendPerf, productionHuawei and productionPRC.
 * `schedule` is channel-major (channels.ts). Exponentials in time are stepped by their monthly
 * factor; a factor is recomputed only when the control level or roadmap segment changes.
 */
export function fillPrcProduction(params: Float64Array, schedule: Float64Array, ws: Workspace): void {
  const n = ws.nMonths;
  const s = ws.series;
  const logicOut = s.prcLogicChips;
  const hbmOut = s.prcHbmChips;
  const perfOut = s.ascendPerf;
  const huaweiOut = s.productionHuawei;
  const prcOut = s.productionPRC;
  const monthsPerYear = MONTHS_PER_YEAR;
  const sensitivity = params[P.controlGrowthSensitivity];
  const smeOffset = CH.smeControls * n;
  const hbmOffset = CH.hbmControls * n;
  const smicAnchor = SMIC_ANCHOR_MONTH;
  const bankStart = DIE_BANK_START;
  const hbmStart = HBM_CONTROLS_START;

  // SMIC capacity: back-cast from the 2025-12 anchor at the current-controls rate, then step
  // under the scheduled controls. The timeline holds SME controls at 'current' through
  // 2023–2025, so the anchor is met exactly under the historical policy.
  const lnSmicGrowthPerMonth = log(params[P.smicCapacityGrowth]) / monthsPerYear;
  let wafers = params[P.smicAdvancedWpm2025] * exp(-lnSmicGrowthPerMonth * smicAnchor);
  let smeLevel = Number.NaN;
  let smeFactor = 1;

  const chipsPerWafer =
    (params[P.ascendWaferShare] * params[P.grossDiesPerWafer] * params[P.smicYield]) /
    params[P.diesPerAscendChip];
  const tauBank = params[P.dieBankDrawdownMonths];
  let bankDraw = params[P.dieBankChips] / tauBank;
  const bankDecay = exp(-1 / tauBank);
  const tauStock = params[P.hbmStockpileDrawdownMonths];
  const controlsAtStockpile = n > hbmStart ? schedule[hbmOffset + hbmStart] : 0;
  const stockpileBuilt =
    controlsAtStockpile >= 0 ? 1 : controlsAtStockpile <= -1 ? 0 : 1 + controlsAtStockpile;
  let stockDraw = (stockpileBuilt * params[P.hbmStockpileChips]) / tauStock;
  const stockDecay = exp(-1 / tauStock);
  const importsPerMonth = params[P.hbmImportChipsPerMonth];
  const lnHbmGrowthPerMonth = log(params[P.hbmDomesticGrowth]) / monthsPerYear;
  // domestic HBM starts at the controls; back-cast from the 2026-01 anchor at the current rate
  let domestic =
    params[P.hbmDomesticChips2026] * exp(-lnHbmGrowthPerMonth * (HBM_DOMESTIC_ANCHOR - hbmStart));
  let hbmLevel = Number.NaN;
  let hbmFactor = 1;
  const otherVendors = 1 + params[P.otherPrcVendorsShare];

  const epochYear = EPOCH_YEAR;
  const y960 = ROADMAP_960_YEAR + params[P.ascendRoadmapDelayYears];
  const y970 = ROADMAP_970_YEAR + params[P.ascendRoadmapDelayYears];
  let perfSegment = -1;
  let perf = 0;
  let perfFactor = 1;

  for (let m = 0; m < n; m++) {
    // logic [chips/month]
    let logic = wafers * chipsPerWafer;
    if (m >= bankStart) {
      logic += bankDraw;
      bankDraw *= bankDecay;
    }
    const sme = schedule[smeOffset + m];
    if (sme !== smeLevel) {
      smeLevel = sme;
      smeFactor = exp(lnSmicGrowthPerMonth * (1 - sensitivity * sme));
    }
    wafers *= smeFactor;

    // HBM [chips/month]
    const hbmControl = schedule[hbmOffset + m];
    let hbm = hbmControl < 0 ? -hbmControl * importsPerMonth : 0;
    if (m >= hbmStart) {
      hbm += stockDraw + domestic;
      stockDraw *= stockDecay;
      if (hbmControl !== hbmLevel) {
        hbmLevel = hbmControl;
        hbmFactor = exp(lnHbmGrowthPerMonth * (1 - sensitivity * hbmControl));
      }
      domestic *= hbmFactor;
    }

    // H100e per chip along the roadmap
    const year = epochYear + (m + 0.5) / monthsPerYear;
    const segment = perfSegmentIndex(year, y960, y970);
    if (segment !== perfSegment) {
      perfSegment = segment;
      perf = ascendPerf(params, year);
      perfFactor = exp(perfLnSlopePerYear(params, segment, y960, y970) / monthsPerYear);
    } else {
      perf *= perfFactor;
    }

    const huawei = (logic < hbm ? logic : hbm) * perf;
    logicOut[m] = logic;
    hbmOut[m] = hbm;
    perfOut[m] = perf;
    huaweiOut[m] = huawei;
    prcOut[m] = huawei * otherVendors;
  }
}
