/**
 * exp(x), adapted from fdlibm 5.3 e_exp.c (Sun Microsystems, 1993; "Permission to use, copy,
 * modify, and distribute this software is freely granted, provided that this notice is
 * preserved"), as V8 uses it (v8/src/base/ieee754.cc, "adapted from fdlibm", V8 11.3 in
 * Node 20), including V8's special case exp(1) = e.
 *
 * Method:
 *   1. reduce: x = k·ln2 + r, |r| ≤ ln2/2, with r held as hi − lo (ln2 split in ln2HI + ln2LO,
 *      k·ln2HI exact);
 *   2. approximate exp(r) = 1 + r + r·R1(r)/(2 − R1(r)), R1(r) = r − (P1·r² + … + P5·r¹⁰), a
 *      Remez polynomial for r·(eʳ+1)/(eʳ−1) with error < 2⁻⁵⁹;
 *   3. scale back: exp(x) = 2ᵏ · exp(r).
 * Error < 1 ulp. exp(+∞) = +∞, exp(−∞) = 0, exp(NaN) = NaN; overflow above 709.78…,
 * underflow to 0 below −745.13….
 */
import { highWord, lowWord } from './bits.ts';
import { LN2_HI, LN2_LO } from './constants.ts';
import { POW2, POW2_OFFSET } from './powersOfTwo.ts';

const O_THRESHOLD = 709.782712893384; // 0x40862E42 FEFA39EF
const U_THRESHOLD = -745.1332191019411; // 0xC0874910 D52D3051
const INV_LN2 = Math.LOG2E; // 0x3FF71547 652B82FE
const P1 = 0.16666666666666602; // 0x3FC55555 5555553E
const P2 = -0.0027777777777015593; // 0xBF66C16C 16BEBD93
const P3 = 0.00006613756321437934; // 0x3F11566A AF25DE2C
const P4 = -0.0000016533902205465252; // 0xBEBBBD41 C5D26BF1
const P5 = 4.1381367970572385e-8; // 0x3E663769 72BEA4D0
const E = Math.E; // 0x4005BF0A 8B145769, e rounded to nearest
const TWO_M1000 = 9.332636185032189e-302; // 2⁻¹⁰⁰⁰
const TWO_1023 = 8.98846567431158e307; // 2¹⁰²³

/**
 * eˣ. The common case, 2⁻²⁸ ≤ |x| < 704 (k within ±1016: no special scaling), is one small
 * function, so that V8 inlines it at the call site (a call that is not inlined returns its
 * double boxed, which costs more than the arithmetic); the rest goes to expOutsideCommonRange.
 * fdlibm's separate branch for ln2/2 < |x| < 1.5·ln2 (k = ±1, hi = x ∓ ln2_hi, lo = ±ln2_lo)
 * is the general one with k = ±1, and k = 0 gives hi = x, lo = 0, r = x as fdlibm.
 */
export function exp(x: number): number {
  const high = highWord(x);
  const hx = high & 0x7fffffff; // high word of |x|
  if (hx < 0x3e300000 || hx >= 0x40860000) return expOutsideCommonRange(x, high, hx);
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2/2
    if (hx >= 0x3ff0a2b2)
      k = (INV_LN2 * x + (high < 0 ? -0.5 : 0.5)) | 0; // truncation, as C's (int)
    else if (x === 1)
      return E; // V8's special case: the last bit right
    else k = high < 0 ? -1 : 1;
  }
  const hi = x - k * LN2_HI; // exact
  const lo = k * LN2_LO;
  const r = hi - lo; // x = k·ln2 + r, |r| ≤ ln2/2
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((r * c) / (c - 2) - r);
  return (1 - (lo - (r * c) / (2 - c) - hi)) * POW2[POW2_OFFSET + k]; // ·2ᵏ
}

/** exp for |x| < 2⁻²⁸ and |x| ≥ 704: NaN, ±∞, overflow, underflow, or fdlibm's general path. */
function expOutsideCommonRange(x: number, high: number, hx: number): number {
  if (hx < 0x3e300000) return 1 + x; // |x| < 2⁻²⁸: 1 + x to within half an ulp
  if (hx >= 0x7ff00000) {
    if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x; // NaN
    return high < 0 ? 0 : x; // exp(−∞) = 0, exp(+∞) = +∞
  }
  if (x > O_THRESHOLD) return Number.POSITIVE_INFINITY;
  if (x < U_THRESHOLD) return 0;
  const k = (INV_LN2 * x + (high < 0 ? -0.5 : 0.5)) | 0;
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  if (k >= -1021) return k === 1024 ? y * 2 * TWO_1023 : y * POW2[POW2_OFFSET + k]; // y·2ᵏ
  return y * POW2[POW2_OFFSET + k + 1000] * TWO_M1000; // y·2ᵏ⁺¹⁰⁰⁰·2⁻¹⁰⁰⁰
}
