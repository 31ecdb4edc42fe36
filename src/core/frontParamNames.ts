/**
 * Parameter slots of the three other fronts (spec §3–§6): domestic adoption, global
 * distribution, resilience, and the security indicators. Values live in src/params/frontParams.ts.
 */
export const FRONT_PARAM_NAMES = [
  // §3 Domestic adoption
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
  // §4 Global distribution
  'globalShareCN2023',
  'shareCapabilityWeight',
  'sharePriceElasticity',
  'shareConstantUS',
  'usAiExportsWeight',
  'prcSubsidyPriceCut',
  'lockInYears',
  // §5 Resilience (illustrative)
  'exposedShareUS',
  'exposedShareCN',
  'adaptationCapacityUS',
  'adaptationCapacityCN',
  // §6 Security indicators
  'raceThresholdMonths',
  'preDeploymentTestingMonths',
] as const;
