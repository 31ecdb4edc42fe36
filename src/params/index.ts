export { describeDistribution, type Distribution, type DistributionKind, fmt, supportOf } from './distribution.ts';
export type { ParamSpec } from './paramSpec.ts';
export { centralParams, isParamName, PARAM_TABLE, paramSpec } from './table.ts';
