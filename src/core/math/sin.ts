/**
 * sin x, adapted from fdlibm 5.3 s_sin.c, k_sin.c and k_cos.c (Sun Microsystems, 1993;
 * "Permission to use, copy, modify, and distribute this software is freely granted, provided
 * that this notice is preserved"), as in V8 11.3 (Node 20) v8/src/base/ieee754.cc.
 *
 * Method: reduce x = n·π/2 + (y0 + y1) (remPio2.ts), then by n mod 4 take ±sin or ±cos of the
 * remainder on [−π/4, π/4]:
 *   sin(x + y) ≈ x + (S1·x³ + (x²·(r − y/2) + y)), r = x⁵·(S2 + x²·(S3 + … + x²·S6)),
 *   cos(x + y) ≈ 1 − (x²/2 − (x²·r' − x·y)), r' = x²·(C1 + … + C6·x¹⁰), written as
 *   (1 − qx) − ((x²/2 − qx) − (x²·r' − x·y)) for |x| ≥ 0.3 (qx = |x|/4 truncated, or 0.28125),
 * each polynomial a Remez fit with error < 2⁻⁵⁸. Error < 1 ulp. sin(±∞) = sin(NaN) = NaN.
 */
import { fromWords, highWord } from './bits.ts';
import { REMAINDER, remPio2 } from './remPio2.ts';

const S1 = -0.16666666666666632; // 0xBFC55555 55555549
const S2 = 0.00833333333332249; // 0x3F811111 1110F8A6
const S3 = -0.0001984126982985795; // 0xBF2A01A0 19C161D5
const S4 = 0.0000027557313707070068; // 0x3EC71DE3 57B1FE7D
const S5 = -2.5050760253406863e-8; // 0xBE5AE5E6 8A2B9CEB
const S6 = 1.58969099521155e-10; // 0x3DE5D93A 5ACFD57C
const C1 = 0.0416666666666666; // 0x3FA55555 5555554C
const C2 = -0.001388888888887411; // 0xBF56C16C 16C15177
const C3 = 0.00002480158728947673; // 0x3EFA01A0 19CB1590
const C4 = -2.7557314351390663e-7; // 0xBE927E4F 809C52AD
const C5 = 2.087572321298175e-9; // 0x3E21EE9E BDB4B1C4
const C6 = -1.1359647557788195e-11; // 0xBDA8FAE9 BE8838D4

/** sin(x + y) for |x + y| ≤ π/4, y the tail of x (tailIsZero: y = 0). */
function kernelSin(x: number, y: number, tailIsZero: boolean): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000 && (x | 0) === 0) return x; // |x| < 2⁻²⁷
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (tailIsZero) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

/** cos(x + y) for |x + y| ≤ π/4, y the tail of x. */
function kernelCos(x: number, y: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000 && (x | 0) === 0) return 1; // |x| < 2⁻²⁷
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1 - (0.5 * z - (z * r - x * y)); // |x| < 0.3
  const qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0); // |x|/4, truncated
  const hz = 0.5 * z - qx;
  const a = 1 - qx;
  return a - (hz - (z * r - x * y));
}

/** Sine of x [radians]. */
export function sin(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelSin(x, 0, true); // |x| ≤ π/4
  if (ix >= 0x7ff00000) return x - x; // ±∞ or NaN
  const n = remPio2(x);
  const y0 = REMAINDER[0];
  const y1 = REMAINDER[1];
  switch (n & 3) {
    case 0:
      return kernelSin(y0, y1, false);
    case 1:
      return kernelCos(y0, y1);
    case 2:
      return -kernelSin(y0, y1, false);
    default:
      return -kernelCos(y0, y1);
  }
}
