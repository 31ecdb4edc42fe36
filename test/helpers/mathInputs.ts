/**
 * Seeded inputs for the tests of src/core/math: random bit patterns, uniform ranges, points
 * near each algorithm's thresholds, and the IEEE-754 edge values, as Float64Arrays. The
 * streams are fixed by their seeds, so the pinned output hashes (fdlibm.test.ts) stay valid.
 */

/** mulberry32: a small seeded 32-bit generator (Tommy Ettinger, public domain). */
export function seededWords(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
scratch[0] = 1;
const HI = words[1] === 0x3ff00000 ? 1 : 0;

/** The double with these two 32-bit words. */
export function doubleOfWords(high: number, low: number): number {
  words[HI] = high;
  words[1 - HI] = low;
  return scratch[0];
}

/** n doubles with uniformly random bit patterns (every sign, exponent, NaN and subnormal). */
export function randomBitPatterns(n: number, seed: number): Float64Array {
  const next = seededWords(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = doubleOfWords(next(), next());
  return out;
}

/** n doubles uniform on [low, high). */
export function uniform(n: number, seed: number, low: number, high: number): Float64Array {
  const next = seededWords(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = (next() * 2097152 + (next() >>> 11)) / 9007199254740992; // 53 random bits in [0, 1)
    out[i] = low + (high - low) * u;
  }
  return out;
}

/** n doubles log-uniform in magnitude between 2^lowExp and 2^highExp, with random sign when `signed`. */
export function logUniform(
  n: number,
  seed: number,
  lowExp: number,
  highExp: number,
  signed: boolean,
): Float64Array {
  const next = seededWords(seed);
  const exponents = uniform(n, seed + 1, lowExp, highExp);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const magnitude = 2 ** exponents[i]; // the test's own spread of inputs, not a result under test
    out[i] = signed && (next() & 1) === 1 ? -magnitude : magnitude;
  }
  return out;
}

/** n doubles c·(1 + δ) with δ of random sign and magnitude 2^−1 … 2^−52, and c itself, its neighbours. */
export function near(n: number, seed: number, centres: readonly number[]): Float64Array {
  const next = seededWords(seed);
  const spread = uniform(n, seed + 1, 1, 52);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = centres[next() % centres.length];
    const delta = 2 ** -spread[i] * ((next() & 1) === 1 ? -1 : 1);
    out[i] = c === 0 ? delta : c * (1 + delta);
  }
  return out;
}

const MIN_SUBNORMAL = 5e-324;
const MAX_SUBNORMAL = 2.225073858507201e-308;
const MIN_NORMAL = 2.2250738585072014e-308;

/** The edge values of IEEE-754 doubles and of the functions' special cases. */
export const EDGE_VALUES: readonly number[] = [
  0,
  -0,
  MIN_SUBNORMAL,
  -MIN_SUBNORMAL,
  MAX_SUBNORMAL,
  -MAX_SUBNORMAL,
  MIN_NORMAL,
  -MIN_NORMAL,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
  Number.EPSILON,
  1,
  -1,
  1 + Number.EPSILON,
  1 - Number.EPSILON / 2,
  0.5,
  -0.5,
  1.5,
  -1.5,
  2,
  -2,
  3,
  -3,
  10,
  0.1,
  1e-300,
  1e300,
  2 ** 31,
  2 ** 52,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 64,
  -(2 ** 53),
  Math.PI,
  Math.PI / 2,
  Math.PI / 4,
  Math.E,
  Math.LN2,
  709.782712893384, // exp overflows just above
  709.7827128933841,
  -745.1332191019411, // exp underflows to 0 just below
  -745.1332191019412,
  -708.3964185322641, // exp's last normal result
  38.816242111356935, // 56·ln2: expm1's −1 threshold
  -38.816242111356935,
];

/** Every ordered pair of `values`, as two parallel arrays. */
export function pairs(values: readonly number[]): [Float64Array, Float64Array] {
  const n = values.length;
  const xs = new Float64Array(n * n);
  const ys = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      xs[i * n + j] = values[i];
      ys[i * n + j] = values[j];
    }
  }
  return [xs, ys];
}

/** FNV-1a over the 32-bit words of each value, every NaN counted as one canonical NaN. */
export function hashOfResults(values: Float64Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    scratch[0] = Number.isNaN(x) ? Number.NaN : x;
    h = Math.imul(h ^ words[HI], 0x01000193);
    h = Math.imul(h ^ words[1 - HI], 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
