/**
 * xʸ, adapted from fdlibm 5.3 e_pow.c (Sun Microsystems, 1993-2004; "Permission to use, copy,
 * modify, and distribute this software is freely granted, provided that this notice is
 * preserved"), as V8 11.3 (Node 20) uses it for Math.pow and ** (ieee754::legacy::pow in
 * v8/src/base/ieee754.cc), with ECMAScript's special cases (±1 ** ±∞ = NaN).
 *
 * Method (x = 2ⁿ·(1 + f)):
 *   1. log₂ x in two pieces t1 + t2, t1 with 29 trailing zero bits: with s = (m − b)/(m + b),
 *      b = 1 or 1.5 and m the mantissa, log₂ m = log₂ b + (2/(3 ln2))·(3s + s³ + s·R(s²)),
 *      R a Remez polynomial L1…L6, every product carried as a high and a low part;
 *   2. y·log₂ x = N + y', |y'| ≤ 0.5, in simulated extra precision (y split in y1 + y2);
 *   3. xʸ = 2ᴺ · exp(y'·ln2), the exponential evaluated as in e_exp.c.
 * Nearly rounded (error < 1 ulp in practice); pow(integer, integer) is exact when the result
 * is representable. Negative bases: (−x)ʸ = ±xʸ for integer y, NaN otherwise.
 */
import { fromWords, highWord, lowWord, withHighWord, withLowWord } from './bits.ts';
import { scalbn } from './scalbn.ts';

const DP_H1 = 0.5849624872207642; // 0x3FE2B803 40000000, log₂1.5 high
const DP_L1 = 1.350039202129749e-8; // 0x3E4CFDEB 43CFD006, log₂1.5 low
const TWO53 = 9007199254740992; // 2⁵³
const HUGE = 1e300;
const TINY = 1e-300;
// polynomial for (3/2)·(log(x) − 2s − (2/3)·s³)
const L1 = 0.5999999999999946; // 0x3FE33333 33333303
const L2 = 0.4285714285785502; // 0x3FDB6DB6 DB6FABFF
const L3 = 0.33333332981837743; // 0x3FD55555 518F264D
const L4 = 0.272728123808534; // 0x3FD17460 A91D4101
const L5 = 0.23066074577556175; // 0x3FCD864A 93C9DB65
const L6 = 0.20697501780033842; // 0x3FCA7E28 4A454EEF
const P1 = 0.16666666666666602; // 0x3FC55555 5555553E
const P2 = -0.0027777777777015593; // 0xBF66C16C 16BEBD93
const P3 = 0.00006613756321437934; // 0x3F11566A AF25DE2C
const P4 = -0.0000016533902205465252; // 0xBEBBBD41 C5D26BF1
const P5 = 4.1381367970572385e-8; // 0x3E663769 72BEA4D0
const LG2 = Math.LN2; // 0x3FE62E42 FEFA39EF, ln2
const LG2_H = 0.6931471824645996; // 0x3FE62E43 00000000
const LG2_L = -1.904654299957768e-9; // 0xBE205C61 0CA86C39
const OVT = 8.008566259537294e-17; // −(1024 − log₂(ovfl + 0.5 ulp))
const CP = 0.9617966939259756; // 0x3FEEC709 DC3A03FD, 2/(3 ln2)
const CP_H = 0.9617967009544373; // 0x3FEEC709 E0000000, (float)cp
const CP_L = -7.028461650952758e-9; // 0xBE3E2FE0 145B01F5, tail of cp_h
const IVLN2 = Math.LOG2E; // 0x3FF71547 652B82FE, 1/ln2
const IVLN2_H = 1.4426950216293335; // 0x3FF71547 60000000, 1/ln2 to 24 bits
const IVLN2_L = 1.9259629911266175e-8; // 0x3E54AE0B F85DDF44, 1/ln2 tail

/** x raised to the power y, with the special cases of ECMAScript's `**`. */
export function pow(x: number, y: number): number {
  const hx = highWord(x);
  const lx = lowWord(x);
  const hy = highWord(y);
  const ly = lowWord(y);
  let ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;

  if ((iy | ly) === 0) return 1; // x**±0 = 1, even for NaN
  if (
    ix > 0x7ff00000 ||
    (ix === 0x7ff00000 && lx !== 0) ||
    iy > 0x7ff00000 ||
    (iy === 0x7ff00000 && ly !== 0)
  ) {
    return x + y; // NaN
  }

  // yIsInt: 0 y is not an integer, 1 odd integer, 2 even integer (only needed for x < 0)
  let yIsInt = 0;
  if (hx < 0) {
    if (iy >= 0x43400000) {
      yIsInt = 2; // |y| ≥ 2⁵³: even
    } else if (iy >= 0x3ff00000) {
      const e = (iy >> 20) - 0x3ff; // exponent of y
      if (e > 20) {
        const j = ly >>> (52 - e);
        if (j << (52 - e) === (ly | 0)) yIsInt = 2 - (j & 1);
      } else if (ly === 0) {
        const j = iy >> (20 - e);
        if (j << (20 - e) === iy) yIsInt = 2 - (j & 1);
      }
    }
  }

  if (ly === 0) {
    if (iy === 0x7ff00000) {
      // y = ±∞
      if (((ix - 0x3ff00000) | lx) === 0) return Number.NaN; // (±1)**±∞
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0; // |x| > 1
      return hy < 0 ? -y : 0; // |x| < 1
    }
    if (iy === 0x3ff00000) return hy < 0 ? 1 / x : x; // y = ±1
    if (hy === 0x40000000) return x * x; // y = 2
    if (hy === 0x3fe00000 && hx >= 0) return Math.sqrt(x); // y = 0.5, x ≥ +0 (sqrt is exact-rounded)
  }

  let ax = Math.abs(x);
  if (lx === 0 && (ix === 0x7ff00000 || ix === 0 || ix === 0x3ff00000)) {
    // x = ±0, ±∞, ±1
    let z = ax;
    if (hy < 0) z = 1 / z;
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yIsInt) === 0) return Number.NaN; // (−1)**non-integer
      if (yIsInt === 1) z = -z; // (x < 0)**odd = −(|x|**odd)
    }
    return z;
  }

  let n = (hx >> 31) + 1; // 0 for negative x
  if ((n | yIsInt) === 0) return Number.NaN; // (x < 0)**non-integer
  const sign = (n | (yIsInt - 1)) === 0 ? -1 : 1; // (−x)**odd

  let t1: number;
  let t2: number;
  if (iy > 0x41e00000) {
    // |y| > 2³¹
    if (iy > 0x43f00000) {
      // |y| > 2⁶⁴: must overflow or underflow
      if (ix <= 0x3fefffff) return hy < 0 ? Number.POSITIVE_INFINITY : 0;
      if (ix >= 0x3ff00000) return hy > 0 ? Number.POSITIVE_INFINITY : 0;
    }
    // over- or underflow if x is not close to one
    if (ix < 0x3fefffff) return hy < 0 ? sign * HUGE * HUGE : sign * TINY * TINY;
    if (ix > 0x3ff00000) return hy > 0 ? sign * HUGE * HUGE : sign * TINY * TINY;
    // |1 − x| ≤ 2⁻²⁰: log(x) ≈ t − t²/2 + t³/3 − t⁴/4
    const t = ax - 1; // 20 trailing zeros
    const w = t * t * (0.5 - t * (0.3333333333333333 - t * 0.25));
    const u = IVLN2_H * t; // IVLN2_H has 21 significant bits
    const v = t * IVLN2_L - w * IVLN2;
    t1 = withLowWord(u + v, 0);
    t2 = v - (t1 - u);
  } else {
    n = 0;
    if (ix < 0x00100000) {
      // subnormal x
      ax *= TWO53;
      n -= 53;
      ix = highWord(ax);
    }
    n += (ix >> 20) - 0x3ff;
    const j = ix & 0x000fffff;
    // the interval of the mantissa: k = 0 below √(3/2), k = 1 below √3, else halve
    ix = j | 0x3ff00000; // normalised
    let k: number;
    if (j <= 0x3988e) {
      k = 0;
    } else if (j < 0xbb67a) {
      k = 1;
    } else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax = withHighWord(ax, ix);
    const bp = k === 0 ? 1 : 1.5;
    const dpH = k === 0 ? 0 : DP_H1;
    const dpL = k === 0 ? 0 : DP_L1;

    // ss = s_h + s_l = (x − 1)/(x + 1) or (x − 1.5)/(x + 1.5)
    let u = ax - bp;
    let v = 1 / (ax + bp);
    const ss = u * v;
    const sH = withLowWord(ss, 0);
    // t_h = ax + bp, high part
    let tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
    let tL = ax - (tH - bp);
    const sL = v * (u - sH * tH - sH * tL);
    // log(ax)
    let s2 = ss * ss;
    let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += sL * (sH + ss);
    s2 = sH * sH;
    tH = withLowWord(3 + s2 + r, 0);
    tL = r - (tH - 3 - s2);
    // u + v = ss·(1 + …)
    u = sH * tH;
    v = sL * tH + tL * ss;
    // (2/(3 ln2))·(ss + …)
    const pH = withLowWord(u + v, 0);
    const pL = v - (pH - u);
    const zH = CP_H * pH; // CP_H + CP_L = 2/(3 ln2)
    const zL = CP_L * pH + pL * CP + dpL;
    // log₂(ax) = (ss + …)·2/(3 ln2) = n + dp_h + z_h + z_l
    const t = n;
    t1 = withLowWord(zL + zH + dpH + t, 0);
    t2 = zL - (t1 - t - dpH - zH);
  }

  // y·log₂x = (y1 + y2)·(t1 + t2), y1 the high part of y
  const y1 = withLowWord(y, 0);
  const pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  let z = pL + pH;
  let j = highWord(z);
  const i = lowWord(z);
  if (j >= 0x40900000) {
    // z ≥ 1024
    if (((j - 0x40900000) | i) !== 0) return sign * HUGE * HUGE; // z > 1024: overflow
    if (pL + OVT > z - pH) return sign * HUGE * HUGE;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z ≤ −1075
    if (j !== (0xc090cc00 | 0) || i !== 0) return sign * TINY * TINY; // z < −1075: underflow
    if (pL <= z - pH) return sign * TINY * TINY;
  }

  // 2**(pH + pL)
  const absHigh = j & 0x7fffffff;
  let k = (absHigh >> 20) - 0x3ff;
  n = 0;
  if (absHigh > 0x3fe00000) {
    // |z| > 0.5: n = [z + 0.5]
    n = (j + (0x00100000 >> (k + 1))) | 0;
    k = ((n & 0x7fffffff) >> 20) - 0x3ff; // new k for n
    const t = fromWords(n & ~(0x000fffff >> k), 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    pH -= t;
  }
  const t = withLowWord(pL + pH, 0);
  const u = t * LG2_H;
  const v = (pL - (t - pH)) * LG2 + t * LG2_L;
  z = u + v;
  const w = v - (z - u);
  const tt = z * z;
  const t1e = z - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  const r = (z * t1e) / (t1e - 2 - (w + z * w));
  z = 1 - (r - z);
  j = (highWord(z) + (n << 20)) | 0;
  if (j >> 20 <= 0)
    z = scalbn(z, n); // subnormal result
  else z = withHighWord(z, j);
  return sign * z;
}
