/**
 * ln x, adapted from fdlibm 5.3 e_log.c 1.3 (Sun Microsystems, 1993; "Permission to use, copy,
 * modify, and distribute this software is freely granted, provided that this notice is
 * preserved"), as in FreeBSD msun src/e_log.c and V8 11.3 (Node 20) v8/src/base/ieee754.cc.
 *
 * Method:
 *   1. reduce: x = 2ᵏ·(1 + f) with √2/2 < 1 + f < √2;
 *   2. with s = f/(2 + f), log(1 + f) = log(1 + s) − log(1 − s) = 2s + s·R(s²), R a Remez
 *      polynomial Lg1·s² + … + Lg7·s¹⁴ (error < 2⁻⁵⁸·⁴⁵), computed as
 *      f − (hfsq − s·(hfsq + R)) with hfsq = f²/2 (or f − s·(f − R) where that is accurate);
 *   3. log(x) = k·ln2_hi + (log(1 + f) + k·ln2_lo), k·ln2_hi exact for |k| < 2000.
 * Error < 1 ulp. log(±0) = −∞, log(x < 0) = NaN, log(+∞) = +∞, log(NaN) = NaN.
 */
import { highWord, lowWord } from './bits.ts';
import { LG1, LG2, LG3, LG4, LG5, LG6, LG7, LN2_HI, LN2_LO } from './constants.ts';
import { POW2, POW2_OFFSET } from './powersOfTwo.ts';

const TWO54 = 1.8014398509481984e16; // 2⁵⁴

/**
 * Natural logarithm of x. The common case — x positive, normal and finite, 1 + f not within
 * 2⁻²⁰ of 1 — is one small function, so that V8 inlines it at the call site; zero, negatives,
 * subnormals, ±∞ and NaN go to logOutsideNormalRange, and f near 0 to logNearOne.
 */
export function log(x: number): number {
  const high = highWord(x);
  if (high < 0x00100000 || high >= 0x7ff00000) return logOutsideNormalRange(x, high);
  return logOfNormal(x, high, 0);
}

/**
 * ln(x·2^k0) for a positive normal x whose high word is `high`. x or x/2 is normalised into
 * [√2/2, √2): fdlibm writes the exponent field; multiplying by the power of two is the same,
 * exactly (the result is normal), and much faster in V8.
 */
function logOfNormal(x: number, high: number, k0: number): number {
  const hx = high & 0x000fffff;
  const shift = (high >> 20) - 1023 + (((hx + 0x95f64) & 0x100000) >> 20);
  const f = x * POW2[POW2_OFFSET - shift] - 1;
  const k = k0 + shift;
  if ((0x000fffff & (2 + hx)) < 3) return logNearOne(f, k); // −2⁻²⁰ ≤ f < 2⁻²⁰
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const R = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7))) + w * (LG2 + w * (LG4 + w * LG6));
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + R)) : k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - R) : k * LN2_HI - (s * (f - R) - k * LN2_LO - f);
}

/** k·ln2 + log(1 + f) for |f| < 2⁻²⁰: log(1 + f) ≈ f − f²/2 + f³/3. */
function logNearOne(f: number, k: number): number {
  if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
  const R = f * f * (0.5 - 0.3333333333333333 * f);
  return k === 0 ? f - R : k * LN2_HI - (R - k * LN2_LO - f);
}

/** log of zero, negatives, subnormals, ±∞ and NaN. */
function logOutsideNormalRange(x: number, high: number): number {
  if (((high & 0x7fffffff) | lowWord(x)) === 0) return Number.NEGATIVE_INFINITY; // log(±0)
  if (high < 0) return Number.NaN; // x < 0
  if (high >= 0x7ff00000) return x + x; // +∞ or NaN
  const scaled = x * TWO54; // a subnormal, scaled up
  return logOfNormal(scaled, highWord(scaled), -54);
}
