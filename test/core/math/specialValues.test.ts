/**
 * src/core/math on values whose results are fixed outside this project:
 *   - the special cases of ECMA-262 §21.3.2 (Math.exp, expm1, log, log1p, pow, sin) and
 *     §6.1.6.1.3 (Number::exponentiate), which every engine must follow;
 *   - the constants ECMA-262 §21.3.1 defines as "the Number value for" e, ln 2, ln 10, √2, √½
 *     (correctly rounded), which exp(1), log(2), log(10), pow(2, ½), pow(½, ½) must return;
 *   - textbook values: sin of the double nearest π is π − fl(π) = 1.2246467991473532e-16
 *     (fdlibm's pi_lo, 0x3CA1A626 33145C07); sin(fl(π)/6) = 0.49999999999999994; exact
 *     integer powers; pow(10, −5) = 0.000009999999999999999, one ulp below 1e-5: fdlibm's pow is
 *     "nearly rounded", not correctly rounded, and V8 has returned this value since it adopted
 *     fdlibm's pow (the value is kept, so Node's results do not change).
 */
import { describe, expect, it } from 'vitest';
import { exp, expm1, log, log1p, pow, sin } from '../../../src/core/math/index.ts';

const INF = Number.POSITIVE_INFINITY;
const NAN = Number.NaN;
const MIN_SUBNORMAL = 5e-324;

describe('exp(x)', () => {
  it('exp(±0) = 1, exp(+∞) = +∞, exp(−∞) = +0, exp(NaN) = NaN', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(INF)).toBe(INF);
    expect(Object.is(exp(-INF), 0)).toBe(true);
    expect(exp(NAN)).toBeNaN();
  });
  it('exp(1) = Math.E; overflow to +∞ above ln(MAX_VALUE), underflow to +0 below ln(MIN_SUBNORMAL)', () => {
    expect(exp(1)).toBe(Math.E);
    expect(exp(709.78)).toBeLessThan(Number.MAX_VALUE);
    expect(exp(709.79)).toBe(INF);
    expect(exp(-745.13)).toBe(MIN_SUBNORMAL);
    expect(Object.is(exp(-745.14), 0)).toBe(true);
  });
});

describe('expm1(x)', () => {
  it('keeps the sign of zero; expm1(+∞) = +∞, expm1(−∞) = −1, expm1(NaN) = NaN', () => {
    expect(Object.is(expm1(-0), -0)).toBe(true);
    expect(Object.is(expm1(0), 0)).toBe(true);
    expect(expm1(INF)).toBe(INF);
    expect(expm1(-INF)).toBe(-1);
    expect(expm1(NAN)).toBeNaN();
  });
  it('expm1(tiny) = tiny, expm1(−40) = −1 to double precision', () => {
    expect(expm1(1e-300)).toBe(1e-300);
    expect(expm1(MIN_SUBNORMAL)).toBe(MIN_SUBNORMAL);
    expect(expm1(-40)).toBe(-1);
  });
});

describe('log(x)', () => {
  it('log(±0) = −∞, log(x < 0) = NaN, log(1) = +0, log(+∞) = +∞, log(NaN) = NaN', () => {
    expect(log(0)).toBe(-INF);
    expect(log(-0)).toBe(-INF);
    expect(log(-1)).toBeNaN();
    expect(log(-INF)).toBeNaN();
    expect(Object.is(log(1), 0)).toBe(true);
    expect(log(INF)).toBe(INF);
    expect(log(NAN)).toBeNaN();
  });
  it('log(2) = Math.LN2, log(10) = Math.LN10, log(e) = 1, log(2^k) = k·ln 2 down to subnormals', () => {
    expect(log(2)).toBe(Math.LN2);
    expect(log(10)).toBe(Math.LN10);
    expect(log(Math.E)).toBe(1);
    expect(log(MIN_SUBNORMAL)).toBeCloseTo(-1074 * Math.LN2, 12);
    expect(log(Number.MAX_VALUE)).toBeCloseTo(709.782712893384, 12);
  });
});

describe('log1p(x)', () => {
  it('keeps the sign of zero; log1p(−1) = −∞, log1p(x < −1) = NaN, log1p(+∞) = +∞', () => {
    expect(Object.is(log1p(-0), -0)).toBe(true);
    expect(Object.is(log1p(0), 0)).toBe(true);
    expect(log1p(-1)).toBe(-INF);
    expect(log1p(-2)).toBeNaN();
    expect(log1p(-INF)).toBeNaN();
    expect(log1p(INF)).toBe(INF);
    expect(log1p(NAN)).toBeNaN();
  });
  it('log1p(1) = Math.LN2, log1p(tiny) = tiny', () => {
    expect(log1p(1)).toBe(Math.LN2);
    expect(log1p(1e-300)).toBe(1e-300);
  });
});

describe('pow(x, y)', () => {
  it('follows Number::exponentiate for NaN, zeros and infinities', () => {
    expect(pow(NAN, 0)).toBe(1);
    expect(pow(NAN, -0)).toBe(1);
    expect(pow(1, NAN)).toBeNaN();
    expect(pow(NAN, 1)).toBeNaN();
    expect(pow(1, INF)).toBeNaN(); // ECMAScript, unlike C's pow (1)
    expect(pow(-1, -INF)).toBeNaN();
    expect(pow(2, INF)).toBe(INF);
    expect(Object.is(pow(2, -INF), 0)).toBe(true);
    expect(Object.is(pow(0.5, INF), 0)).toBe(true);
    expect(pow(0.5, -INF)).toBe(INF);
    expect(pow(INF, 0.5)).toBe(INF);
    expect(Object.is(pow(INF, -1), 0)).toBe(true);
    expect(pow(-INF, 3)).toBe(-INF);
    expect(pow(-INF, 2)).toBe(INF);
    expect(Object.is(pow(-INF, -3), -0)).toBe(true);
    expect(Object.is(pow(-INF, -2), 0)).toBe(true);
    expect(Object.is(pow(0, 3), 0)).toBe(true);
    expect(pow(0, -3)).toBe(INF);
    expect(Object.is(pow(-0, 3), -0)).toBe(true);
    expect(Object.is(pow(-0, 2), 0)).toBe(true);
    expect(pow(-0, -3)).toBe(-INF);
    expect(pow(-0, -2)).toBe(INF);
    expect(Object.is(pow(-0, 0.5), 0)).toBe(true);
  });
  it('negative bases: integer exponents keep the sign rule, others give NaN', () => {
    expect(pow(-2, 3)).toBe(-8);
    expect(pow(-2, 2)).toBe(4);
    expect(pow(-2, -1)).toBe(-0.5);
    expect(pow(-2, 0.5)).toBeNaN();
    expect(pow(-8, 1 / 3)).toBeNaN();
    expect(pow(-1.5, 2 ** 53)).toBe(INF); // |y| ≥ 2⁵³ is an even integer
    expect(pow(-1, 2 ** 60 + 1)).toBe(1);
  });
  it('integer powers of integers are exact; √ through y = ½; the constants', () => {
    expect(pow(3, 20)).toBe(3486784401);
    expect(pow(10, 15)).toBe(1e15);
    expect(pow(2, -1074)).toBe(MIN_SUBNORMAL);
    expect(pow(2, 1023)).toBe(8.98846567431158e307);
    expect(pow(2, 1024)).toBe(INF);
    expect(pow(2, 0.5)).toBe(Math.SQRT2);
    expect(pow(0.5, 0.5)).toBe(Math.SQRT1_2);
    expect(pow(Math.E, 1)).toBe(Math.E);
    expect(pow(10, -5)).toBe(0.000009999999999999999);
  });
});

describe('sin(x)', () => {
  it('keeps the sign of zero; sin(±∞) = sin(NaN) = NaN', () => {
    expect(Object.is(sin(-0), -0)).toBe(true);
    expect(Object.is(sin(0), 0)).toBe(true);
    expect(sin(INF)).toBeNaN();
    expect(sin(-INF)).toBeNaN();
    expect(sin(NAN)).toBeNaN();
  });
  it('sin(fl(π)) = π − fl(π), sin(fl(π)/2) = 1, sin(fl(π)/6) = 0.49999999999999994, odd symmetry', () => {
    expect(sin(Math.PI)).toBe(1.2246467991473532e-16);
    expect(sin(Math.PI / 2)).toBe(1);
    expect(sin(Math.PI / 6)).toBe(0.49999999999999994);
    expect(sin(-Math.PI / 6)).toBe(-0.49999999999999994);
    expect(sin(1e-300)).toBe(1e-300);
  });
  it('huge arguments are reduced exactly: |sin(x)| ≤ 1 and sin(−x) = −sin(x) up to 1e308', () => {
    for (const x of [1e6, 1e22, 1e100, 1e300, Number.MAX_VALUE]) {
      expect(Math.abs(sin(x))).toBeLessThanOrEqual(1);
      expect(sin(-x)).toBe(-sin(x));
    }
    expect(sin(1e22)).toBe(-0.8522008497671888); // Ng, "Argument reduction for huge arguments: good to the last bit" (1992)
  });
});
