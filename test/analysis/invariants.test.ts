import { describe, expect, it } from 'vitest';
import { runEnsemble } from '../../src/analysis/ensemble.ts';
import {
  columnBounds,
  DrawInvariantError,
  findSeriesViolation,
  firstViolation,
  seriesBounds,
} from '../../src/analysis/invariants.ts';
import { nodeWorkers } from '../../src/analysis/node.ts';
import { createWorkspace, PARAM_NAMES, SERIES_INFO, SERIES_NAMES, simulate } from '../../src/core/index.ts';
import { BASELINE, resolvedBaseline, variant } from './mcScenarios.ts';

describe('seriesBounds(name)', () => {
  it('makes stocks non-negative, shares and flags unit-interval, everything finite', () => {
    expect(seriesBounds('stockPRC')).toMatchObject({ lo: 0, hi: Number.MAX_VALUE });
    expect(seriesBounds('computeUS').lo).toBe(0);
    expect(seriesBounds('rentedShare')).toMatchObject({ lo: 0, hi: 1 });
    expect(seriesBounds('leadMonths')).toMatchObject({ lo: -Number.MAX_VALUE, hi: Number.MAX_VALUE });
    for (const name of SERIES_NAMES) {
      if (['share', 'flag'].includes(SERIES_INFO[name].unit)) expect(seriesBounds(name).hi).toBe(1);
    }
  });
});

describe('firstViolation(row, offset, lo, hi)', () => {
  it('catches NaN, ±Infinity, a negative stock and a share above 1', () => {
    const nShown = 2;
    const { lo, hi } = columnBounds(nShown);
    const row = new Float64Array(SERIES_NAMES.length * nShown).fill(0.5);
    expect(firstViolation(row, 0, lo, hi)).toBe(-1);
    const at = (name: (typeof SERIES_NAMES)[number], m: number): number =>
      SERIES_NAMES.indexOf(name) * nShown + m;
    for (const [c, x] of [
      [at('leadMonths', 1), Number.NaN],
      [at('gapOOM', 0), Number.POSITIVE_INFINITY],
      [at('stockWestern', 1), -1],
      [at('rentedShare', 0), 1.01],
    ] as const) {
      const bad = Float64Array.from(row);
      bad[c] = x;
      expect(firstViolation(bad, 0, lo, hi)).toBe(c);
    }
  });
});

describe('findSeriesViolation(series, from, to)', () => {
  it('finds nothing in a central run, and names the series and month of a planted NaN', () => {
    const resolved = resolvedBaseline();
    const ws = simulate(resolved.params, resolved.schedule, createWorkspace(resolved.nMonths));
    expect(findSeriesViolation(ws.series, 0, resolved.nMonths)).toBeNull();
    ws.series.computeCN[40] = Number.NaN;
    expect(findSeriesViolation(ws.series, 0, resolved.nMonths)).toMatchObject({
      series: 'computeCN',
      month: 40,
    });
  });
});

describe('runEnsemble(…) with a failing draw', () => {
  for (const workers of [1, 2]) {
    it(`throws naming scenario, draw, seed and every parameter (planted NaN at draw 1234, workers ${workers})`, async () => {
      const run = runEnsemble([resolvedBaseline()], {
        draws: 1500,
        seed: 5,
        workers,
        spawn: nodeWorkers,
        plantNonFiniteDraw: 1234,
      });
      const error = await run.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DrawInvariantError);
      const message = (error as Error).message;
      expect(message).toContain("scenario 'baseline', draw 1234, seed 5");
      expect(message).toContain(`${SERIES_NAMES[0]} at 2023-01 is NaN, but must be finite`);
      for (const name of PARAM_NAMES) expect(message).toContain(`${name}=`);
      expect(message).toContain('h100FlopPerSecond=989000000000000');
    });
  }

  it('throws for a scenario whose parameters make a stock negative (draw 0, in the pilot)', async () => {
    const broken = variant(BASELINE, { name: 'broken', params: { initialStockPRC: -1e6 } });
    await expect(runEnsemble([broken], { draws: 10, seed: 1, workers: 1 })).rejects.toThrow(
      /scenario 'broken', draw 0, seed 1: stockPRC at 2023-01 is -1000000, but must be finite and ≥ 0\. .*initialStockPRC=-1000000/,
    );
  });
});
