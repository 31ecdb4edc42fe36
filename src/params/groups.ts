/**
 * Parameter groups: which kind of belief each parameter is, for sensitivity analysis by group
 * ("what kind of belief matters" before the individual names). Every parameter belongs to
 * exactly one group (test/params/groups.test.ts); the order follows the parameter table.
 */
import type { ParamName } from '../core/index.ts';

export interface ParamGroup {
  /** Short id, used in --json and CSV. */
  readonly id: string;
  /** Label for tables and charts. */
  readonly label: string;
  readonly params: readonly ParamName[];
}

export const PARAM_GROUPS: readonly ParamGroup[] = [
  {
    id: 'westernSupply',
    label: 'Western supply',
    params: [
      'h100FlopPerSecond',
      'westernProduction2023',
      'westernProduction2024',
      'westernProduction2025',
      'westernProduction2026',
      'westernGrowth2027',
      'westernGrowthLongRun',
      'westernGrowthEasingYears',
      'nvidiaShareOfWestern',
    ],
  },
  {
    id: 'prcProduction',
    label: 'PRC domestic production',
    params: [
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
    ],
  },
  {
    id: 'chipFlows',
    label: 'Exports, smuggling and rented compute',
    params: [
      'exportShareH20',
      'exportShareH200',
      'exportShareBlackwell',
      'prcPurchaseUptake',
      'smugglingLeakShare',
      'enforcementElasticity',
      'locationVerificationEffect',
      'rentedShareOpen',
      'rentedClosedFraction',
    ],
  },
  {
    id: 'stocks',
    label: 'Starting stocks and retirement',
    params: ['retirementPerYear', 'initialStockWestern', 'initialStockPRC'],
  },
  {
    id: 'trainingCompute',
    label: 'Training runs and research compute',
    params: [
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
    ],
  },
  {
    id: 'algorithmicProgress',
    label: 'Algorithmic progress and AI-accelerated R&D',
    params: [
      'algoProgressOOMPerYear',
      'researchElasticity',
      'researchReferenceH100e',
      'talentCN',
      'boostMax',
      'boostThresholdECI',
      'boostRampECI',
    ],
  },
  {
    id: 'catchUp',
    label: 'Catch-up and distillation',
    params: [
      'spilloverPerYear',
      'distillationPerYear',
      'distillThresholdLog10FLOP',
      'distillThresholdWidthOOM',
      'catchUpComputeElasticity',
      'catchUpReferenceRatio',
      'initialLeadMonths',
    ],
  },
  {
    id: 'capabilityMapping',
    label: 'Capability mapping (ECI) and open weights',
    params: [
      'eciPerOOM',
      'eciReference',
      'eciReferenceYear',
      'openReleaseLagMonths',
      'openReleaseShare',
      'frontierReleaseIntervalMonths',
      'mythosReferenceYear',
    ],
  },
  {
    id: 'otherFronts',
    label: 'The other fronts and security indicators',
    params: [
      'adoptionInitialUS',
      'adoptionInitialCN',
      'adoptionRateUS',
      'adoptionRateCN',
      'adoptionPushGain',
      'adoptionCeilingMax',
      'adoptionCeilingMidECI',
      'adoptionCeilingScaleECI',
      'inferenceShareOfNonResearch',
      'inferenceDemandFullUS2023',
      'inferenceDemandRatioCN',
      'inferenceIntensityGrowthOOM',
      'globalShareCN2023',
      'shareCapabilityWeight',
      'sharePriceElasticity',
      'shareConstantUS',
      'usAiExportsWeight',
      'prcSubsidyPriceCut',
      'lockInYears',
      'exposedShareUS',
      'exposedShareCN',
      'adaptationCapacityUS',
      'adaptationCapacityCN',
      'raceThresholdMonths',
      'preDeploymentTestingMonths',
    ],
  },
];

const GROUP_OF = new Map<string, ParamGroup>(
  PARAM_GROUPS.flatMap((g) => g.params.map((p) => [p, g] as const)),
);

/** The group a parameter belongs to (every parameter has one; test/params/groups.test.ts). */
export function groupOf(name: ParamName): ParamGroup {
  const group = GROUP_OF.get(name);
  if (!group) throw new Error(`parameter groups: ${name} is in no group (src/params/groups.ts)`);
  return group;
}
