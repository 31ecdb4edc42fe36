/** The uncertainty of one parameter (spec §10). */
export type Distribution =
  | { readonly kind: 'fixed' }
  /** Uniform on [low, high]. */
  | { readonly kind: 'uniform'; readonly low: number; readonly high: number }
  /** Triangular on [low, high] with its mode at the central value. */
  | { readonly kind: 'triangular'; readonly low: number; readonly high: number }
  /** Lognormal whose 5th and 95th percentiles are p5 and p95 (median √(p5·p95)). */
  | { readonly kind: 'lognormal90'; readonly p5: number; readonly p95: number }
  /** Beta(alpha, beta) scaled to [low, high]. */
  | {
      readonly kind: 'beta';
      readonly alpha: number;
      readonly beta: number;
      readonly low: number;
      readonly high: number;
    };

export type DistributionKind = Distribution['kind'];

/** Short human form: "uniform 0.2–0.8", "lognormal 90% 0.01–0.08". */
export function describeDistribution(d: Distribution): string {
  switch (d.kind) {
    case 'fixed':
      return 'fixed';
    case 'uniform':
      return `uniform ${fmt(d.low)}–${fmt(d.high)}`;
    case 'triangular':
      return `triangular ${fmt(d.low)}–${fmt(d.high)}`;
    case 'lognormal90':
      return `lognormal 90% ${fmt(d.p5)}–${fmt(d.p95)}`;
    case 'beta':
      return `beta(${fmt(d.alpha)}, ${fmt(d.beta)}) on ${fmt(d.low)}–${fmt(d.high)}`;
  }
}

/** The interval a distribution's draws can fall in (lognormal: open above; reported as its 90% range). */
export function supportOf(d: Distribution, central: number): [number, number] {
  switch (d.kind) {
    case 'fixed':
      return [central, central];
    case 'uniform':
    case 'triangular':
    case 'beta':
      return [d.low, d.high];
    case 'lognormal90':
      return [0, Number.POSITIVE_INFINITY];
  }
}

export function fmt(x: number): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e5 || a < 1e-3) return x.toExponential(2).replace('e+', 'e');
  return String(Number(x.toPrecision(4)));
}

/**
 * The two numbers that bound a distribution, as a scenario's `ranges:` states them: the low and
 * high ends of a uniform, triangular or beta distribution (every draw lies between them), the 5th
 * and 95th percentiles of a lognormal90 one; undefined for a fixed parameter.
 */
export function boundsOf(d: Distribution): readonly [number, number] | undefined {
  switch (d.kind) {
    case 'fixed':
      return undefined;
    case 'uniform':
    case 'triangular':
    case 'beta':
      return [d.low, d.high];
    case 'lognormal90':
      return [d.p5, d.p95];
  }
}

/** What a distribution's bounds mean, for labels: "range" (every draw) or "5–95%". */
export function boundsMeaning(d: Distribution): 'range' | '5–95%' {
  return d.kind === 'lognormal90' ? '5–95%' : 'range';
}

/**
 * The same family with new bounds (low, high in the sense of boundsOf): a uniform or triangular
 * on [low, high], a beta of the same shape (α, β) on [low, high], a lognormal90 with p5 = low
 * and p95 = high. A fixed distribution stays fixed.
 */
export function withBounds(d: Distribution, low: number, high: number): Distribution {
  switch (d.kind) {
    case 'fixed':
      return d;
    case 'uniform':
    case 'triangular':
    case 'beta':
      return { ...d, low, high };
    case 'lognormal90':
      return { kind: 'lognormal90', p5: low, p95: high };
  }
}
