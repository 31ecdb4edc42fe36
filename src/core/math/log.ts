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

/** Natural logarithm of x. */
export function log(x: number): number {
  let hx = highWord(x);
  let k = 0;
  let xr = x;
  if (hx < 0x00100000) {
    // x < 2⁻¹⁰²²: zero, negative or subnormal
    if (((hx & 0x7fffffff) | lowWord(x)) === 0) return Number.NEGATIVE_INFINITY;
    if (hx < 0) return Number.NaN;
    k -= 54;
    xr *= TWO54; // scale a subnormal up
    hx = highWord(xr);
  }
  if (hx >= 0x7ff00000) return xr + xr; // +∞ or NaN
  // normalise x or x/2 into [√2/2, √2): fdlibm writes the exponent field; multiplying by the
  // power of two is the same, exactly (the result is normal), and faster
  const exponent = (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const shift = exponent + (((hx + 0x95f64) & 0x100000) >> 20);
  xr *= POW2[POW2_OFFSET - shift];
  k += shift;
  const f = xr - 1;
  if ((0x000fffff & (2 + hx)) < 3) {
    // −2⁻²⁰ ≤ f < 2⁻²⁰
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
    const R = f * f * (0.5 - 0.3333333333333333 * f);
    return k === 0 ? f - R : k * LN2_HI - (R - k * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const R = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + R)) : k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - R) : k * LN2_HI - (s * (f - R) - k * LN2_LO - f);
}
