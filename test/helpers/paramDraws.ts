/**
 * fast-check arbitraries for parameter vectors: every parameter drawn inside its distribution's
 * support (uniform, triangular, beta: [low, high]; lognormal90: [p5, p95]; fixed: the central
 * value). Draws are named records, so a counterexample prints with parameter names.
 */
import fc from 'fast-check';
import { N_PARAMS, P, PARAM_NAMES, type ParamName } from '../../src/core/index.ts';
import { centralParams, PARAM_TABLE, type ParamSpec } from '../../src/params/index.ts';

export type ParamDraw = Readonly<Record<ParamName, number>>;

/** [lo, hi] a test draws a parameter from; lo = hi for fixed parameters. */
export function drawInterval(spec: ParamSpec): readonly [number, number] {
  const d = spec.dist;
  switch (d.kind) {
    case 'fixed':
      return [spec.central, spec.central];
    case 'uniform':
    case 'triangular':
    case 'beta':
      return [d.low, d.high];
    case 'lognormal90':
      return [d.p5, d.p95];
  }
}

function paramArbitrary(spec: ParamSpec): fc.Arbitrary<number> {
  const [lo, hi] = drawInterval(spec);
  if (lo === hi) return fc.constant(lo);
  return fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
}

const recordModel = Object.fromEntries(
  PARAM_TABLE.map((spec) => [spec.name, paramArbitrary(spec)]),
) as Record<ParamName, fc.Arbitrary<number>>;

/** A whole parameter vector, each value inside its distribution's support. */
export const paramDrawArbitrary: fc.Arbitrary<ParamDraw> = fc.record(recordModel);

/** The draw as the engine's vector (slot order of PARAM_NAMES). */
export function toParamVector(draw: ParamDraw): Float64Array {
  const params = new Float64Array(N_PARAMS);
  for (const name of PARAM_NAMES) params[P[name]] = draw[name];
  return params;
}

/** The central vector as a named record (a fixed example for the properties). */
export function centralDraw(): ParamDraw {
  const central = centralParams();
  return Object.fromEntries(PARAM_NAMES.map((name) => [name, central[P[name]]])) as Record<ParamName, number>;
}
