import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { assertSeed, DOMAIN_BLOCK, DOMAIN_DRAW, DrawRandom, hashWords } from '../../src/analysis/rng.ts';

describe('DrawRandom', () => {
  it('nextHigh(low) steps exactly like pure-rand xoroshiro128plus (its next() is our low word)', () => {
    const state = [0x12345678, -0x1edcba99, 0x0badf00d, 0x7eadbeef];
    const ours = new DrawRandom();
    ours.setState(state[0], state[1], state[2], state[3]);
    const theirs = xoroshiro128plusFromState(state);
    const low = new Int32Array(1);
    for (let i = 0; i < 1000; i++) {
      ours.nextHigh(low);
      expect(low[0]).toBe(theirs.next());
    }
  });

  it('seed(domain, seed, index) gives the same stream whenever it is called', () => {
    const a = new DrawRandom();
    const b = new DrawRandom();
    a.seed(DOMAIN_DRAW, 42, 123_456);
    b.seed(DOMAIN_DRAW, 7, 0);
    b.uniform();
    b.seed(DOMAIN_DRAW, 42, 123_456);
    for (let i = 0; i < 50; i++) expect(a.uniform()).toBe(b.uniform());
  });

  it('seed() separates seeds, indices and domains', () => {
    const r = new DrawRandom();
    const first = (domain: number, seed: number, index: number): number => {
      r.seed(domain, seed, index);
      return r.uniform();
    };
    const x = first(DOMAIN_DRAW, 1, 1);
    expect(first(DOMAIN_DRAW, 2, 1)).not.toBe(x);
    expect(first(DOMAIN_DRAW, 1, 2)).not.toBe(x);
    expect(first(DOMAIN_BLOCK, 1, 1)).not.toBe(x);
    expect(first(DOMAIN_DRAW, 1 + 2 ** 32, 1)).not.toBe(x); // the high word of the seed counts
  });

  it('uniform() lies in (0, 1) with mean ½ and variance 1/12 over consecutive draw streams', () => {
    const r = new DrawRandom();
    let sum = 0;
    let sumSq = 0;
    let outside = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      r.seed(DOMAIN_DRAW, 2026, i); // first value of each stream: tests the seeding, not only the generator
      const u = r.uniform();
      if (!(u > 0 && u < 1)) outside++;
      sum += u;
      sumSq += u * u;
    }
    expect(outside).toBe(0);
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  it('uniform() never returns 1: the largest 52-bit value maps to 1 − 2⁻⁵³', () => {
    const r = new DrawRandom();
    r.setState(-1, -1, 0, 0); // both outputs' high words are all ones
    expect(r.uniform()).toBeLessThan(1);
  });

  it('below(n) covers 0 … n−1 evenly', () => {
    const r = new DrawRandom();
    r.seed(DOMAIN_BLOCK, 5, 5);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 50_000; i++) counts[r.below(10)]++;
    for (const c of counts) expect(Math.abs(c - 5000)).toBeLessThan(300);
  });
});

describe('hashWords(seed, …words)', () => {
  it('is MurmurHash3_x86_32 of the 20 little-endian bytes of the five words', () => {
    expect(hashWords(0, 1, 2, 3, 4, 5) >>> 0).toBe(murmurBytesReference([1, 2, 3, 4, 5], 0));
  });
});

describe('assertSeed(seed)', () => {
  it('accepts integers in [0, 2^53) and rejects the rest', () => {
    expect(() => assertSeed(0)).not.toThrow();
    expect(() => assertSeed(2 ** 53 - 1)).not.toThrow();
    expect(() => assertSeed(-1)).toThrow(/seed/);
    expect(() => assertSeed(1.5)).toThrow(/seed/);
    expect(() => assertSeed(2 ** 53)).toThrow(/seed/);
  });
});

/** A straightforward byte-wise MurmurHash3_x86_32, written from the published algorithm. */
function murmurBytesReference(words: number[], seed: number): number {
  const bytes: number[] = [];
  for (const w of words) bytes.push(w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, (w >>> 24) & 0xff);
  let h = seed >>> 0;
  for (let i = 0; i < bytes.length; i += 4) {
    let k = (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)) >>> 0;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= bytes.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
