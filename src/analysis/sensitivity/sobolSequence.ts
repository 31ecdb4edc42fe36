/**
 * A scrambled Sobol' low-discrepancy sequence in base 2 (Sobol' 1967), random access by index.
 *
 * Direction numbers: Joe & Kuo (2008), new-joe-kuo-6.21201 (joeKuoDirections.ts). For a
 * dimension with primitive polynomial x^s + a_1 x^{s−1} + … + a_{s−1} x + 1 (a = the bits
 * a_1 … a_{s−1}) and initial m_1 … m_s, the 32-bit direction numbers V_k = m_k · 2^{32−k} follow
 * the recurrence (Bratley & Fox 1988, ACM TOMS 14(1); Joe & Kuo's sobol.cc)
 *   V_k = V_{k−s} ⊕ (V_{k−s} ≫ s) ⊕ a_1 V_{k−1} ⊕ a_2 V_{k−2} ⊕ … ⊕ a_{s−1} V_{k−s+1}      (k > s)
 * and dimension 1 has every m_k = 1 (van der Corput).
 *
 * Point i (Gray-code order, Antonov & Saleev 1979): x_i = ⊕_{k : bit k−1 of g(i) is set} V_k with
 * g(i) = i ⊕ (i ≫ 1), so points 0 … 2^m − 1 are the same set as in natural order. This is
 * the order of SALib's sobol_sequence.py and Joe & Kuo's sobol.cc.
 *
 * Scrambling: linear matrix scrambling with a random digital shift (Matoušek 1998, "On the
 * L2-discrepancy for anchored boxes", J. Complexity 14; Owen 2003, "Variance with alternative
 * scramblings of digital nets", ACM TOMACS 13) — the scheme of scipy.stats.qmc.Sobol. Per
 * dimension, a random lower-triangular binary matrix L with unit diagonal multiplies every
 * direction number's digit vector (V'_k = L V_k, digits from the most significant), and a
 * random 32-bit word e is XORed into every point: x'_i = (⊕ V'_k) ⊕ e. The scrambled points
 * keep the net's stratification, and each coordinate is uniform on its 2⁻³² cells.
 *
 * A coordinate is returned as (x + ½)·2⁻³², inside (0, 1), so inverse CDFs stay finite.
 */

import { pow } from '../../core/math/index.ts';
import { DrawRandom } from '../rng.ts';
import { JOE_KUO_ROWS } from './joeKuoTable.ts';

/** Binary digits per coordinate. */
export const SOBOL_BITS = 32;
/** Dimensions the stored table supports. */
export const SOBOL_MAX_DIMENSIONS = JOE_KUO_ROWS.length + 1;
/** Stream domain of the scrambling matrices and shifts ("sobl"). */
export const DOMAIN_SOBOL = 0x736f626c;

const TWO_POW_MINUS_32 = 1 / 4294967296;

/** Unscrambled direction numbers V_1 … V_32 of each dimension, row-major (dims × 32). */
function joeKuoDirections(dims: number): Uint32Array {
  const v = new Uint32Array(dims * SOBOL_BITS);
  for (let k = 1; k <= SOBOL_BITS; k++) v[k - 1] = pow(2, SOBOL_BITS - k);
  for (let j = 1; j < dims; j++) {
    const { s, a, m } = JOE_KUO_ROWS[j - 1];
    const row = j * SOBOL_BITS;
    for (let k = 1; k <= SOBOL_BITS; k++) {
      if (k <= s) {
        v[row + k - 1] = m[k - 1] * pow(2, SOBOL_BITS - k);
        continue;
      }
      const back = v[row + k - 1 - s];
      let x = back ^ (back >>> s);
      for (let i = 1; i < s; i++) if (((a >>> (s - 1 - i)) & 1) === 1) x ^= v[row + k - 1 - i];
      v[row + k - 1] = x >>> 0;
    }
  }
  return v;
}

/** Parity (XOR of all bits) of a 32-bit word. */
function parity32(word: number): number {
  let x = word ^ (word >>> 16);
  x ^= x >>> 8;
  x ^= x >>> 4;
  x ^= x >>> 2;
  x ^= x >>> 1;
  return x & 1;
}

/**
 * V'_k = L V_k for a random lower-triangular L with unit diagonal: output digit r (r = 0 the most
 * significant) is the parity of (row r of L) AND V_k, row r having digit r set, random digits
 * above it (more significant) and zeros below.
 */
function scrambleDimension(v: Uint32Array, row: number, rng: DrawRandom): void {
  const lRows = new Uint32Array(SOBOL_BITS);
  for (let r = 0; r < SOBOL_BITS; r++) {
    const digit = pow(2, SOBOL_BITS - 1 - r);
    const above = r === 0 ? 0 : (rng.nextHigh() & ~(2 * digit - 1)) >>> 0;
    lRows[r] = (above | digit) >>> 0;
  }
  for (let k = 0; k < SOBOL_BITS; k++) {
    const vk = v[row + k];
    let out = 0;
    for (let r = 0; r < SOBOL_BITS; r++) if (parity32(lRows[r] & vk) === 1) out |= pow(2, SOBOL_BITS - 1 - r);
    v[row + k] = out >>> 0;
  }
}

export class SobolSequence {
  readonly dims: number;
  private readonly directions: Uint32Array;
  private readonly shift: Uint32Array;

  /**
   * `dims` coordinates per point; scrambled under `seed` (an integer in [0, 2⁵³)), or the plain
   * Joe–Kuo sequence when `seed` is null.
   */
  constructor(dims: number, seed: number | null) {
    if (!Number.isInteger(dims) || dims < 1 || dims > SOBOL_MAX_DIMENSIONS) {
      throw new RangeError(
        `Sobol' sequence: dimensions must be an integer in 1…${SOBOL_MAX_DIMENSIONS}, got ${dims}`,
      );
    }
    this.dims = dims;
    this.directions = joeKuoDirections(dims);
    this.shift = new Uint32Array(dims);
    if (seed === null) return;
    const rng = new DrawRandom();
    for (let j = 0; j < dims; j++) {
      rng.seed(DOMAIN_SOBOL, seed, j);
      scrambleDimension(this.directions, j * SOBOL_BITS, rng);
      this.shift[j] = rng.nextHigh();
    }
  }

  /** Writes point `index` (0 ≤ index < 2³²) into out[offset … offset + dims), each in (0, 1). */
  point(index: number, out: Float64Array, offset = 0): void {
    if (!Number.isInteger(index) || index < 0 || index >= pow(2, SOBOL_BITS)) {
      throw new RangeError(`Sobol' sequence: index must be an integer in 0…2^32 − 1, got ${index}`);
    }
    const gray = (index ^ (index >>> 1)) >>> 0;
    for (let j = 0; j < this.dims; j++) {
      const row = j * SOBOL_BITS;
      let x = this.shift[j];
      for (let k = 0, g = gray; g !== 0; k++, g >>>= 1) if ((g & 1) === 1) x ^= this.directions[row + k];
      out[offset + j] = ((x >>> 0) + 0.5) * TWO_POW_MINUS_32;
    }
  }
}
