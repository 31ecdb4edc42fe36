/**
 * A scenario's own distributions (`ranges:` in a scenario file) on the run's shared draws.
 *
 * Every scenario of a run shares one matrix of draws from the parameter table (paired draws).
 * A parameter the scenario gives new bounds keeps the table's family (withBounds), and its
 * value in a draw is the new distribution's quantile at the same uniform u that drew the
 * table's value x = F_t⁻¹(u):  x' = F_s⁻¹(F_t(x)) = F_s⁻¹(u). So the draws stay paired across
 * scenarios, rank correlations (Iman–Conover re-orders values within a column) carry over, and
 * a scenario without ranges is untouched. Per family, with table bounds (lo, hi), central c:
 *   uniform, beta(α, β) on [lo, hi]:  x' = lo' + (x − lo)·(hi' − lo')/(hi − lo)   (same shape)
 *   lognormal90 (p5, p95):            x' = m'·exp(k·(ln x − ln m)),  m = √(p5·p95),
 *                                     k = σ'/σ = ln(p95'/p5') / ln(p95/p5)
 *   triangular (lo, c, hi):           u = (x − lo)² / ((hi − lo)(c − lo))            if x < c
 *                                     u = 1 − (hi − x)² / ((hi − lo)(hi − c))        otherwise
 *                                     x' = triangularQuantile(lo', c', hi', u)  (sampler.ts)
 * Compiled once per scenario into typed arrays; applying it to a vector allocates nothing.
 */
import { P, type ParamName } from '../core/index.ts';
import { exp, log } from '../core/math/index.ts';
import { paramSpec } from '../params/index.ts';
import type { ParamRange } from '../scenario/scenario.ts';
import { triangularQuantile } from './sampler.ts';

const KIND_LINEAR = 1;
const KIND_LOG = 2;
const KIND_TRIANGULAR = 3;
/** Constants per slot. */
const WIDTH = 6;

/** The compiled remap of one scenario: slots, a kind code each, WIDTH constants each. */
export interface RangeRemap {
  readonly slots: Int32Array;
  readonly kind: Uint8Array;
  readonly constants: Float64Array;
}

export const NO_RANGES: RangeRemap = {
  slots: new Int32Array(0),
  kind: new Uint8Array(0),
  constants: new Float64Array(0),
};

/**
 * The remap of a scenario's ranges. `central` is the scenario's central vector (a triangular's
 * new mode). Ranges must have passed the schema (uncertain, unpinned, low < high, low > 0 for
 * a lognormal, low ≤ central ≤ high); anything else here is a programmer error.
 */
export function compileRanges(
  ranges: Readonly<Partial<Record<ParamName, ParamRange>>> | undefined,
  central: Float64Array,
): RangeRemap {
  const entries = Object.entries(ranges ?? {}) as [ParamName, ParamRange][];
  if (entries.length === 0) return NO_RANGES;
  entries.sort((a, b) => P[a[0]] - P[b[0]]);
  const slots = new Int32Array(entries.length);
  const kind = new Uint8Array(entries.length);
  const constants = new Float64Array(entries.length * WIDTH);
  entries.forEach(([name, range], k) => {
    const spec = paramSpec(name);
    const d = spec.dist;
    const c = k * WIDTH;
    slots[k] = P[name];
    switch (d.kind) {
      case 'uniform':
      case 'beta':
        kind[k] = KIND_LINEAR;
        constants[c] = d.low;
        constants[c + 1] = (range.high - range.low) / (d.high - d.low);
        constants[c + 2] = range.low;
        return;
      case 'lognormal90':
        kind[k] = KIND_LOG;
        constants[c] = log(Math.sqrt(d.p5 * d.p95));
        constants[c + 1] = log(range.high / range.low) / log(d.p95 / d.p5);
        constants[c + 2] = Math.sqrt(range.low * range.high);
        return;
      case 'triangular':
        kind[k] = KIND_TRIANGULAR;
        constants.set([d.low, spec.central, d.high, range.low, central[P[name]], range.high], c);
        return;
      case 'fixed':
        throw new RangeError(`ranges: ${name} is fixed in the parameter table`);
    }
  });
  return { slots, kind, constants };
}

/** Replaces each ranged slot of `vector` (a draw from the table) by its value under the scenario's range. */
export function applyRanges(remap: RangeRemap, vector: Float64Array, offset = 0): void {
  const { slots, kind, constants: c } = remap;
  for (let k = 0; k < slots.length; k++) {
    const i = offset + slots[k];
    const x = vector[i];
    const at = k * WIDTH;
    switch (kind[k]) {
      case KIND_LINEAR:
        vector[i] = c[at + 2] + (x - c[at]) * c[at + 1];
        break;
      case KIND_LOG:
        vector[i] = c[at + 2] * exp(c[at + 1] * (log(x) - c[at]));
        break;
      case KIND_TRIANGULAR: {
        const lo = c[at];
        const mode = c[at + 1];
        const hi = c[at + 2];
        let u = 1;
        if (x < mode) u = ((x - lo) * (x - lo)) / ((hi - lo) * (mode - lo));
        else if (x < hi) u = 1 - ((hi - x) * (hi - x)) / ((hi - lo) * (hi - mode));
        vector[i] = triangularQuantile(c[at + 3], c[at + 4], c[at + 5], u);
        break;
      }
    }
  }
}
