/**
 * Parameter slots of the three other fronts (spec §3–§6): domestic adoption, global
 * distribution, resilience, and the security indicators.
 */
export const FRONT_PARAM_NAMES = ['raceThresholdMonths', 'preDeploymentTestingMonths'] as const;
