/** The lead the page prints at 2028-12: in its own world, as the fronts chart prints it. */
import { describe, expect, it } from 'vitest';
import { monthsText } from '../../web/src/numbers.ts';

describe('monthsText(at)', () => {
  it('prints a median just short of 12 months as such, not as "12.0" (the Scenario One world)', () => {
    expect(monthsText({ kind: 'median', value: 11.987, p10: 7.2, p90: 17.2 })).toBe(
      '11.99 months (median; 10–90% of draws: 7.2 to 17.2)',
    );
  });

  it('keeps one decimal where rounding stays in the same world, and says "central" without draws', () => {
    expect(monthsText({ kind: 'median', value: 5.14, p10: 1.9, p90: 9.2 })).toBe(
      '5.1 months (median; 10–90% of draws: 1.9 to 9.2)',
    );
    expect(monthsText({ kind: 'central', value: 11.96 })).toBe('11.96 months (central parameters)');
  });
});
