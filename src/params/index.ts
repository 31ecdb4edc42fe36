export { parseCsv } from './csv.ts';
export {
  type Distribution,
  type DistributionKind,
  boundsMeaning,
  boundsOf,
  describeDistribution,
  fmt,
  supportOf,
  withBounds,
} from './distribution.ts';
export { groupOf, PARAM_GROUPS, type ParamGroup } from './groups.ts';
export type { ParamSpec } from './paramSpec.ts';
export { centralParams, isParamName, PARAM_TABLE, paramSpec } from './table.ts';
