/**
 * The parameter table: every number the engine reads, in the order of the parameter vector.
 */
import { N_PARAMS, PARAM_NAMES, type ParamName } from '../core/index.ts';
import { COMPUTE_PARAMS } from './computeParams.ts';
import { FRONT_PARAMS } from './frontParams.ts';
import { INTELLIGENCE_PARAMS } from './intelligenceParams.ts';
import type { ParamSpec } from './paramSpec.ts';

function ordered(): readonly ParamSpec[] {
  const byName = new Map<string, ParamSpec>();
  for (const spec of [...COMPUTE_PARAMS, ...INTELLIGENCE_PARAMS, ...FRONT_PARAMS]) {
    if (byName.has(spec.name)) throw new Error(`parameter table: ${spec.name} is listed twice`);
    byName.set(spec.name, spec);
  }
  return PARAM_NAMES.map((name) => {
    const spec = byName.get(name);
    if (!spec) throw new Error(`parameter table: ${name} has no row`);
    return spec;
  });
}

/** All rows, index i describing params[i]. */
export const PARAM_TABLE: readonly ParamSpec[] = ordered();

const BY_NAME = new Map<string, ParamSpec>(PARAM_TABLE.map((spec) => [spec.name, spec]));

export function isParamName(name: string): name is ParamName {
  return BY_NAME.has(name);
}

export function paramSpec(name: ParamName): ParamSpec {
  return BY_NAME.get(name) as ParamSpec;
}

/** The vector of central values. */
export function centralParams(): Float64Array {
  const params = new Float64Array(N_PARAMS);
  for (let i = 0; i < N_PARAMS; i++) params[i] = PARAM_TABLE[i].central;
  return params;
}
