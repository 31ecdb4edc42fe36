import { describe, expect, it } from 'vitest';
import { isOutcome, outcomeProbabilities, probability } from '../../src/analysis/probabilities.ts';

describe('outcomeProbabilities(leadAt2028Dec, raceThresholdMonths)', () => {
  it('counts the fraction of draws in each outcome, boundaries included as defined', () => {
    // leads: 12 → One; 4 → Two; 2.999 → Two and too close to test; −3 → Two (not too close);
    // 8 → between; −4 → Two; −4.001, −22 → PRC lead
    const leads = Float64Array.of(12, 4, 2.999, -3, 8, 20, 11.999, 3, -4, -4.001, -22);
    const p = outcomeProbabilities(leads, 3);
    expect(p.scenarioOne).toEqual(probability(2, 11)); // 12, 20
    expect(p.between).toEqual(probability(2, 11)); // 8, 11.999
    expect(p.scenarioTwo).toEqual(probability(5, 11)); // 4, 2.999, −3, 3, −4
    expect(p.prcLead).toEqual(probability(2, 11)); // −4.001, −22
    expect(p.neckAndNeck).toEqual(probability(1, 11)); // 2.999
    expect(p.scenarioOne.p + p.between.p + p.scenarioTwo.p + p.prcLead.p).toBeCloseTo(1, 15);
  });

  it('gives NaN when the horizon ends before 2028-12', () => {
    expect(outcomeProbabilities(Float64Array.of(Number.NaN, Number.NaN), 3).scenarioOne.p).toBeNaN();
  });
});

describe('probability(count, n)', () => {
  it('is k/n with standard error √(p(1−p)/n)', () => {
    expect(probability(25, 100)).toEqual({ p: 0.25, se: Math.sqrt((0.25 * 0.75) / 100) });
    expect(probability(0, 10)).toEqual({ p: 0, se: 0 });
  });
});

describe('isOutcome(outcome, lead, raceThresholdMonths)', () => {
  it('uses ≥ 12, |lead| ≤ 4, < −4 and |lead| < the race threshold', () => {
    expect(isOutcome('scenarioOne', 12, 3)).toBe(true);
    expect(isOutcome('scenarioOne', 11.99, 3)).toBe(false);
    expect(isOutcome('scenarioTwo', 4, 3)).toBe(true);
    expect(isOutcome('scenarioTwo', -4, 3)).toBe(true);
    expect(isOutcome('scenarioTwo', -22, 3)).toBe(false);
    expect(isOutcome('prcLead', -22, 3)).toBe(true);
    expect(isOutcome('neckAndNeck', -2.99, 3)).toBe(true);
    expect(isOutcome('neckAndNeck', 3, 3)).toBe(false);
  });

  it('takes the neck-and-neck band from the scenario, as its neckAndNeck series does', () => {
    expect(isOutcome('neckAndNeck', 5, 3)).toBe(false);
    expect(isOutcome('neckAndNeck', 5, 6)).toBe(true);
  });
});
