/**
 * ln(1 + x), adapted from fdlibm 5.3 s_log1p.c (Sun Microsystems, 1993; "Permission to use,
 * copy, modify, and distribute this software is freely granted, provided that this notice is
 * preserved"), as in FreeBSD msun src/s_log1p.c and V8 11.3 (Node 20) v8/src/base/ieee754.cc.
 *
 * Method:
 *   1. reduce: 1 + x = 2ᵏ·(1 + f) with √2/2 < 1 + f < √2; when k ≠ 0, u = fl(1 + x) is not
 *      exact and the correction c = ((1 + x) − u)/u is added back (log(1+x) − log(u) ≈ c/u);
 *   2. log(1 + f) = f − (hfsq − s·(hfsq + R)), s = f/(2 + f), hfsq = f²/2, R a Remez polynomial
 *      Lp1·s² + … + Lp7·s¹⁴ (error < 2⁻⁵⁸·⁴⁵);
 *   3. log1p(x) = k·ln2_hi + (log(1 + f) + (k·ln2_lo + c)).
 * Error < 1 ulp. log1p(−1) = −∞, log1p(x < −1) = NaN, log1p(+∞) = +∞, log1p(±0) = ±0.
 */
import { highWord } from './bits.ts';
import { LG1, LG2, LG3, LG4, LG5, LG6, LG7, LN2_HI, LN2_LO } from './constants.ts';
import { POW2, POW2_OFFSET } from './powersOfTwo.ts';

/** ln(1 + x), accurate near 0. */
export function log1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;

  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    // 1 + x < √2 (and x negative or small)
    if (ax >= 0x3ff00000) {
      // x ≤ −1
      return x === -1 ? Number.NEGATIVE_INFINITY : Number.NaN;
    }
    if (ax < 0x3e200000) {
      // |x| < 2⁻²⁹
      if (ax < 0x3c900000) return x; // |x| < 2⁻⁵⁴
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec4 | 0)) {
      // −0.2929 < x < 0.41422: 1 + x is already in [√2/2, √2)
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7ff00000) return x + x; // +∞ or NaN
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1 - (u - x) : x - (u - 1); // the rounding error of 1 + x
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu >= 0x6a09e) {
      k += 1; // normalise u/2 instead of u
      hu = (0x00100000 - hu) >> 2;
    }
    // u·2⁻ᵏ into [√2/2, √2): fdlibm writes the exponent field; the multiplication is the same,
    // exactly, and faster
    u *= POW2[POW2_OFFSET - k];
    f = u - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2⁻²⁰
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const R = hfsq * (1 - 0.6666666666666666 * f);
    return k === 0 ? f - R : k * LN2_HI - (R - (k * LN2_LO + c) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const R = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
  return k === 0
    ? f - (hfsq - s * (hfsq + R))
    : k * LN2_HI - (hfsq - (s * (hfsq + R) + (k * LN2_LO + c)) - f);
}
