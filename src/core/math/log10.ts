/**
 * log₁₀ x, adapted from fdlibm 5.3 e_log10.c (Sun Microsystems, 1993; "Permission to use, copy,
 * modify, and distribute this software is freely granted, provided that this notice is
 * preserved"), as V8 11.3 (Node 20) uses it in v8/src/base/ieee754.cc.
 *
 * Method: x = 2ⁿ·m with m in [1, 2) (or [½, 1) when n < 0, so that n·log₁₀2 and log₁₀m do not
 * cancel); log₁₀x = n·log10_2hi + (n·log10_2lo + ivln10·ln m), n·log10_2hi exact.
 * log10(±0) = −∞, log10(x < 0) = NaN, log10(+∞) = +∞, log10(NaN) = NaN.
 */
import { highWord, lowWord, withHighWord } from './bits.ts';
import { log } from './log.ts';

const TWO54 = 1.8014398509481984e16; // 2⁵⁴
const IVLN10 = Math.LOG10E; // 0x3FDBCB7B 1526E50E, 1/ln 10
const LOG10_2HI = 0.30102999566361177; // 0x3FD34413 509F6000
const LOG10_2LO = 3.694239077158931e-13; // 0x3D59FEF3 11F12B36

/** Base-10 logarithm of x. */
export function log10(x: number): number {
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
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  xr = withHighWord(xr, (hx & 0x000fffff) | ((0x3ff - i) << 20)); // m in [1, 2) or [½, 1)
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * log(xr);
  return z + y * LOG10_2HI;
}
