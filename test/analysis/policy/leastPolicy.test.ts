/** The least-policy search on synthetic monotone responses with known frontiers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Estimate,
  type Setting,
  searchLeastPolicy,
  verdictOf,
  wilsonInterval,
} from '../../../src/analysis/policy/leastPolicy.ts';

/** Exact response (no Monte Carlo error). */
function exact(f: (s: Setting) => number) {
  return async (settings: readonly Setting[]): Promise<Estimate[]> =>
    settings.map((s) => {
      const value = f(s);
      return { value, low: value, high: value };
    });
}

/** Every setting of the grid. */
function grid(sizes: readonly number[]): number[][] {
  let out: number[][] = [[]];
  for (const size of sizes) out = out.flatMap((p) => Array.from({ length: size }, (_, r) => [...p, r]));
  return out;
}

/** The minimal reaching settings by brute force. */
function bruteMinimal(sizes: readonly number[], f: (s: Setting) => number, goal: number): string[] {
  const reaching = grid(sizes).filter((s) => f(s) >= goal);
  return reaching
    .filter((s) => !reaching.some((o) => o !== s && o.every((r, j) => r <= s[j])))
    .map((s) => s.join(','))
    .sort();
}

describe('searchLeastPolicy({sizes, goal, evaluate})', () => {
  it('finds the known frontier of an additive response: Σ w_j r_j ≥ goal', async () => {
    const sizes = [4, 3, 2, 5];
    const weights = [1, 2, 3, 1.5];
    const f = (s: Setting) => s.reduce((t, r, j) => t + weights[j] * r, 0);
    const goal = 7;
    const result = await searchLeastPolicy({ sizes, goal, evaluate: exact(f) });
    expect(result.reachable).toBe(true);
    expect(result.minimal.map((m) => m.setting.join(',')).sort()).toEqual(bruteMinimal(sizes, f, goal));
    for (const m of result.minimal) for (const l of m.loosenings) expect(l.verdict).toBe('misses');
    expect(result.evaluated).toBeLessThan(4 * 3 * 2 * 5);
  });

  it('finds the frontier of any monotone response (property, against brute force)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (sizes, weights, product, goalFraction) => {
          // Monotone: a weighted sum, or a product of (1 + w r) (interactions).
          const f = (s: Setting) =>
            product
              ? s.reduce((t, r, j) => t * (1 + weights[j] * r), 1)
              : s.reduce((t, r, j) => t + weights[j] * r, 0);
          const topValue = f(sizes.map((n) => n - 1));
          const goal = goalFraction * topValue * 1.2;
          const result = await searchLeastPolicy({ sizes, goal, evaluate: exact(f) });
          expect(result.reachable).toBe(topValue >= goal);
          expect(result.minimal.map((m) => m.setting.join(',')).sort()).toEqual(bruteMinimal(sizes, f, goal));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('says plainly when the goal is out of reach, after one evaluation', async () => {
    const result = await searchLeastPolicy({ sizes: [3, 3], goal: 100, evaluate: exact((s) => s[0] + s[1]) });
    expect(result.reachable).toBe(false);
    expect(result.top.verdict).toBe('misses');
    expect(result.minimal).toEqual([]);
    expect(result.evaluated).toBe(1);
  });

  it('never declares a setting feasible when the goal lies inside its error', async () => {
    // Value r0 + r1 with an error of ±0.6: reaching 2 needs a low end ≥ 2, i.e. value ≥ 2.6.
    const evaluate = async (settings: readonly Setting[]) =>
      settings.map((s) => {
        const value = s[0] + s[1];
        return { value, low: value - 0.6, high: value + 0.6 };
      });
    const result = await searchLeastPolicy({ sizes: [3, 3], goal: 2, evaluate });
    expect(result.minimal.map((m) => m.setting)).toEqual([
      [1, 2],
      [2, 1],
    ]);
    for (const m of result.minimal) expect(m.estimate.low).toBeGreaterThanOrEqual(2);
    // [2, 0] and [1, 1] have value 2: the goal is inside their error.
    for (const m of result.minimal) {
      expect(m.loosenings.every((l) => l.verdict === 'undecided')).toBe(true);
    }
    expect(result.undecided.map((u) => u.setting.join(','))).toContain('1,1');
  });

  it('reports an undecided top as out of reach (not feasible)', async () => {
    const result = await searchLeastPolicy({
      sizes: [2],
      goal: 0.5,
      evaluate: async (s) => s.map(() => ({ value: 0.52, low: 0.45, high: 0.59 })),
    });
    expect(result.reachable).toBe(false);
    expect(result.top.verdict).toBe('undecided');
  });

  it('rejects a lever without rungs', async () => {
    await expect(searchLeastPolicy({ sizes: [2, 0], goal: 1, evaluate: exact(() => 0) })).rejects.toThrow(
      /rung/,
    );
  });
});

describe('verdictOf(estimate, goal)', () => {
  it('reaches only when the whole interval is at or above the goal', () => {
    expect(verdictOf({ value: 0.6, low: 0.5, high: 0.7 }, 0.5)).toBe('reaches');
    expect(verdictOf({ value: 0.6, low: 0.49, high: 0.7 }, 0.5)).toBe('undecided');
    expect(verdictOf({ value: 0.4, low: 0.3, high: 0.49 }, 0.5)).toBe('misses');
  });
});

describe('wilsonInterval(successes, n, z)', () => {
  it('matches published values: 0 of 10 at z = 1.96 gives [0, 0.2775]', () => {
    // Newcombe (1998), Statistics in Medicine 17:857–872, Table I (0/10: 0.0000–0.2775).
    const w = wilsonInterval(0, 10, 1.959964);
    expect(w.low).toBe(0);
    expect(w.high).toBeCloseTo(0.2775, 4);
    // 81 of 263: 0.2553–0.3662 (Newcombe 1998, Table I).
    const v = wilsonInterval(81, 263, 1.959964);
    expect(v.low).toBeCloseTo(0.2553, 4);
    expect(v.high).toBeCloseTo(0.3662, 4);
  });
});
