/** The window's summary in the page says which statistic each number is. */
import { describe, expect, it } from 'vitest';
import { formatMonths } from '../../src/analysis/format.ts';
import { policyWindow } from '../../src/analysis/policy/index.ts';
import { loadPreset } from '../../src/scenario/index.ts';
import { windowSummary } from '../../web/src/windowText.ts';

describe('windowSummary(result)', () => {
  it('with draws: medians over the draws and a paired mean cost, with the numbers of the result', async () => {
    const r = await policyWindow(loadPreset('scenario-one'), { draws: 20, seed: 3 });
    const text = windowSummary(r);
    const month = r.months[0] ?? '';
    expect(text).toContain(`median lead over 20 draws at ${month} `);
    expect(text).toContain('paired mean cost');
    expect(text).toContain(`${formatMonths(r.rows[0]?.leads[month]?.leadMonths ?? Number.NaN)} months`);
    expect(text).not.toContain('central parameters');
  });

  it('at 0 draws: one run at central parameters', async () => {
    const r = await policyWindow(loadPreset('scenario-one'), { draws: 0, seed: 1 });
    const text = windowSummary(r);
    expect(text).toContain('lead at central parameters');
    expect(text).not.toContain('median');
  });
});
