/**
 * x rem π/2: the n and the remainder y0 + y1 with x = n·π/2 + (y0 + y1), |y0 + y1| ≤ π/4.
 * Adapted from fdlibm 5.3 e_rem_pio2.c and k_rem_pio2.c (Sun Microsystems, 1993; "Permission
 * to use, copy, modify, and distribute this software is freely granted, provided that this
 * notice is preserved"), as in V8 11.3 (Node 20) v8/src/base/ieee754.cc.
 *
 * Method: |x| ≤ π/4 needs nothing; |x| < 3π/4 subtracts π/2 held in 33 + 53 bits (33 + 33 + 53
 * near π/2); |x| ≤ 2¹⁹·π/2 subtracts n·π/2 with π/2 in up to three 33-bit pieces (Cody–Waite,
 * 85 → 118 → 151 bits, as cancellation requires); larger |x| multiplies x by as many 24-bit
 * chunks of 2/π as the exponent needs (Payne–Hanek, kernelRemPio2).
 *
 * The remainder is returned through REMAINDER (y0 at 0, y1 at 1), a module-level scratch array
 * read right after the call, so nothing is allocated.
 */
import { fromWords, highWord, lowWord } from './bits.ts';
import { scalbn } from './scalbn.ts';

/** y0, y1 of the last call of remPio2. */
export const REMAINDER = new Float64Array(2);

/** 2/π in 24-bit chunks: 396 hex digits. */
const TWO_OVER_PI = new Int32Array([
  0xa2f983, 0x6e4e44, 0x1529fc, 0x2757d1, 0xf534dd, 0xc0db62, 0x95993c, 0x439041, 0xfe5163, 0xabdebb,
  0xc561b7, 0x246e3a, 0x424dd2, 0xe00649, 0x2eea09, 0xd1921c, 0xfe1deb, 0x1cb129, 0xa73ee8, 0x8235f5,
  0x2ebb44, 0x84e99c, 0x7026b4, 0x5f7e41, 0x3991d6, 0x398353, 0x39f49c, 0x845f8b, 0xbdf928, 0x3b1ff8,
  0x97ffde, 0x05980f, 0xef2f11, 0x8b5a0a, 0x6d1f6d, 0x367ecf, 0x27cb09, 0xb74f46, 0x3f669e, 0x5fea2d,
  0x7527ba, 0xc7ebe5, 0xf17b3d, 0x0739f7, 0x8a5292, 0xea6bfb, 0x5fb11f, 0x8d5d08, 0x560330, 0x46fc7b,
  0x6babf0, 0xcfbc20, 0x9af436, 0x1da9e3, 0x91615e, 0xe61b08, 0x659985, 0x5f14a0, 0x68408d, 0xffd880,
  0x4d7327, 0x310606, 0x1556ca, 0x73a8c9, 0x60e27b, 0xc08c6b,
]);

/** High words of n·π/2, n = 1 … 32: a remainder near zero (cancellation) is likely there. */
const NPIO2_HW = new Int32Array([
  0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c, 0x4025fdbb, 0x402921fb, 0x402c463a,
  0x402f6a7a, 0x4031475c, 0x4032d97c, 0x40346b9c, 0x4035fdbb, 0x40378fdb, 0x403921fb, 0x403ab41b, 0x403c463a,
  0x403dd85a, 0x403f6a7a, 0x40407e4c, 0x4041475c, 0x4042106c, 0x4042d97c, 0x4043a28c, 0x40446b9c, 0x404534ac,
  0x4045fdbb, 0x4046c6cb, 0x40478fdb, 0x404858eb, 0x404921fb,
]);

const TWO24 = 1.6777216e7; // 2²⁴
const TWON24 = 5.9604644775390625e-8; // 2⁻²⁴
const INV_PIO2 = 0.6366197723675814; // 0x3FE45F30 6DC9C883, 53 bits of 2/π
const PIO2_1 = 1.5707963267341256; // 0x3FF921FB 54400000, first 33 bits of π/2
const PIO2_1T = 6.077100506506192e-11; // 0x3DD0B461 1A626331, π/2 − PIO2_1
const PIO2_2 = 6.077100506303966e-11; // 0x3DD0B461 1A600000, second 33 bits
const PIO2_2T = 2.0222662487959506e-21; // 0x3BA3198A 2E037073, π/2 − (PIO2_1 + PIO2_2)
const PIO2_3 = 2.0222662487111665e-21; // 0x3BA3198A 2E000000, third 33 bits
const PIO2_3T = 8.4784276603689e-32; // 0x397B839A 252049C1, π/2 − (PIO2_1 + PIO2_2 + PIO2_3)

/** π/2 in 24-bit pieces. */
const PIO2_CHUNKS = new Float64Array([
  1.570796251296997, // 0x3FF921FB 40000000
  7.549789415861596e-8, // 0x3E74442D 00000000
  5.390302529957765e-15, // 0x3CF84698 80000000
  3.282003415807913e-22, // 0x3B78CC51 60000000
  1.270655753080676e-29, // 0x39F01B83 80000000
  1.2293330898111133e-36, // 0x387A2520 40000000
  2.7337005381646456e-44, // 0x36E38222 80000000
  2.1674168387780482e-51, // 0x3569F31D 00000000
]);

// scratch of kernelRemPio2 (fdlibm's local arrays)
const tx = new Float64Array(3);
const f = new Float64Array(20);
const fq = new Float64Array(20);
const q = new Float64Array(20);
const iq = new Int32Array(20);

/** n mod 2³² with x = n·π/2 + REMAINDER[0] + REMAINDER[1]. */
export function remPio2(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    // |x| ≤ π/4: no reduction
    REMAINDER[0] = x;
    REMAINDER[1] = 0;
    return 0;
  }
  if (ix < 0x4002d97c) {
    // |x| < 3π/4: n = ±1
    if (hx > 0) {
      let z = x - PIO2_1;
      if (ix !== 0x3ff921fb) {
        REMAINDER[0] = z - PIO2_1T; // 33 + 53 bits of π/2 suffice
        REMAINDER[1] = z - REMAINDER[0] - PIO2_1T;
      } else {
        z -= PIO2_2; // near π/2: 33 + 33 + 53 bits
        REMAINDER[0] = z - PIO2_2T;
        REMAINDER[1] = z - REMAINDER[0] - PIO2_2T;
      }
      return 1;
    }
    let z = x + PIO2_1;
    if (ix !== 0x3ff921fb) {
      REMAINDER[0] = z + PIO2_1T;
      REMAINDER[1] = z - REMAINDER[0] + PIO2_1T;
    } else {
      z += PIO2_2;
      REMAINDER[0] = z + PIO2_2T;
      REMAINDER[1] = z - REMAINDER[0] + PIO2_2T;
    }
    return -1;
  }
  if (ix <= 0x413921fb) {
    // |x| ≤ 2¹⁹·π/2: Cody–Waite
    let t = Math.abs(x);
    const n = (t * INV_PIO2 + 0.5) | 0;
    const fn = n;
    let r = t - fn * PIO2_1;
    let w = fn * PIO2_1T; // first round good to 85 bits
    if (n < 32 && ix !== NPIO2_HW[n - 1]) {
      REMAINDER[0] = r - w; // no cancellation
    } else {
      const j = ix >> 20;
      REMAINDER[0] = r - w;
      let i = j - ((highWord(REMAINDER[0]) >> 20) & 0x7ff);
      if (i > 16) {
        // second round, good to 118 bits
        t = r;
        w = fn * PIO2_2;
        r = t - w;
        w = fn * PIO2_2T - (t - r - w);
        REMAINDER[0] = r - w;
        i = j - ((highWord(REMAINDER[0]) >> 20) & 0x7ff);
        if (i > 49) {
          // third round, 151 bits: covers every case
          t = r;
          w = fn * PIO2_3;
          r = t - w;
          w = fn * PIO2_3T - (t - r - w);
          REMAINDER[0] = r - w;
        }
      }
    }
    REMAINDER[1] = r - REMAINDER[0] - w;
    if (hx < 0) {
      REMAINDER[0] = -REMAINDER[0];
      REMAINDER[1] = -REMAINDER[1];
      return -n;
    }
    return n;
  }
  if (ix >= 0x7ff00000) {
    // ±∞ or NaN
    REMAINDER[0] = x - x;
    REMAINDER[1] = REMAINDER[0];
    return 0;
  }
  // z = scalbn(|x|, −e0) with e0 = ilogb(x) − 23, cut into three 24-bit pieces
  const e0 = (ix >> 20) - 1046;
  let z = fromWords(ix - (e0 << 20), lowWord(x));
  for (let i = 0; i < 2; i++) {
    tx[i] = z | 0;
    z = (z - tx[i]) * TWO24;
  }
  tx[2] = z;
  let nx = 3;
  while (tx[nx - 1] === 0) nx--; // skip zero terms
  const n = kernelRemPio2(e0, nx);
  if (hx < 0) {
    REMAINDER[0] = -REMAINDER[0];
    REMAINDER[1] = -REMAINDER[1];
    return -n;
  }
  return n;
}

/**
 * fdlibm's __kernel_rem_pio2 for 53-bit output (prec 2 as fdlibm's rem_pio2 calls it: jk = 4):
 * the last three bits of N and y0 + y1 = x − N·π/2 for x = Σ tx[i]·2^(e0 − 24i), computing
 * only the chunks of x·(2/π) that matter mod 8, and more when the fraction cancels.
 */
function kernelRemPio2(e0: number, nx: number): number {
  const jk = 4;
  const jp = jk;
  const jx = nx - 1;
  let jv = ((e0 - 3) / 24) | 0;
  if (jv < 0) jv = 0;
  let q0 = e0 - 24 * (jv + 1);

  // f[0 … jx + jk] = TWO_OVER_PI[jv − jx …], zero below the table
  let j = jv - jx;
  const m = jx + jk;
  for (let i = 0; i <= m; i++, j++) f[i] = j < 0 ? 0 : TWO_OVER_PI[j];
  // q[0 … jk]
  for (let i = 0; i <= jk; i++) {
    let fw = 0;
    for (let k = 0; k <= jx; k++) fw += tx[k] * f[jx + i - k];
    q[i] = fw;
  }

  let jz = jk;
  let z = 0;
  let n = 0;
  let ih = 0;
  for (;;) {
    // distill q[] into iq[] in reverse
    z = q[jz];
    for (let i = 0, k = jz; k > 0; i++, k--) {
      const fw = (TWON24 * z) | 0;
      iq[i] = z - TWO24 * fw;
      z = q[k - 1] + fw;
    }
    // n
    z = scalbn(z, q0); // the actual value of z
    z -= 8 * Math.floor(z * 0.125); // trim off integers ≥ 8
    n = z | 0;
    z -= n;
    ih = 0;
    if (q0 > 0) {
      // iq[jz − 1] holds bits of n
      const i = iq[jz - 1] >> (24 - q0);
      n += i;
      iq[jz - 1] -= i << (24 - q0);
      ih = iq[jz - 1] >> (23 - q0);
    } else if (q0 === 0) {
      ih = iq[jz - 1] >> 23;
    } else if (z >= 0.5) {
      ih = 2;
    }

    if (ih > 0) {
      // q > 0.5: take 1 − q
      n += 1;
      let carry = 0;
      for (let i = 0; i < jz; i++) {
        const v = iq[i];
        if (carry === 0) {
          if (v !== 0) {
            carry = 1;
            iq[i] = 0x1000000 - v;
          }
        } else {
          iq[i] = 0xffffff - v;
        }
      }
      if (q0 === 1) iq[jz - 1] &= 0x7fffff;
      else if (q0 === 2) iq[jz - 1] &= 0x3fffff;
      if (ih === 2) {
        z = 1 - z;
        if (carry !== 0) z -= scalbn(1, q0);
      }
    }

    // recompute with more chunks when the fraction cancelled to zero
    if (z !== 0) break;
    let any = 0;
    for (let i = jz - 1; i >= jk; i--) any |= iq[i];
    if (any !== 0) break;
    let k = 1;
    while (jk >= k && iq[jk - k] === 0) k++; // k = number of chunks needed
    for (let i = jz + 1; i <= jz + k; i++) {
      f[jx + i] = TWO_OVER_PI[jv + i];
      let fw = 0;
      for (let t = 0; t <= jx; t++) fw += tx[t] * f[jx + i - t];
      q[i] = fw;
    }
    jz += k;
  }

  // chop off zero terms
  if (z === 0) {
    jz -= 1;
    q0 -= 24;
    while (iq[jz] === 0) {
      jz--;
      q0 -= 24;
    }
  } else {
    // break z into 24-bit chunks if needed
    z = scalbn(z, -q0);
    if (z >= TWO24) {
      const fw = (TWON24 * z) | 0;
      iq[jz] = z - TWO24 * fw;
      jz += 1;
      q0 += 24;
      iq[jz] = fw;
    } else {
      iq[jz] = z;
    }
  }

  // integer chunks to floating point
  let fw = scalbn(1, q0);
  for (let i = jz; i >= 0; i--) {
    q[i] = fw * iq[i];
    fw *= TWON24;
  }
  // PIO2_CHUNKS[0 … jp] · q[jz … 0]
  for (let i = jz; i >= 0; i--) {
    fw = 0;
    for (let k = 0; k <= jp && k <= jz - i; k++) fw += PIO2_CHUNKS[k] * q[i + k];
    fq[jz - i] = fw;
  }
  // compress fq[] into y0, y1
  fw = 0;
  for (let i = jz; i >= 0; i--) fw += fq[i];
  REMAINDER[0] = ih === 0 ? fw : -fw;
  fw = fq[0] - fw;
  for (let i = 1; i <= jz; i++) fw += fq[i];
  REMAINDER[1] = ih === 0 ? fw : -fw;
  return n & 7;
}
