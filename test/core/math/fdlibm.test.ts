/**
 * src/core/math against the reference it was ported from, on about 8 million inputs.
 *
 * 1. Bit for bit against Node's Math.*: V8 11.3 (Node 20) computes Math.exp, log, expm1, log1p,
 *    log10, sin and pow / ** with its own port of fdlibm (v8/src/base/ieee754.cc), the code src/core/math
 *    adapts, so every result must be identical, NaN for NaN. (Newer V8 takes log, log1p and sin
 *    from LLVM's libc, correctly rounded, so this comparison runs only under V8 11.)
 * 2. Pinned hashes of every output: the same inputs must give the same bits in any engine, on
 *    any Node version, now and later (the hashes were recorded when part 1 passed under Node 20).
 * Inputs (test/helpers/mathInputs.ts): random bit patterns (all signs, exponents, subnormals,
 * NaNs), uniform working ranges, points near each algorithm's branch thresholds, log-uniform
 * magnitudes, and the IEEE-754 edge values; for pow also negative bases with integer and
 * half-integer exponents, integer powers of integers, and bases near 1 with huge exponents.
 */
import { describe, expect, it } from 'vitest';
import { exp, expm1, log, log1p, log10, pow, sin } from '../../../src/core/math/index.ts';
import {
  EDGE_VALUES,
  hashOfResults,
  logUniform,
  near,
  pairs,
  randomBitPatterns,
  uniform,
} from '../../helpers/mathInputs.ts';

const N = 1 << 18; // inputs per generator
const UNDER_V8_11 = process.versions.v8.startsWith('11.');
const LN2 = Math.LN2;

interface UnaryCase {
  readonly name: string;
  readonly ours: (x: number) => number;
  readonly reference: (x: number) => number;
  readonly inputs: () => Float64Array[];
  readonly pinnedHash: string;
}

const edges = () => Float64Array.from(EDGE_VALUES);

const UNARY: readonly UnaryCase[] = [
  {
    name: 'exp',
    ours: exp,
    reference: Math.exp,
    inputs: () => [
      randomBitPatterns(N, 1),
      uniform(N, 2, -750, 750),
      near(N, 3, [
        0,
        LN2 / 2,
        -LN2 / 2,
        1.5 * LN2,
        -1.5 * LN2,
        709.782712893384,
        -745.1332191019411,
        -708.39,
      ]),
      logUniform(N, 4, -60, 10, true),
      edges(),
    ],
    pinnedHash: 'f79c0538',
  },
  {
    name: 'expm1',
    ours: expm1,
    reference: Math.expm1,
    inputs: () => [
      randomBitPatterns(N, 5),
      uniform(N, 6, -50, 50),
      near(N, 7, [0, LN2 / 2, -LN2 / 2, 1.5 * LN2, -1.5 * LN2, 56 * LN2, -56 * LN2, 20 * LN2, 709.78]),
      logUniform(N, 8, -60, 10, true),
      edges(),
    ],
    pinnedHash: '9b986225',
  },
  {
    name: 'log',
    ours: log,
    reference: Math.log,
    inputs: () => [
      randomBitPatterns(N, 9),
      uniform(N, 10, 0, 10),
      near(N, 11, [1, 2, 0.5, Math.SQRT2, Math.SQRT1_2, 1e-310]),
      logUniform(N, 12, -1074, 1024, false),
      edges(),
    ],
    pinnedHash: '653197ec',
  },
  {
    name: 'log10',
    ours: log10,
    reference: Math.log10,
    inputs: () => [
      randomBitPatterns(N, 36),
      uniform(N, 37, 0, 1000),
      near(N, 38, [1, 10, 0.1, 2, 0.5, 1e-310]),
      logUniform(N, 39, -1074, 1024, false),
      edges(),
    ],
    pinnedHash: 'c4fe29d5',
  },
  {
    name: 'log1p',
    ours: log1p,
    reference: Math.log1p,
    inputs: () => [
      randomBitPatterns(N, 13),
      uniform(N, 14, -1, 10),
      near(N, 15, [0, -0.2928932188134524, 0.41421356237309503, -1, 2 ** 53, 1]),
      logUniform(N, 16, -60, 60, true),
      edges(),
    ],
    pinnedHash: '37da6209',
  },
  {
    name: 'sin',
    ours: sin,
    reference: Math.sin,
    inputs: () => [
      randomBitPatterns(N, 17),
      uniform(N, 18, -10, 10),
      uniform(N, 19, -2e6, 2e6),
      near(N, 20, [
        Math.PI / 4,
        Math.PI / 2,
        (3 * Math.PI) / 4,
        Math.PI,
        10 * Math.PI,
        2 ** 19 * Math.PI,
        1e22,
      ]),
      logUniform(N, 21, -30, 1024, true),
      edges(),
    ],
    pinnedHash: '23417c4d',
  },
];

/** Pairs (x, y) for pow. */
function powInputs(): [Float64Array, Float64Array][] {
  const integersIn = (n: number, seed: number, low: number, high: number) =>
    uniform(n, seed, low, high).map(Math.floor);
  const halves = uniform(N, 27, -40, 40).map((y) => Math.floor(y) + 0.5);
  return [
    [randomBitPatterns(N, 22), randomBitPatterns(N, 23)],
    [uniform(N, 24, 0, 100), uniform(N, 25, -50, 50)],
    [uniform(N, 26, -10, 0), integersIn(N, 28, -60, 60)],
    [uniform(N, 29, -10, 0), halves],
    [integersIn(N, 30, 0, 100), integersIn(N, 31, 0, 40)],
    [near(N, 32, [1]), logUniform(N, 33, 0, 70, true)],
    [logUniform(N, 34, -1074, 1024, false), uniform(N, 35, -2, 2)],
    pairs(EDGE_VALUES),
  ];
}
const POW_PINNED_HASH = '8174e4dd';

/** Results of f on every input, in order. */
function resultsOf(f: (x: number) => number, inputs: Float64Array[]): Float64Array {
  const total = inputs.reduce((sum, part) => sum + part.length, 0);
  const out = new Float64Array(total);
  let k = 0;
  for (const part of inputs) for (let i = 0; i < part.length; i++) out[k++] = f(part[i]);
  return out;
}

function sameBits(a: number, b: number): boolean {
  return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
}

/** "f(x) = ours, Math: reference" for the first few inputs where the two differ. */
function mismatches(inputs: Float64Array[], ours: Float64Array, reference: (x: number) => number): string[] {
  const found: string[] = [];
  let k = 0;
  for (const part of inputs) {
    for (let i = 0; i < part.length; i++, k++) {
      const expected = reference(part[i]);
      if (!sameBits(ours[k], expected) && found.length < 5)
        found.push(`${part[i]} → ${ours[k]}, Math: ${expected}`);
    }
  }
  return found;
}

describe.each(UNARY)('$name(x)', ({ name, ours, reference, inputs, pinnedHash }) => {
  const xs = inputs();
  const results = resultsOf(ours, xs);

  it.runIf(UNDER_V8_11)(`equals Math.${name} bit for bit on every input`, () => {
    expect(results.length).toBeGreaterThan(4 * N);
    expect(mismatches(xs, results, reference)).toEqual([]);
  });

  it('gives the pinned bits in any engine', () => {
    expect(hashOfResults(results)).toBe(pinnedHash);
  });
});

describe('pow(x, y)', () => {
  const inputs = powInputs();
  const results = new Float64Array(inputs.reduce((sum, [xs]) => sum + xs.length, 0));
  let k = 0;
  for (const [xs, ys] of inputs) for (let i = 0; i < xs.length; i++) results[k++] = pow(xs[i], ys[i]);

  it.runIf(UNDER_V8_11)('equals x ** y and Math.pow bit for bit on every pair', () => {
    const found: string[] = [];
    let j = 0;
    for (const [xs, ys] of inputs) {
      for (let i = 0; i < xs.length; i++, j++) {
        const expected = xs[i] ** ys[i];
        if ((!sameBits(results[j], expected) || !sameBits(expected, xs[i] ** ys[i])) && found.length < 5) {
          found.push(`${xs[i]} ** ${ys[i]} → ${results[j]}, V8: ${expected}`);
        }
      }
    }
    expect(results.length).toBeGreaterThan(7 * N);
    expect(found).toEqual([]);
  });

  it('gives the pinned bits in any engine', () => {
    expect(hashOfResults(results)).toBe(POW_PINNED_HASH);
  });
});
