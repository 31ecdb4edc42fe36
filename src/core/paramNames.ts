/**
 * The layout of the parameter vector the engine reads. Values, units, distributions and
 * sources live in src/params; the engine only knows each name's slot.
 */
import { FRONT_PARAM_NAMES } from './frontParamNames.ts';

export const COMPUTE_PARAM_NAMES = [
  // unit definition (B15)
  'h100FlopPerSecond',
  // §1.1 Western production (H100e per year, annual totals)
  'westernProduction2023',
  'westernProduction2024',
  'westernProduction2025',
  'westernProduction2026',
  'westernGrowth2027',
  'westernGrowthLongRun',
  'westernGrowthEasingYears',
  'nvidiaShareOfWestern',
  // §1.2 PRC domestic production
  'smicAdvancedWpm2025',
  'smicCapacityGrowth',
  'ascendWaferShare',
  'grossDiesPerWafer',
  'smicYield',
  'diesPerAscendChip',
  'dieBankChips',
  'dieBankDrawdownMonths',
  'hbmStockpileChips',
  'hbmStockpileDrawdownMonths',
  'hbmDomesticChips2026',
  'hbmDomesticGrowth',
  'hbmImportChipsPerMonth',
  'controlGrowthSensitivity',
  'ascendPerf910B',
  'ascendPerf910C',
  'ascendPerf960',
  'ascendPerf970',
  'ascendPerfGrowthAfterRoadmap',
  'ascendRoadmapDelayYears',
  'otherPrcVendorsShare',
  // §1.3 Western chips reaching the PRC
  'exportShareH20',
  'exportShareH200',
  'exportShareBlackwell',
  'prcPurchaseUptake',
  'smugglingLeakShare',
  'enforcementElasticity',
  'locationVerificationEffect',
  'rentedShareOpen',
  'rentedClosedFraction',
  // §1.4 Stocks
  'retirementPerYear',
  'initialStockWestern',
  'initialStockPRC',
] as const;

export const INTELLIGENCE_PARAM_NAMES = [
  // §2.1 Training and research compute
  'mfu',
  'runMonths2025',
  'runDurationGrowth',
  'runMonthsMax',
  'largestRunShareUS2025',
  'largestRunShareCN2025',
  'largestRunShareGrowthUS',
  'largestRunShareGrowthCN',
  'runShareTrendEndYear',
  'researchShareUS',
  'researchShareCN',
  // §2.2 Algorithmic progress
  'algoProgressOOMPerYear',
  'researchElasticity',
  'researchReferenceH100e',
  'talentCN',
  'boostMax',
  'boostThresholdECI',
  'boostRampECI',
  // §2.3 Catch-up
  'spilloverPerYear',
  'distillationPerYear',
  'distillThresholdLog10FLOP',
  'distillThresholdWidthOOM',
  'catchUpComputeElasticity',
  'catchUpReferenceRatio',
  'initialLeadMonths',
  // §2.4 Capability index
  'eciPerOOM',
  'eciReference',
  'eciReferenceYear',
  // §2.6 Open-weight diffusion
  'openReleaseLagMonths',
  'openReleaseShare',
  'frontierReleaseIntervalMonths',
  'mythosReferenceYear',
] as const;

export const PARAM_NAMES = [
  ...COMPUTE_PARAM_NAMES,
  ...INTELLIGENCE_PARAM_NAMES,
  ...FRONT_PARAM_NAMES,
] as const;

export type ParamName = (typeof PARAM_NAMES)[number];

/** Slot of each parameter in the vector: `params[P.mfu]`. */
export const P: Readonly<Record<ParamName, number>> = Object.freeze(
  Object.fromEntries(PARAM_NAMES.map((name, index) => [name, index])) as Record<ParamName, number>,
);

export const N_PARAMS = PARAM_NAMES.length;
