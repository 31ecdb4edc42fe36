/**
 * The estimators on functions with analytic indices.
 *
 * Ishigami function f = sin x1 + a sin² x2 + b x3⁴ sin x1, x_i ~ U(−π, π), a = 7, b = 0.1
 * (Ishigami & Homma 1990; formulas in Saltelli et al. 2008, "Global Sensitivity Analysis: The
 * Primer", §4.7, and SALib's tests): V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½, V1 = ½(1 + bπ⁴/5)²,
 * V2 = a²/8, V3 = 0, V13 = 8b²π⁸/225; S_i = V_i/V, ST1 = (V1 + V13)/V, ST2 = V2/V, ST3 = V13/V.
 *
 * Sobol' G function g = Π (|4x_i − 2| + a_i)/(1 + a_i), x_i ~ U(0, 1), a = (0, 1, 4.5, 9, 99, 99,
 * 99, 99) (Saltelli & Sobol' 1995; Saltelli et al. 2010, §5): V_i = 1/(3(1 + a_i)²),
 * V = Π(1 + V_i) − 1, S_i = V_i/V, ST_i = V_i Π_{j≠i}(1 + V_j)/V.
 */
import { describe, expect, it } from 'vitest';
import { rowsPerBasePoint, writeSaltelliBlock } from '../../../src/analysis/sensitivity/saltelliDesign.ts';
import { type IndexEstimate, sobolIndices } from '../../../src/analysis/sensitivity/sobolIndices.ts';
import { SobolSequence } from '../../../src/analysis/sensitivity/sobolSequence.ts';

type Model = (x: Float64Array, at: number) => number;

function estimate(
  d: number,
  n: number,
  fromUnit: (u: number) => number,
  model: Model,
  groups: readonly (readonly number[])[] = [],
): IndexEstimate[] {
  const layout = { width: d, factorColumns: Array.from({ length: d }, (_, j) => j), groups };
  const k = rowsPerBasePoint(layout);
  const seq = new SobolSequence(2 * d, 2026);
  const point = new Float64Array(2 * d);
  const a = new Float64Array(d);
  const b = new Float64Array(d);
  const rows = new Float64Array(k * d);
  const y = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    seq.point(i, point);
    for (let j = 0; j < d; j++) {
      a[j] = fromUnit(point[j]);
      b[j] = fromUnit(point[d + j]);
    }
    writeSaltelliBlock(layout, a, b, rows, 0);
    for (let r = 0; r < k; r++) y[i * k + r] = model(rows, r * d);
  }
  return sobolIndices(y, n, k - 2, { resamples: 500, seed: 1, level: 0.95 }).indices.slice();
}

const ishigami: Model = (x, at) =>
  Math.sin(x[at]) + 7 * Math.sin(x[at + 1]) ** 2 + 0.1 * x[at + 2] ** 4 * Math.sin(x[at]);

function ishigamiAnalytic(): { first: number[]; total: number[] } {
  const a = 7;
  const b = 0.1;
  const pi4 = Math.PI ** 4;
  const pi8 = Math.PI ** 8;
  const V = (a * a) / 8 + (b * pi4) / 5 + (b * b * pi8) / 18 + 0.5;
  const V1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
  const V2 = (a * a) / 8;
  const V13 = (8 * b * b * pi8) / 225;
  return { first: [V1 / V, V2 / V, 0], total: [(V1 + V13) / V, V2 / V, V13 / V] };
}

const G_A = [0, 1, 4.5, 9, 99, 99, 99, 99];
const gFunction: Model = (x, at) => {
  let prod = 1;
  for (let i = 0; i < G_A.length; i++) prod *= (Math.abs(4 * x[at + i] - 2) + G_A[i]) / (1 + G_A[i]);
  return prod;
};

function gAnalytic(): { first: number[]; total: number[] } {
  const Vi = G_A.map((a) => 1 / (3 * (1 + a) ** 2));
  const V = Vi.reduce((p, v) => p * (1 + v), 1) - 1;
  return {
    first: Vi.map((v) => v / V),
    total: Vi.map((v, i) => (v * Vi.reduce((p, w, j) => (j === i ? p : p * (1 + w)), 1)) / V),
  };
}

function expectInside(value: number, ci: readonly [number, number], what: string): void {
  expect(ci[0] <= value && value <= ci[1], `${what}: ${value} outside [${ci[0]}, ${ci[1]}]`).toBe(true);
}

describe('sobolIndices(y, n, blocks, boot) on a Saltelli design from the scrambled sequence', () => {
  it('recovers the Ishigami indices (a = 7, b = 0.1) within the 95% bootstrap CI at N = 4096', () => {
    const est = estimate(3, 4096, (u) => -Math.PI + 2 * Math.PI * u, ishigami);
    const exact = ishigamiAnalytic();
    expect(exact.first[0]).toBeCloseTo(0.3139, 4);
    expect(exact.total[2]).toBeCloseTo(0.2437, 4);
    for (let j = 0; j < 3; j++) {
      expectInside(exact.first[j], est[j].firstCI, `S${j + 1}`);
      expectInside(exact.total[j], est[j].totalCI, `ST${j + 1}`);
      expect(Math.abs(est[j].first - exact.first[j])).toBeLessThan(0.02);
      expect(Math.abs(est[j].total - exact.total[j])).toBeLessThan(0.02);
    }
  });

  it('recovers the Sobol G-function indices (a = 0, 1, 4.5, 9, 99 ×4) within the CI at N = 4096', () => {
    const est = estimate(8, 4096, (u) => u, gFunction);
    const exact = gAnalytic();
    expect(exact.first[0]).toBeCloseTo(0.7162, 3);
    for (let j = 0; j < 8; j++) {
      expectInside(exact.first[j], est[j].firstCI, `S${j + 1}`);
      expectInside(exact.total[j], est[j].totalCI, `ST${j + 1}`);
    }
  });

  it('gives total ≥ first (within the CIs) for every factor', () => {
    for (const est of [
      estimate(3, 1024, (u) => -Math.PI + 2 * Math.PI * u, ishigami),
      estimate(8, 1024, (u) => u, gFunction),
    ]) {
      for (const e of est) expect(e.totalCI[1]).toBeGreaterThanOrEqual(e.firstCI[0]);
    }
  });

  it('gives the one factor an output depends on indices 1 and every other exactly 0', () => {
    const est = estimate(
      5,
      512,
      (u) => u,
      (x, at) => Math.exp(x[at + 2]),
    );
    for (let j = 0; j < 5; j++) {
      const want = j === 2 ? 1 : 0;
      expect(est[j].total).toBeCloseTo(want, j === 2 ? 2 : 12);
      expect(est[j].first).toBeCloseTo(want, j === 2 ? 2 : 12);
    }
    expectInside(1, est[2].totalCI, 'ST3');
  });

  it('estimates groups: Ishigami {x1, x2} has S = (V1 + V2)/V and ST = 1; {x3} has S = 0', () => {
    const est = estimate(3, 4096, (u) => -Math.PI + 2 * Math.PI * u, ishigami, [[0, 1], [2]]);
    const exact = ishigamiAnalytic();
    expectInside(exact.first[0] + exact.first[1], est[3].firstCI, 'S{1,2}');
    expectInside(1, est[3].totalCI, 'ST{1,2}');
    expect(est[4].first).toBeCloseTo(est[2].first, 12);
    expect(est[4].total).toBeCloseTo(est[2].total, 12);
  });

  it('returns NaN indices for a constant output, and refuses too few base points', () => {
    const est = estimate(
      2,
      64,
      (u) => u,
      () => 3,
    );
    expect(est[0].first).toBeNaN();
    expect(() => sobolIndices(new Float64Array(4), 1, 0, { resamples: 10, seed: 1, level: 0.95 })).toThrow(
      /N ≥ 2/,
    );
  });
});
