export { parseCsv } from './csv.ts';
export {
  boundsMeaning,
  boundsOf,
  type Distribution,
  type DistributionKind,
  describeDistribution,
  fmt,
  supportOf,
  withBounds,
} from './distribution.ts';
export { groupOf, PARAM_GROUPS, type ParamGroup } from './groups.ts';
export type { ParamSpec } from './paramSpec.ts';
export { centralParams, isParamName, PARAM_TABLE, paramSpec } from './table.ts';
