import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeWorld,
  formatLeadInWorld,
  isOutcome,
  OUTCOME_NAMES,
  outcomeCondition,
  outcomeLabel,
  thresholdText,
  WORLD_OUTCOME,
  WORLDS,
  worldOf,
} from '../../src/analysis/outcomes.ts';

/** What each world's words claim about the lead, checked against the number. */
const claims: Record<(typeof WORLDS)[number], (lead: number) => boolean> = {
  'scenario-one': (lead) => lead >= 12,
  between: (lead) => lead > 4 && lead < 12,
  'scenario-two': (lead) => Math.abs(lead) <= 4,
  'prc-lead': (lead) => lead < -4,
};

describe('worldOf(lead) and describeWorld(world, lead)', () => {
  it('names a 22-month PRC lead and a 71-month US lead truthfully', () => {
    expect(worldOf(-22)).toBe('prc-lead');
    expect(describeWorld(worldOf(-22), -22, 'median lead')).toBe(
      'PRC lead (PRC ahead > 4 months): median lead −22.0 months at 2028-12',
    );
    expect(worldOf(71)).toBe('scenario-one');
    const text = describeWorld(worldOf(71), 71);
    expect(text).toBe('Scenario One world (US lead ≥ 12 months): lead 71.0 months at 2028-12');
    expect(text).not.toContain('24');
  });

  it('puts every finite lead in exactly one world, whose words are true of it (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -200, max: 200, noNaN: true }), (lead) => {
        const world = worldOf(lead);
        expect(claims[world](lead)).toBe(true);
        const outcomes = WORLDS.filter((w) => isOutcome(WORLD_OUTCOME[w], lead, 3));
        expect(outcomes).toEqual([world]);
      }),
    );
  });
});

describe('formatLeadInWorld(lead): the printed lead reads back in its own world', () => {
  it('prints scenario-one’s median 11.97 as "11.97", not "12.0", beside "Between the two worlds"', () => {
    expect(formatLeadInWorld(11.97)).toBe('11.97');
    expect(describeWorld(worldOf(11.97), 11.97, 'median lead')).toBe(
      'Between the two worlds (US lead 4–12 months): median lead 11.97 months at 2028-12',
    );
    expect(formatLeadInWorld(4.04)).toBe('4.04');
    expect(formatLeadInWorld(-4.02)).toBe('−4.02');
    expect(formatLeadInWorld(11.9996)).toBe('11.9996');
    expect(formatLeadInWorld(5.14)).toBe('5.1');
    expect(formatLeadInWorld(12)).toBe('12.0');
  });

  it('never prints a number that lands in another world (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (lead) => {
        const printed = Number(formatLeadInWorld(lead).replace('−', '-'));
        expect(worldOf(printed)).toBe(worldOf(lead));
      }),
    );
    for (const edge of [12, 4, -4]) {
      for (const lead of [edge - 1e-9, edge - 0.004, edge - 0.04, edge + 1e-9, edge + 0.04]) {
        expect(worldOf(Number(formatLeadInWorld(lead).replace('−', '-')))).toBe(worldOf(lead));
      }
    }
  });
});

describe('outcomeCondition(outcome, raceThresholdMonths)', () => {
  it('takes the race threshold of the run: 6 prints "|lead| < 6", never "< 3"', () => {
    expect(outcomeCondition('neckAndNeck', 6)).toBe('|lead| < 6 months');
    expect(outcomeLabel('neckAndNeck', 2.5)).toBe('Race too close to test carefully (|lead| < 2.5 months)');
    expect(outcomeCondition('neckAndNeck', [3, 6, 3])).toBe('|lead| < 3 or 6 months (by scenario)');
    expect(thresholdText([4, 4])).toBe('4 months');
  });

  it('names every outcome', () => {
    for (const outcome of OUTCOME_NAMES) expect(outcomeLabel(outcome, 3)).toMatch(/\(.+\)$/);
  });
});
