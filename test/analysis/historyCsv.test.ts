/** historyCsv and formatObserved: one CSV row per observation in full precision; observations as text. */
import { describe, expect, it } from 'vitest';
import { defaultObservations, formatObserved, historyCsv, runHistory } from '../../src/analysis/index.ts';
import { parseMonth } from '../../src/core/index.ts';
import { loadPreset, resolveScenario } from '../../src/scenario/index.ts';

describe('historyCsv(history)', () => {
  it('has a header and one row per observation, with the model values in full precision', () => {
    const h = runHistory(resolveScenario(loadPreset('baseline')), defaultObservations(), {
      draws: 0,
      seed: 1,
      cutoffMonth: parseMonth('2024-12'),
      untilMonth: parseMonth('2026-06'),
    });
    const lines = historyCsv(h).trimEnd().split('\n');
    expect(lines).toHaveLength(h.observations.length + 1);
    const header = lines[0].split(',');
    const first = h.observations[0];
    // the first row's fields before the source URL hold no commas (ids, names, numbers)
    const cells = lines[1].split(',');
    expect(cells[header.indexOf('id')]).toBe(first.id);
    expect(Number(cells[header.indexOf('model_median')])).toBe(first.median);
    expect(Number(cells[header.indexOf('z')])).toBe(first.z);
    expect(cells[header.indexOf('inside_band')]).toBe(String(first.inside));
  });
});

describe('formatObserved(quantity, kind, value, low, high)', () => {
  it('writes an estimate with its range, and bounds with ≥ and ≤', () => {
    expect(formatObserved('leadMonths', 'estimate', 13, 12, 14)).toBe('13.0 (12.0–14.0)');
    expect(formatObserved('openWeightLagMonths', 'lower-bound', 12, 9, 15)).toBe('≥ 12.0');
    expect(formatObserved('huaweiChips', 'upper-bound', 200_000, 0, 200_000)).toBe('≤ 200k');
    expect(formatObserved('prcStockShare', 'estimate', 0.056, 0.045, 0.07)).toBe('5.6% (4.5%–7.0%)');
  });
});
