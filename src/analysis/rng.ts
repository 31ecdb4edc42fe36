/**
 * Seeded random numbers for the Monte Carlo (spec §10).
 *
 * Every draw has its own stream, seeded from a hash of (seed, draw index), so any subset of
 * draws can be computed anywhere and in any order; the blocks of the rank-correlation step
 * take theirs from (seed, block index) in a separate domain.
 *
 * Generator: xoroshiro128+ (Blackman & Vigna, "Scrambled linear pseudorandom number
 * generators", ACM TOMS 2021), with exactly the state update of pure-rand's
 * `xoroshiro128plus` (test/analysis/rng.test.ts checks the two against each other). The
 * state lives in an Int32Array so re-seeding a stream allocates nothing.
 *
 * Seeding: each of the four 32-bit state words is MurmurHash3_x86_32 (Appleby) of the words
 * (domain, seed low, seed high, index low, index high), with the word number as the hash
 * seed: nearby seeds and indices give unrelated states.
 *
 * uniform(): 52 random bits from the high halves of two 64-bit outputs (the low bits of
 * xoroshiro128+ are its weakest), mapped to (k + ½)·2⁻⁵², which is exact in floating point and
 * lies in [2⁻⁵³, 1 − 2⁻⁵³]: never 0 or 1, so inverse CDFs stay finite. (With 53 bits the
 * largest value would round up to 1.)
 */

/** Stream domains: a draw's parameter stream, and a block's rank-correlation permutations. */
export const DOMAIN_DRAW = 0x64726177; // "draw"
export const DOMAIN_BLOCK = 0x626c6b21; // "blk!"

const TWO_POW_32 = 4294967296;
const TWO_POW_26 = 67108864;
const TWO_POW_MINUS_52 = 1 / 4503599627370496;

function rotl32(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function murmurWord(h: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = rotl32(k, 15);
  k = Math.imul(k, 0x1b873593);
  const mixed = rotl32(h ^ k, 13);
  return (Math.imul(mixed, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's finaliser fmix32: a bijection of 32-bit words with full avalanche. */
export function fmix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/** MurmurHash3_x86_32 of five 32-bit words under a hash seed (signed 32-bit result). */
export function hashWords(
  hashSeed: number,
  w0: number,
  w1: number,
  w2: number,
  w3: number,
  w4: number,
): number {
  let h = hashSeed | 0;
  h = murmurWord(h, w0);
  h = murmurWord(h, w1);
  h = murmurWord(h, w2);
  h = murmurWord(h, w3);
  h = murmurWord(h, w4);
  return fmix32(h ^ 20);
}

/** Throws unless `seed` is an integer in [0, 2⁵³). */
export function assertSeed(seed: number): void {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`seed must be an integer from 0 to 2^53 − 1, got ${seed}`);
  }
}

/** A re-seedable xoroshiro128+ stream. One instance serves every draw of a worker. */
export class DrawRandom {
  /** [s0 high, s0 low, s1 high, s1 low], as in pure-rand's XoroShiro128Plus(s01, s00, s11, s10). */
  private readonly state = new Int32Array(4);

  /** Sets the stream of `index` in `domain` under `seed` (seed, index: integers in [0, 2⁵³)). */
  seed(domain: number, seed: number, index: number): void {
    const seedLo = (seed % TWO_POW_32) | 0;
    const seedHi = Math.floor(seed / TWO_POW_32) | 0;
    const indexLo = (index % TWO_POW_32) | 0;
    const indexHi = Math.floor(index / TWO_POW_32) | 0;
    const s = this.state;
    for (let word = 0; word < 4; word++)
      s[word] = hashWords(word + 1, domain, seedLo, seedHi, indexLo, indexHi);
    if ((s[0] | s[1] | s[2] | s[3]) === 0) s[3] = 1; // the all-zero state is a fixed point
  }

  /** Sets the raw state (pure-rand's order: s0 high, s0 low, s1 high, s1 low). For tests. */
  setState(s01: number, s00: number, s11: number, s10: number): void {
    this.state[0] = s01;
    this.state[1] = s00;
    this.state[2] = s11;
    this.state[3] = s10;
  }

  /**
   * Advances one step and returns the 64-bit output s0 + s1 as its high word (unsigned);
   * `lowWordOut[0]` receives the low word (pure-rand's `next()`), when given.
   */
  nextHigh(lowWordOut?: Int32Array): number {
    const s = this.state;
    const s01 = s[0];
    const s00 = s[1];
    const s11 = s[2];
    const s10 = s[3];
    const lowSum = (s00 >>> 0) + (s10 >>> 0);
    const high = (s01 + s11 + (lowSum >= TWO_POW_32 ? 1 : 0)) >>> 0;
    if (lowWordOut !== undefined) lowWordOut[0] = lowSum | 0;
    // s1 ^= s0; s0 = rotl(s0, 24) ^ s1 ^ (s1 << 16); s1 = rotl(s1, 37)   (on 32-bit halves)
    const a0 = s10 ^ s00;
    const a1 = s11 ^ s01;
    s[1] = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
    s[0] = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    s[3] = (a1 << 5) ^ (a0 >>> 27);
    s[2] = (a0 << 5) ^ (a1 >>> 27);
    return high;
  }

  /** A uniform number in (0, 1) with 52 random bits: (k + ½)·2⁻⁵². */
  uniform(): number {
    const hi26 = this.nextHigh() >>> 6;
    const lo26 = this.nextHigh() >>> 6;
    return (hi26 * TWO_POW_26 + lo26 + 0.5) * TWO_POW_MINUS_52;
  }

  /** A uniform integer in [0, n) for n ≤ 2³² (by scaling a 52-bit uniform). */
  below(n: number): number {
    return Math.floor(this.uniform() * n);
  }
}
