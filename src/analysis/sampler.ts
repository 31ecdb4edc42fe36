/**
 * Parameter sampling by inversion (spec §10): each drawn parameter is F⁻¹(u) of its
 * distribution, for a uniform u from the draw's own stream (rng.ts). The drawn parameters
 * take their uniforms in table order, two 32-bit outputs each, so a parameter's value in a
 * draw depends only on (seed, draw index, its place in the table) — never on the scenario.
 *
 * Inverse CDFs, for u in (0, 1):
 *   uniform(lo, hi):       lo + (hi − lo)·u
 *   triangular(lo, c, hi): lo + √(u (hi − lo)(c − lo))          if u < (c − lo)/(hi − lo)
 *                          hi − √((1 − u)(hi − lo)(hi − c))     otherwise      (c = central)
 *   lognormal90(p5, p95):  m·exp(σ Φ⁻¹(u)), m = √(p5·p95), σ = ln(p95/p5) / (2·z₀.₉₅), z₀.₉₅ = Φ⁻¹(0.95)
 *   beta(α, β) on [lo, hi]: lo + (hi − lo)·I⁻¹_u(α, β), the inverse of the regularized incomplete
 *                          beta function by bracketed Newton iteration (mcSpecial.ts) — an inverse
 *                          CDF, not a rejection sampler, so rank-based correlation applies to it too.
 * Parameters whose distribution is `fixed` are not drawn: they keep their central value.
 */
import { N_PARAMS, PARAM_NAMES } from '../core/index.ts';
import { exp, log } from '../core/math/index.ts';
import type { Distribution, ParamSpec } from '../params/index.ts';
import { PARAM_TABLE } from '../params/index.ts';
import { betaQuantile, normalQuantile } from './mcSpecial.ts';
import { DOMAIN_DRAW, type DrawRandom } from './rng.ts';

/** z₀.₉₅ = Φ⁻¹(0.95): the 90% interval of a normal spans ±z₀.₉₅ standard deviations. */
export const Z_95 = 1.6448536269514722;

const KIND_FIXED = 0;
const KIND_UNIFORM = 1;
const KIND_TRIANGULAR = 2;
const KIND_LOGNORMAL = 3;
const KIND_BETA = 4;

/** F⁻¹(u) of a parameter's distribution (`central` is the triangular mode; fixed returns it). */
export function inverseCdf(dist: Distribution, central: number, u: number): number {
  switch (dist.kind) {
    case 'fixed':
      return central;
    case 'uniform':
      return dist.low + (dist.high - dist.low) * u;
    case 'triangular':
      return triangularQuantile(dist.low, central, dist.high, u);
    case 'lognormal90': {
      const { median, sigma } = lognormal90Shape(dist.p5, dist.p95);
      return median * exp(sigma * normalQuantile(u));
    }
    case 'beta':
      return dist.low + (dist.high - dist.low) * betaQuantile(u, dist.alpha, dist.beta);
  }
}

/** Median and log-standard-deviation of the lognormal with 5th/95th percentiles p5, p95. */
export function lognormal90Shape(p5: number, p95: number): { median: number; sigma: number } {
  return { median: Math.sqrt(p5 * p95), sigma: log(p95 / p5) / (2 * Z_95) };
}

/** Closed-form inverse CDF of the triangular distribution on [low, high] with mode `mode`. */
export function triangularQuantile(low: number, mode: number, high: number, u: number): number {
  const width = high - low;
  if (u * width < mode - low) return low + Math.sqrt(u * width * (mode - low));
  return high - Math.sqrt((1 - u) * width * (high - mode));
}

function invalid(spec: ParamSpec, why: string): Error {
  return new Error(`parameter table: ${spec.name} has an invalid distribution (${why})`);
}

/**
 * The parameter table compiled for fast sampling: per slot a kind code and its constants.
 * Sampling a draw allocates nothing.
 */
export class ParamSampler {
  readonly nParams: number;
  /** 1 where the table draws the parameter (distribution not fixed). */
  readonly drawn: Uint8Array;
  /** Central values: what undrawn slots hold. */
  readonly central: Float64Array;
  private readonly kind: Uint8Array;
  private readonly c0: Float64Array;
  private readonly c1: Float64Array;
  private readonly c2: Float64Array;
  private readonly c3: Float64Array;

  constructor(table: readonly ParamSpec[] = PARAM_TABLE) {
    const n = table.length;
    this.nParams = n;
    this.drawn = new Uint8Array(n);
    this.central = new Float64Array(n);
    this.kind = new Uint8Array(n);
    this.c0 = new Float64Array(n);
    this.c1 = new Float64Array(n);
    this.c2 = new Float64Array(n);
    this.c3 = new Float64Array(n);
    for (let i = 0; i < n; i++) this.compile(i, table[i]);
  }

  private compile(i: number, spec: ParamSpec): void {
    const d = spec.dist;
    this.central[i] = spec.central;
    switch (d.kind) {
      case 'fixed':
        this.kind[i] = KIND_FIXED;
        return;
      case 'uniform':
        if (!(d.low <= d.high)) throw invalid(spec, `uniform needs low ≤ high, got ${d.low}, ${d.high}`);
        this.kind[i] = KIND_UNIFORM;
        this.c0[i] = d.low;
        this.c1[i] = d.high - d.low;
        break;
      case 'triangular':
        if (!(d.low <= spec.central && spec.central <= d.high && d.low < d.high)) {
          throw invalid(
            spec,
            `triangular needs low ≤ central ≤ high, got ${d.low}, ${spec.central}, ${d.high}`,
          );
        }
        this.kind[i] = KIND_TRIANGULAR;
        this.c0[i] = d.low;
        this.c1[i] = spec.central;
        this.c2[i] = d.high;
        break;
      case 'lognormal90': {
        if (!(d.p5 > 0 && d.p5 < d.p95))
          throw invalid(spec, `lognormal90 needs 0 < p5 < p95, got ${d.p5}, ${d.p95}`);
        const { median, sigma } = lognormal90Shape(d.p5, d.p95);
        this.kind[i] = KIND_LOGNORMAL;
        this.c0[i] = median;
        this.c1[i] = sigma;
        break;
      }
      case 'beta':
        if (!(d.alpha > 0 && d.beta > 0 && d.low < d.high)) {
          throw invalid(
            spec,
            `beta needs alpha, beta > 0 and low < high, got ${d.alpha}, ${d.beta}, ${d.low}, ${d.high}`,
          );
        }
        this.kind[i] = KIND_BETA;
        this.c0[i] = d.alpha;
        this.c1[i] = d.beta;
        this.c2[i] = d.low;
        this.c3[i] = d.high - d.low;
        break;
    }
    this.drawn[i] = 1;
  }

  /** Value of slot i at uniform u (the compiled form of inverseCdf). */
  valueAt(i: number, u: number): number {
    switch (this.kind[i]) {
      case KIND_UNIFORM:
        return this.c0[i] + this.c1[i] * u;
      case KIND_TRIANGULAR:
        return triangularQuantile(this.c0[i], this.c1[i], this.c2[i], u);
      case KIND_LOGNORMAL:
        return this.c0[i] * exp(this.c1[i] * normalQuantile(u));
      case KIND_BETA:
        return this.c2[i] + this.c3[i] * betaQuantile(u, this.c0[i], this.c1[i]);
      default:
        return this.central[i];
    }
  }

  /** Writes draw `drawIndex`'s parameter vector (every slot) into out[offset … offset + nParams). */
  sampleDraw(rng: DrawRandom, seed: number, drawIndex: number, out: Float64Array, offset: number): void {
    rng.seed(DOMAIN_DRAW, seed, drawIndex);
    const n = this.nParams;
    for (let i = 0; i < n; i++) {
      out[offset + i] = this.drawn[i] === 1 ? this.valueAt(i, rng.uniform()) : this.central[i];
    }
  }

  /** Rows firstDraw … firstDraw + count − 1 into a row-major matrix (row d at d·nParams). */
  sampleBlock(rng: DrawRandom, seed: number, firstDraw: number, count: number, matrix: Float64Array): void {
    for (let d = 0; d < count; d++) this.sampleDraw(rng, seed, firstDraw + d, matrix, d * this.nParams);
  }
}

/** Names and values of a parameter vector, "name=value, …", with full precision (for messages). */
export function formatParameterVector(params: Float64Array): string {
  const parts: string[] = [];
  for (let i = 0; i < N_PARAMS; i++) parts.push(`${PARAM_NAMES[i]}=${String(params[i])}`);
  return parts.join(', ');
}
