/**
 * eˣ − 1, adapted from fdlibm 5.3 s_expm1.c (Sun Microsystems, 1993; "Permission to use, copy,
 * modify, and distribute this software is freely granted, provided that this notice is
 * preserved"), as V8 11.3 (Node 20) uses it in v8/src/base/ieee754.cc.
 *
 * Method:
 *   1. reduce: x = k·ln2 + r, |r| ≤ ln2/2, with a correction c for the rounding of r;
 *   2. on the primary range, with R1(r²) ≈ 1 + Q1·r² + … + Q5·r¹⁰ (Remez, error < 2⁻⁶¹; the
 *      Q's here are pre-scaled by 2ⁱ for z = r²/2):
 *        expm1(r) = r + r²/2 + (r³/2)·(3 − (R1 + R1·r/2))/(6 − r·(3 − R1·r/2)),
 *      and expm1(r + c) ≈ expm1(r) + c + r·c;
 *   3. scale back: expm1(x) = 2ᵏ·(expm1(r) + 1) − 1, arranged per range of k to keep the
 *      rounding error small (k = 0, −1, 1, k ≤ −2 or k > 56, k < 20, otherwise).
 * Error < 1 ulp. expm1(+∞) = +∞, expm1(−∞) = −1, expm1(NaN) = NaN, expm1(±0) = ±0.
 */
import { highWord, lowWord } from './bits.ts';
import { LN2_HI, LN2_LO } from './constants.ts';
import { POW2, POW2_OFFSET } from './powersOfTwo.ts';

const O_THRESHOLD = 709.782712893384; // 0x40862E42 FEFA39EF
const INV_LN2 = Math.LOG2E; // 0x3FF71547 652B82FE
const Q1 = -0.03333333333333313; // 0xBFA11111 111110F4
const Q2 = 0.0015873015872548146; // 0x3F5A01A0 19FE5585
const Q3 = -0.0000793650757867488; // 0xBF14CE19 9EAADBB7
const Q4 = 0.000004008217827329362; // 0x3ED0CFCA 86E65239
const Q5 = -2.0109921818362437e-7; // 0xBE8AFDB7 6E09C32D
const TWO_1023 = 8.98846567431158e307; // 2¹⁰²³

/**
 * eˣ − 1, accurate near 0. The common case, 2⁻⁵⁴ ≤ |x| ≤ ln2/2 (k = 0, no reduction), is kept
 * small enough for V8 to inline; larger |x| go to expm1Reduce, and tiny, huge and non-finite x
 * to expm1OutsideCommonRange. fdlibm's separate branch for ln2/2 < |x| < 1.5·ln2 is the general
 * reduction with k = ±1.
 */
export function expm1(x: number): number {
  const high = highWord(x);
  const hx = high & 0x7fffffff; // high word of |x|
  if (hx < 0x3c900000 || hx >= 0x4043687a) return expm1OutsideCommonRange(x, high, hx);
  if (hx > 0x3fd62e42) return expm1Reduce(x, high, hx);
  // |x| ≤ ln2/2: the polynomial alone
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  const t = 3 - r1 * hfx;
  const e = hxs * ((r1 - t) / (6 - x * t));
  return x - (x * e - hxs);
}

/** expm1 for |x| > ln2/2 (below the overflow threshold): x = k·ln2 + r + c, then scale back. */
function expm1Reduce(x: number, high: number, hx: number): number {
  let k: number;
  if (hx < 0x3ff0a2b2)
    k = high < 0 ? -1 : 1; // |x| < 1.5·ln2
  else k = (INV_LN2 * x + (high < 0 ? -0.5 : 0.5)) | 0; // truncation, as C's (int)
  const hi = x - k * LN2_HI; // exact
  const lo = k * LN2_LO;
  const r = hi - lo;
  const c = hi - r - lo; // the rounding error of r
  // r is now in [−ln2/2, ln2/2]
  const hfx = 0.5 * r;
  const hxs = r * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  let t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6 - r * t));
  e = r * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (r - e) - 0.5;
  if (k === 1) return r < -0.25 ? -2 * (e - (r + 0.5)) : 1 + 2 * (r - e);
  let y: number;
  if (k <= -2 || k > 56) {
    // 2ᵏ·(1 − (e − r)) − 1 is accurate enough
    y = 1 - (e - r);
    y = k === 1024 ? y * 2 * TWO_1023 : y * POW2[POW2_OFFSET + k];
    return y - 1;
  }
  if (k < 20) {
    t = 1 - POW2[POW2_OFFSET - k]; // 1 − 2⁻ᵏ, exact
    y = t - (e - r);
  } else {
    t = POW2[POW2_OFFSET - k]; // 2⁻ᵏ
    y = r - (e + t);
    y += 1;
  }
  return y * POW2[POW2_OFFSET + k]; // ·2ᵏ
}

/** expm1 for |x| < 2⁻⁵⁴ and |x| ≥ 56·ln2: x itself, −1, NaN, ±∞, overflow or the general path. */
function expm1OutsideCommonRange(x: number, high: number, hx: number): number {
  if (hx < 0x3c900000) return x; // |x| < 2⁻⁵⁴: expm1(x) = x to within half an ulp
  if (hx >= 0x7ff00000) {
    if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x; // NaN
    return high < 0 ? -1 : x; // expm1(−∞) = −1, expm1(+∞) = +∞
  }
  if (high < 0) return -1; // x ≤ −56·ln2: eˣ is below half an ulp of 1
  if (x > O_THRESHOLD) return Number.POSITIVE_INFINITY;
  return expm1Reduce(x, high, hx);
}
