import { describe, expect, it } from 'vitest';
import type { LinkState } from '../../web/src/lib.ts';
import { effectiveFile, withFields, withLever, withPin } from '../../web/src/scenarioEdit.ts';

const STATE: LinkState = {
  draws: 2000,
  seed: 1,
  scenarios: [
    { preset: 'baseline', fields: {} },
    { preset: 'scenario-one', fields: { title: 'My policy' } },
  ],
};

describe("the explorer's scenario edits", () => {
  it("a lever change to a preset column says the scenario is edited, not the preset's description", () => {
    const edited = withLever(STATE, 0, 'chipExports', 'none');
    expect(effectiveFile(edited.scenarios[0]).title).toBe('Baseline (policy as of May 2026) — edited');
    expect(effectiveFile(edited.scenarios[0]).levers?.chipExports).toBe('none');
    // a second change keeps the one suffix
    const twice = withFields(edited, 0, { rampMonths: 6 });
    expect(effectiveFile(twice.scenarios[0]).title).toBe('Baseline (policy as of May 2026) — edited');
  });

  it('keeps a title the user gave, and beliefs (pins) leave titles alone', () => {
    expect(effectiveFile(withLever(STATE, 1, 'chipExports', 'none').scenarios[1]).title).toBe('My policy');
    const pinned = withPin(STATE, 'talentCN', 0.5);
    expect(effectiveFile(pinned.scenarios[0]).title).toBe('Baseline (policy as of May 2026)');
  });
});
