import { describe, expect, it } from 'vitest';
import { QuantityReader } from '../../../src/analysis/history/quantities.ts';
import { createWorkspace, monthIndex, simulate } from '../../../src/core/index.ts';
import { resolveScenario } from '../../../src/scenario/index.ts';
import { resolveScenarioArg } from '../../../src/scenario/node.ts';

const baseline = resolveScenario(resolveScenarioArg('baseline'));
const ws = simulate(baseline.params, baseline.schedule, createWorkspace(baseline.nMonths));
const reader = new QuantityReader(baseline.nMonths);
reader.load(ws.series);

describe('QuantityReader', () => {
  it('aggregate(q, "sum"|"mean"|"at", first, last) sums, averages or reads the monthly values', () => {
    let sum = 0;
    for (let m = 12; m <= 23; m++) sum += ws.series.smuggled[m];
    expect(reader.aggregate('smuggledH100e', 'sum', 12, 23)).toBe(sum);
    let lead = 0;
    for (let m = 0; m <= 36; m++) lead += ws.series.leadMonths[m];
    expect(reader.aggregate('leadMonths', 'mean', 0, 36)).toBeCloseTo(lead / 37, 12);
    expect(reader.aggregate('trainingFlopUS', 'at', 5, 5)).toBe(ws.series.trainingFlopUS[5]);
  });

  it('reads Huawei chips as H100e over H100e per chip, and the PRC share of the world stock', () => {
    const m = monthIndex(2025, 6);
    expect(reader.monthly('huaweiChips', m)).toBeCloseTo(
      ws.series.productionHuawei[m] / ws.series.ascendPerf[m],
      9,
    );
    const share = reader.monthly('prcStockShare', m);
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(1);
  });

  it('the best PRC open-weight model trails the US frontier by at least the lead to the PRC frontier', () => {
    for (let m = 0; m < baseline.nMonths; m++) {
      if (ws.series.leadMonths[m] < 0) continue;
      expect(reader.monthly('openWeightLagMonths', m)).toBeGreaterThanOrEqual(ws.series.leadMonths[m] - 1e-9);
    }
  });

  it('refuses to read before a run is loaded', () => {
    expect(() => new QuantityReader(10).monthly('leadMonths', 0)).toThrow(/load/);
  });
});
