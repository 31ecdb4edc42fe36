/**
 * x·2ⁿ, rounded once: adapted from fdlibm 5.3 s_scalbn.c (Sun Microsystems, 1993; "Permission
 * to use, copy, modify, and distribute this software is freely granted, provided that this
 * notice is preserved"). The exponent field is set directly; a subnormal result is made by
 * setting the exponent 54 higher and multiplying by 2⁻⁵⁴ (one rounding).
 */
import { highWord, lowWord, withHighWord } from './bits.ts';

const TWO54 = 1.8014398509481984e16; // 2⁵⁴
const TWO_M54 = 5.551115123125783e-17; // 2⁻⁵⁴
const HUGE = 1e300;
const TINY = 1e-300;

/** x·2ⁿ for an integer n. */
export function scalbn(x: number, n: number): number {
  let hx = highWord(x);
  let k = (hx & 0x7ff00000) >> 20; // biased exponent
  let xs = x;
  if (k === 0) {
    // ±0 or subnormal
    if ((lowWord(x) | (hx & 0x7fffffff)) === 0) return x;
    xs *= TWO54;
    hx = highWord(xs);
    k = ((hx & 0x7ff00000) >> 20) - 54;
    if (n < -50000) return TINY * xs; // underflow
  }
  if (k === 0x7ff) return xs + xs; // NaN or ±∞
  k += n;
  if (k > 0x7fe) return HUGE * (xs < 0 ? -HUGE : HUGE); // overflow
  if (k > 0) return withHighWord(xs, (hx & 0x800fffff) | (k << 20)); // normal result
  if (k <= -54) {
    return n > 50000 ? HUGE * (xs < 0 ? -HUGE : HUGE) : TINY * (xs < 0 ? -TINY : TINY);
  }
  k += 54; // subnormal result
  return withHighWord(xs, (hx & 0x800fffff) | (k << 20)) * TWO_M54;
}
