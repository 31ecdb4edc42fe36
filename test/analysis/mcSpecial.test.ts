/** Reference values: SciPy 1.17.1 (scipy.stats.norm.ppf, scipy.stats.beta, scipy.special.gammaln). */
import { describe, expect, it } from 'vitest';
import {
  betaQuantile,
  logGamma,
  normalQuantile,
  regularizedIncompleteBeta,
} from '../../src/analysis/mcSpecial.ts';

describe('normalQuantile(p)', () => {
  it('matches SciPy across the centre and both tails', () => {
    const cases: [number, number][] = [
      [1e-300, -37.0470962993612],
      [1e-20, -9.262340089798409],
      [1e-10, -6.361340902404056],
      [0.001, -3.090232306167813],
      [0.02, -2.053748910631823],
      [0.075, -1.4395314709384563],
      [0.3, -0.5244005127080409],
      [0.5, 0],
      [0.925, 1.4395314709384563],
      [0.999, 3.090232306167813],
    ];
    for (const [p, z] of cases) expect(normalQuantile(p)).toBeCloseTo(z, 12);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 14);
  });

  it('is antisymmetric: Φ⁻¹(1 − p) = −Φ⁻¹(p)', () => {
    for (const p of [0.01, 0.2, 0.4]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 12);
  });
});

describe('logGamma(x)', () => {
  it('matches SciPy gammaln', () => {
    const cases: [number, number][] = [
      [0.1, 2.252712651734206],
      [0.5, 0.5723649429247],
      [1, 0],
      [2.5, 0.2846828704729192],
      [10, 12.801827480081469],
      [100.5, 361.43554046777757],
    ];
    for (const [x, y] of cases) expect(logGamma(x)).toBeCloseTo(y, 11);
  });
});

describe('regularizedIncompleteBeta(x, a, b)', () => {
  it('matches SciPy and the closed forms', () => {
    expect(regularizedIncompleteBeta(0.3, 2, 5)).toBeCloseTo(0.5798250000000003, 13);
    expect(regularizedIncompleteBeta(0.1, 0.5, 0.5)).toBeCloseTo(0.20483276469913345, 13);
    expect(regularizedIncompleteBeta(0.45, 30, 40)).toBeCloseTo(0.6447480085585666, 12);
    // Beta(2, 2): 3x² − 2x³
    expect(regularizedIncompleteBeta(0.3, 2, 2)).toBeCloseTo(3 * 0.09 - 2 * 0.027, 14);
  });
});

describe('betaQuantile(p, a, b)', () => {
  const LEVELS = [0.001, 0.05, 0.1, 0.5, 0.9, 0.95, 0.999];
  const cases: [number, number, number[]][] = [
    [
      0.5,
      0.5,
      [
        2.4673990709169446e-6, 0.0061558297024311365, 0.024471741852423214, 0.5, 0.9755282581475768,
        0.9938441702975689, 0.999997532600929,
      ],
    ],
    [
      8,
      3,
      [
        0.2815433819575835, 0.4930986989367976, 0.5503961113264141, 0.7414252767150369, 0.8841747219702369,
        0.9127355660858496, 0.9789620286790132,
      ],
    ],
    [
      0.3,
      4,
      [
        1.9049653210024112e-11, 8.772617902751646e-6, 8.843870482363649e-5, 0.019778314565049332,
        0.2143738140841478, 0.3119062785730901, 0.7134437015152071,
      ],
    ],
  ];
  for (const [a, b, expected] of cases) {
    it(`matches SciPy beta(${a}, ${b}).ppf to 1e-9 relative`, () => {
      for (let i = 0; i < LEVELS.length; i++) {
        const x = betaQuantile(LEVELS[i], a, b);
        expect(Math.abs(x - expected[i])).toBeLessThanOrEqual(1e-9 * expected[i]);
      }
    });
  }

  it('inverts the closed form of Beta(1, 3): x = 1 − (1 − p)^(1/3)', () => {
    for (const p of [0.01, 0.37, 0.99]) expect(betaQuantile(p, 1, 3)).toBeCloseTo(1 - (1 - p) ** (1 / 3), 13);
  });
});
