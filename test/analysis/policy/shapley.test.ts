/** Exact Shapley values: the four axioms and closed forms. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coalitionSize,
  shapleyPerDraw,
  shapleyValues,
  shapleyWeights,
} from '../../../src/analysis/policy/shapley.ts';

/** v over all coalitions of n players from a function of the member list. */
function game(n: number, v: (members: number[]) => number): Float64Array {
  const values = new Float64Array(1 << n);
  for (let mask = 0; mask < values.length; mask++) {
    const members = [];
    for (let i = 0; i < n; i++) if (mask & (1 << i)) members.push(i);
    values[mask] = v(members);
  }
  return values;
}

const randomGame = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.float64Array({
      minLength: 1 << n,
      maxLength: 1 << n,
      noNaN: true,
      noDefaultInfinity: true,
      min: -100,
      max: 100,
    }),
  ),
);

describe('shapleyWeights(n)', () => {
  it('is s!(n−s−1)!/n!: for n = 3, 1/3, 1/6, 1/3', () => {
    expect(Array.from(shapleyWeights(3))).toEqual([1 / 3, 1 / 6, 1 / 3]);
  });

  it('sums to 1 over the coalitions without a player (Σ_s C(n−1, s) w(s) = 1)', () => {
    for (let n = 1; n <= 16; n++) {
      const w = shapleyWeights(n);
      let total = 0;
      let binomial = 1;
      for (let s = 0; s < n; s++) {
        total += binomial * w[s];
        binomial = (binomial * (n - 1 - s)) / (s + 1);
      }
      expect(total, `n = ${n}`).toBeCloseTo(1, 12);
    }
  });

  it('rejects more than 16 players', () => {
    expect(() => shapleyWeights(17)).toThrow(/0…16/);
  });
});

describe('shapleyValues(n, values)', () => {
  it('efficiency: the shares sum to v(N) − v(∅)', () => {
    fc.assert(
      fc.property(randomGame, ([n, values]) => {
        const phi = shapleyValues(n, values);
        const total = phi.reduce((a, b) => a + b, 0);
        expect(total).toBeCloseTo(values[(1 << n) - 1] - values[0], 9);
      }),
    );
  });

  it('null player: a player that never changes v gets 0', () => {
    fc.assert(
      fc.property(randomGame, fc.nat(), ([n, raw], pick) => {
        const nullPlayer = pick % (n + 1);
        // Player `nullPlayer` added to n players: v ignores it.
        const values = game(n + 1, (members) => {
          let mask = 0;
          for (const m of members) if (m !== nullPlayer) mask |= 1 << (m > nullPlayer ? m - 1 : m);
          return raw[mask];
        });
        expect(shapleyValues(n + 1, values)[nullPlayer]).toBeCloseTo(0, 12);
      }),
    );
  });

  it('symmetry: two players that change v alike get equal shares', () => {
    // v depends on how many of players 0 and 1 are in, not which, plus anything on player 2.
    fc.assert(
      fc.property(
        fc.float64Array({
          minLength: 6,
          maxLength: 6,
          noNaN: true,
          noDefaultInfinity: true,
          min: -50,
          max: 50,
        }),
        (table) => {
          const values = game(3, (members) => {
            const k = members.filter((m) => m < 2).length;
            return table[k * 2 + (members.includes(2) ? 1 : 0)];
          });
          const phi = shapleyValues(3, values);
          expect(phi[0]).toBeCloseTo(phi[1], 12);
        },
      ),
    );
  });

  it('additive game: each share is the effect alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (effects, base) => {
          const n = effects.length;
          const phi = shapleyValues(
            n,
            game(n, (members) => base + members.reduce((s, m) => s + effects[m], 0)),
          );
          for (let i = 0; i < n; i++) expect(phi[i]).toBeCloseTo(effects[i], 9);
        },
      ),
    );
  });

  it('a pure interaction is split evenly: v = 1 only when all three are in gives 1/3 each', () => {
    const phi = shapleyValues(
      3,
      game(3, (members) => (members.length === 3 ? 1 : 0)),
    );
    for (const share of phi) expect(share).toBeCloseTo(1 / 3, 15);
  });

  it('the glove game (outside reference): one left glove, two right gloves → 2/3, 1/6, 1/6', () => {
    // Classic textbook value (e.g. Osborne & Rubinstein, A Course in Game Theory, §14.4).
    const phi = shapleyValues(
      3,
      game(3, (m) => (m.includes(0) && (m.includes(1) || m.includes(2)) ? 1 : 0)),
    );
    expect(phi[0]).toBeCloseTo(2 / 3, 15);
    expect(phi[1]).toBeCloseTo(1 / 6, 15);
    expect(phi[2]).toBeCloseTo(1 / 6, 15);
  });

  it('rejects a value table of the wrong length', () => {
    expect(() => shapleyValues(3, new Float64Array(7))).toThrow(/2\^3 = 8/);
  });
});

describe('shapleyPerDraw(n, values)', () => {
  it('gives, in each draw, shapleyValues of that draw', () => {
    fc.assert(
      fc.property(randomGame, randomGame, ([n, a], [m, b]) => {
        if (m !== n) return;
        const perDraw = shapleyPerDraw(
          n,
          Array.from(a, (x, mask) => Float64Array.of(x, b[mask])),
        );
        const first = shapleyValues(n, a);
        const second = shapleyValues(n, b);
        for (let i = 0; i < n; i++) {
          expect(perDraw[i][0]).toBeCloseTo(first[i], 12);
          expect(perDraw[i][1]).toBeCloseTo(second[i], 12);
        }
      }),
    );
  });
});

describe('coalitionSize(mask)', () => {
  it('counts the set bits', () => {
    expect([0, 1, 3, 5, 255, 0b1011].map(coalitionSize)).toEqual([0, 1, 2, 2, 8, 3]);
  });
});
