import { describe, expect, it } from 'vitest';
import { runEnsemble } from '../../src/analysis/ensemble.ts';
import { blockParameters } from '../../src/analysis/ensembleDraws.ts';
import { wantedRanks } from '../../src/analysis/ensembleSummary.ts';
import { QUANTILE_KEYS, QUANTILE_LEVELS, quantileOfSorted } from '../../src/analysis/quantiles.ts';
import { createWorkspace, N_PARAMS, SERIES_NAMES, simulate } from '../../src/core/index.ts';
import { resolvedBaseline } from './mcScenarios.ts';

describe('quantiles at small n (type 7, defined for every n ≥ 1)', () => {
  it('wantedRanks(n) lists each order statistic once, ascending, and points every level at its pair', () => {
    for (let n = 1; n <= 40; n++) {
      const { ranks, lowerAt, upperAt } = wantedRanks(n);
      for (let i = 1; i < ranks.length; i++) expect(ranks[i]).toBeGreaterThan(ranks[i - 1]);
      QUANTILE_LEVELS.forEach((p, k) => {
        const lower = Math.floor((n - 1) * p);
        expect(ranks[lowerAt[k]]).toBe(lower);
        expect(ranks[upperAt[k]]).toBe(Math.min(lower + 1, n - 1));
      });
    }
  });

  it('runEnsemble at 1 … 12 draws gives finite quantiles equal to type 7 of the draws (no NaN)', async () => {
    const resolved = resolvedBaseline();
    const ws = createWorkspace(resolved.nMonths);
    const [matrix] = blockParameters([resolved], { draws: 12, seed: 5 }, 0);
    for (let draws = 1; draws <= 12; draws++) {
      const [e] = await runEnsemble([resolved], { draws, seed: 5, workers: 1 });
      const nShown = resolved.nMonths - e.firstMonth;
      for (const name of SERIES_NAMES) {
        for (const m of [0, nShown - 1]) {
          const values = new Float64Array(draws);
          for (let i = 0; i < draws; i++) {
            simulate(matrix.subarray(i * N_PARAMS, (i + 1) * N_PARAMS), resolved.schedule, ws);
            values[i] = ws.series[name][e.firstMonth + m];
          }
          values.sort();
          QUANTILE_KEYS.forEach((key, k) => {
            const got = e.quantiles[name][key][m];
            expect(Number.isNaN(got), `${name} ${key} month ${m} at ${draws} draws`).toBe(false);
            expect(got, `${name} ${key} month ${m} at ${draws} draws`).toBe(
              quantileOfSorted(values, QUANTILE_LEVELS[k]),
            );
          });
        }
      }
    }
  });
});
