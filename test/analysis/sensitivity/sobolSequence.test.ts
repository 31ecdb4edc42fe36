import { describe, expect, it } from 'vitest';
import { SOBOL_MAX_DIMENSIONS, SobolSequence } from '../../../src/analysis/sensitivity/sobolSequence.ts';

/** (x + ½)·2⁻³² back to x·2⁻³², the plain sequence's value. */
const plain = (u: number): number => u - 0.5 / 2 ** 32;

describe('SobolSequence(dims, null) — the plain Joe–Kuo sequence', () => {
  it("matches SALib's sobol_sequence.sample(1024, 200) (SALib 1c37548, run with numpy 2.4)", () => {
    const seq = new SobolSequence(200, null);
    const p = new Float64Array(200);
    const firstRows = [
      [0, 0, 0, 0],
      [0.5, 0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25, 0.25],
      [0.25, 0.75, 0.75, 0.75],
      [0.375, 0.375, 0.625, 0.875],
      [0.875, 0.875, 0.125, 0.375],
      [0.625, 0.125, 0.875, 0.625],
      [0.125, 0.625, 0.375, 0.125],
    ];
    firstRows.forEach((row, i) => {
      seq.point(i, p);
      expect(Array.from(p.subarray(0, 4), plain)).toEqual(row);
    });
    seq.point(1023, p);
    expect([0, 1, 99, 173, 199].map((j) => plain(p[j]))).toEqual([
      0.0009765625, 0.7529296875, 0.5302734375, 0.0927734375, 0.1865234375,
    ]);
    seq.point(777, p);
    expect([5, 50, 150].map((j) => plain(p[j]))).toEqual([0.3564453125, 0.0830078125, 0.4775390625]);
  });

  it('refuses dimensions beyond the stored table and bad indices', () => {
    expect(() => new SobolSequence(SOBOL_MAX_DIMENSIONS + 1, null)).toThrow(
      /dimensions must be an integer in 1…512/,
    );
    expect(() => new SobolSequence(0, 1)).toThrow(/dimensions/);
    expect(() => new SobolSequence(2, 1).point(-1, new Float64Array(2))).toThrow(/index/);
  });
});

describe('SobolSequence(dims, seed) — scrambled', () => {
  it('keeps one point in each of the 2^m equal cells of every coordinate (first 2^m points)', () => {
    const dims = 180;
    const n = 1024;
    const seq = new SobolSequence(dims, 7);
    const p = new Float64Array(dims);
    const seen = new Uint8Array(dims * n);
    let inside = true;
    for (let i = 0; i < n; i++) {
      seq.point(i, p);
      for (let j = 0; j < dims; j++) {
        inside &&= p[j] > 0 && p[j] < 1;
        seen[j * n + Math.floor(p[j] * n)]++;
      }
    }
    expect(inside).toBe(true);
    expect(seen.every((c) => c === 1)).toBe(true);
  });

  it('gives the same points for the same seed and different points for another', () => {
    const a = new Float64Array(50);
    const b = new Float64Array(50);
    new SobolSequence(50, 3).point(12345, a);
    new SobolSequence(50, 3).point(12345, b);
    expect(b).toEqual(a);
    new SobolSequence(50, 4).point(12345, b);
    expect(b).not.toEqual(a);
  });

  it('estimates ∫ Π (1 + (u_j − ½)/j) = 1 better than 1e-3 with 4096 points in 20 dimensions', () => {
    const dims = 20;
    const seq = new SobolSequence(dims, 11);
    const p = new Float64Array(dims);
    let sum = 0;
    for (let i = 0; i < 4096; i++) {
      seq.point(i, p);
      let prod = 1;
      for (let j = 0; j < dims; j++) prod *= 1 + (p[j] - 0.5) / (j + 1);
      sum += prod;
    }
    expect(Math.abs(sum / 4096 - 1)).toBeLessThan(1e-3);
  });
});
