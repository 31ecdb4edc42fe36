import { describe, expect, it } from 'vitest';
import {
  leverInForceText,
  leversInForce,
  pinnedParams,
  settingDifferences,
} from '../../src/analysis/scenarioSettings.ts';
import { LEVER_NAMES, loadPreset, parseScenarioText } from '../../src/scenario/index.ts';

const baseline = loadPreset('baseline');
const one = loadPreset('scenario-one');

describe('leversInForce(scenario)', () => {
  it('lists every lever: set ones with their timing, unset ones as the policy of May 2026', () => {
    const file = parseScenarioText(
      'policyStart: 2027-01\nrampMonths: 6\nlevers:\n  remoteAccess: closed\n  distillationDeterrence: { value: 0.9, from: 2028-01, rampMonths: 24 }\nparams:\n  rentedShareOpen: 0.04\n',
      'timed.yaml',
    );
    const levers = leversInForce(file);
    expect(levers.map((l) => l.lever)).toEqual(LEVER_NAMES);
    const text = Object.fromEntries(levers.map((l) => [l.lever, leverInForceText(l)]));
    expect(text.remoteAccess).toBe('closed from 2027-01, 6-month ramp');
    expect(text.distillationDeterrence).toBe('0.9 from 2028-01, 24-month ramp');
    expect(text.chipExports).toBe('h200 (policy of May 2026)');
    expect(pinnedParams(file)).toEqual([{ param: 'rentedShareOpen', value: 0.04 }]);
  });
});

describe('settingDifferences(a, b)', () => {
  it('names the levers scenario-one changes from baseline, not a lever set to the policy of May 2026', () => {
    const names = settingDifferences(one, baseline).map((d) => d.name);
    expect(names).toContain('remoteAccess');
    expect(names).toContain('chipExports');
    expect(names).not.toContain('prcAdoptionPush'); // scenario-one sets it to 0.6, the May 2026 value
    expect(settingDifferences(baseline, baseline)).toEqual([]);
  });

  it('names a range that differs, with its bounds and central value', () => {
    const ranged = parseScenarioText(
      'ranges:\n  smugglingLeakShare: {low: 0.01, high: 0.2, central: 0.05}\n',
      'ranged.yaml',
    );
    expect(settingDifferences(ranged, loadPreset('no-controls'))).toContainEqual({
      kind: 'range',
      name: 'smugglingLeakShare',
      a: '0.01 to 0.2, central 0.05',
      b: 'the table’s',
    });
  });

  it('names a timing difference and a pinned parameter', () => {
    const early = parseScenarioText(
      'levers:\n  remoteAccess: closed\nparams:\n  rentedShareOpen: 0.04\n',
      'a.yaml',
    );
    const late = parseScenarioText('policyStart: 2028-01\nlevers:\n  remoteAccess: closed\n', 'b.yaml');
    expect(settingDifferences(early, late)).toEqual([
      {
        kind: 'lever',
        name: 'remoteAccess',
        a: 'closed from 2026-07, 12-month ramp',
        b: 'closed from 2028-01, 12-month ramp',
      },
      { kind: 'param', name: 'rentedShareOpen', a: '0.04', b: 'not pinned (drawn)' },
    ]);
  });
});
