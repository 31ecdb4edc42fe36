/**
 * §2.5 Lead in months by inversion of the leader's trajectory, checked on trajectories whose
 * answer is known in closed form: a straight line u(t) = a + g·t and its copy shifted by L months,
 * c(t) = u(t − L). For t < L the inversion needs the backward extrapolation before month 0.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillLead, monthReached } from '../../src/core/index.ts';

/** a + g·(t − shift) for t = 0 … n−1 [log10 FLOP]. */
function line(n: number, intercept: number, growthPerMonth: number, shiftMonths: number): Float64Array {
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) out[t] = intercept + growthPerMonth * (t - shiftMonths);
  return out;
}

function leadOf(u: Float64Array, c: Float64Array): Float64Array {
  const lead = new Float64Array(u.length);
  fillLead(u, c, lead);
  return lead;
}

describe('fillLead', () => {
  const n = 96;
  const shifts = [0, 0.37, 1, 6.5, 12, 13.25, 40, 150.75];

  for (const lagMonths of shifts) {
    it(`fillLead(u, c, lead) gives L = ${lagMonths} when c(t) = u(t − L) on an exponential (L > t uses the backward extrapolation)`, () => {
      const u = line(n, 25, 0.094, 0);
      const c = line(n, 25, 0.094, lagMonths);
      const lead = leadOf(u, c);
      for (let m = 0; m < n; m++) expect(Math.abs(lead[m] - lagMonths), `month ${m}`).toBeLessThan(1e-9);
    });

    it(`fillLead(u, c, lead) gives −L = ${-lagMonths} when the PRC leads: u(t) = c(t − L)`, () => {
      const c = line(n, 25, 0.094, 0);
      const u = line(n, 25, 0.094, lagMonths);
      const lead = leadOf(u, c);
      for (let m = 0; m < n; m++) expect(Math.abs(lead[m] + lagMonths), `month ${m}`).toBeLessThan(1e-9);
    });
  }

  it('fillLead(u, c, lead) recovers any constant L ≥ 0 on any growing line', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 10, max: 30, noNaN: true }),
        fc.double({ min: 0.01, max: 0.3, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.boolean(),
        (intercept, growth, lagMonths, prcLeads) => {
          const leader = line(60, intercept, growth, 0);
          const follower = line(60, intercept, growth, lagMonths);
          const lead = prcLeads ? leadOf(follower, leader) : leadOf(leader, follower);
          const expected = prcLeads ? -lagMonths : lagMonths;
          for (let m = 0; m < 60; m++)
            if (Math.abs(lead[m] - expected) > 1e-9 * Math.max(1, lagMonths)) return false;
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('fillLead(u, c, lead) inverts the leader’s own trajectory: a leader that speeds up gives a shorter lead for the same gap', () => {
    // u grows 0.05 OOM/month until month 12, then 0.1; c trails u by a constant 0.3 OOM
    const n2 = 24;
    const u = new Float64Array(n2);
    for (let t = 1; t < n2; t++) u[t] = u[t - 1] + (t <= 12 ? 0.05 : 0.1);
    const c = u.map((x) => x - 0.3);
    const lead = leadOf(u, c);
    expect(lead[10]).toBeCloseTo(6, 12); // 0.3 / 0.05 on the slow segment
    expect(lead[20]).toBeCloseTo(3, 12); // 0.3 / 0.1 on the fast segment
    expect(lead[14]).toBeCloseTo(4, 12); // 0.2 back at 0.1, then 0.1 at 0.05: 2 + 2
  });

  it('fillLead(u, c, lead) is 0 where the trajectories meet', () => {
    const u = line(10, 25, 0.1, 0);
    expect(Array.from(leadOf(u, u.slice()))).toEqual(new Array(10).fill(0));
  });
});

describe('monthReached', () => {
  // piecewise linear, with a plateau (months 2–3) and a dip (month 5)
  const trajectory = Float64Array.from([0, 1, 3, 3, 4, 3.5, 8]);

  it('monthReached(trajectory, level, upTo) interpolates linearly between months', () => {
    expect(monthReached(trajectory, 0.25, 1)).toBeCloseTo(0.25, 15);
    expect(monthReached(trajectory, 2, 2)).toBeCloseTo(1.5, 15);
    expect(monthReached(trajectory, 6, 6)).toBeCloseTo(5 + 2.5 / 4.5, 15);
  });

  it('monthReached(trajectory, level, upTo) takes the latest crossing at or before upTo', () => {
    expect(monthReached(trajectory, 3, 4)).toBe(3); // plateau: its last month
    expect(monthReached(trajectory, 3.75, 6)).toBeCloseTo(5 + 0.25 / 4.5, 15); // after the dip
    expect(monthReached(trajectory, 3.75, 4)).toBeCloseTo(3.75, 15); // before the dip
  });

  it('monthReached(trajectory, level, upTo) is upTo when the level is at or above trajectory[upTo]', () => {
    expect(monthReached(trajectory, 4, 4)).toBe(4);
    expect(monthReached(trajectory, 100, 6)).toBe(6);
  });

  it('monthReached(trajectory, level, upTo) extrapolates backward at the first month’s growth', () => {
    expect(monthReached(trajectory, -2.5, 6)).toBeCloseTo(-2.5, 15);
    expect(monthReached(Float64Array.from([10, 10.2, 10.5]), 9, 2)).toBeCloseTo(-5, 12);
  });
});
