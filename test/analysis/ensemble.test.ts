import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runEnsemble } from '../../src/analysis/ensemble.ts';
import { blockParameters, drawParameters } from '../../src/analysis/ensembleDraws.ts';
import type { ScenarioEnsemble } from '../../src/analysis/ensembleTypes.ts';
import { nodeWorkers } from '../../src/analysis/node.ts';
import { probability } from '../../src/analysis/probabilities.ts';
import { QUANTILE_KEYS, QUANTILE_LEVELS, quantileOfSorted } from '../../src/analysis/quantiles.ts';
import { createWorkspace, monthIndex, N_PARAMS, P, SERIES_NAMES, simulate } from '../../src/core/index.ts';
import { BASELINE, resolvedBaseline, resolvedScenarioOne, SCENARIO_ONE, variant } from './mcScenarios.ts';

const json = (e: ScenarioEnsemble): string => JSON.stringify({ q: e.quantiles, p: e.probabilities });

describe('runEnsemble(resolved, {draws, seed, workers})', () => {
  it('returns the same results for the same seed, and different ones for another seed', async () => {
    const opts = { draws: 300, seed: 7, workers: 1 };
    const [a] = await runEnsemble([resolvedBaseline()], opts);
    const [b] = await runEnsemble([resolvedBaseline()], opts);
    const [c] = await runEnsemble([resolvedBaseline()], { ...opts, seed: 8 });
    expect(json(b)).toBe(json(a));
    expect(Array.from(b.leadAt2028Dec)).toEqual(Array.from(a.leadAt2028Dec));
    expect(json(c)).not.toBe(json(a));
    expect(a).toMatchObject({
      scenario: 'baseline',
      draws: 300,
      seed: 7,
      failedDraws: 0,
      quantileMethod: 'exact',
    });
  });

  it('gives bit-identical quantiles and probabilities with 1 and 2 workers (both passes, correlations)', async () => {
    // the sketch differs from exact mode only in this thread's summary, so exact mode covers the workers
    const correlated = variant(SCENARIO_ONE, {
      correlations: [{ a: 'spilloverPerYear', b: 'distillationPerYear', rho: 0.6 }],
    });
    const scenarios = [resolvedBaseline(), correlated];
    const opts = { draws: 1150, seed: 11 };
    const one = await runEnsemble(scenarios, { ...opts, workers: 1 });
    const two = await runEnsemble(scenarios, { ...opts, workers: 2, spawn: nodeWorkers });
    for (let s = 0; s < scenarios.length; s++) {
      expect(two[s].quantileMethod).toBe('exact');
      expect(json(two[s])).toBe(json(one[s]));
      expect(Array.from(two[s].leadAt2028Dec)).toEqual(Array.from(one[s].leadAt2028Dec));
    }
  });

  it('computes exact quantiles, means and probabilities equal to a draw-by-draw calculation', async () => {
    const draws = 1100; // two blocks, the second short
    const resolved = variant(BASELINE, { start: '2026-01' });
    const [e] = await runEnsemble([resolved], { draws, seed: 3, workers: 1 });
    const firstMonth = monthIndex(2026, 1);
    const nShown = resolved.nMonths - firstMonth;
    const ws = createWorkspace(resolved.nMonths);
    const values = SERIES_NAMES.map(() => Array.from({ length: nShown }, () => new Float64Array(draws)));
    const leads = new Float64Array(draws);
    const blocks = [0, 1].map((b) => blockParameters([resolved], { draws, seed: 3 }, b)[0]);
    for (let i = 0; i < draws; i++) {
      const matrix = blocks[Math.floor(i / 1000)];
      const row = (i % 1000) * N_PARAMS;
      simulate(matrix.subarray(row, row + N_PARAMS), resolved.schedule, ws);
      SERIES_NAMES.forEach((name, s) => {
        for (let m = 0; m < nShown; m++) values[s][m][i] = ws.series[name][firstMonth + m];
      });
      leads[i] = ws.series.leadMonths[monthIndex(2028, 12)];
    }
    expect(Array.from(e.leadAt2028Dec)).toEqual(Array.from(leads));
    SERIES_NAMES.forEach((name, s) => {
      const q = e.quantiles[name];
      expect(q.p50.length).toBe(nShown);
      for (let m = 0; m < nShown; m++) {
        const sorted = Float64Array.from(values[s][m]).sort();
        QUANTILE_KEYS.forEach((key, k) => {
          expect(q[key][m], `${name} ${key} month ${m}`).toBe(quantileOfSorted(sorted, QUANTILE_LEVELS[k]));
        });
        let sum = 0;
        for (const x of values[s][m]) sum += x;
        expect(Math.abs(q.mean[m] - sum / draws)).toBeLessThanOrEqual(1e-12 * Math.abs(sum / draws));
      }
    });
    const count = (test: (lead: number) => boolean): number => leads.filter(test).length;
    expect(e.probabilities.scenarioOne).toEqual(
      probability(
        count((l) => l >= 12),
        draws,
      ),
    );
    expect(e.probabilities.scenarioTwo).toEqual(
      probability(
        count((l) => l <= 4),
        draws,
      ),
    );
    expect(e.probabilities.neckAndNeck).toEqual(
      probability(
        count((l) => Math.abs(l) < 3),
        draws,
      ),
    );
  });

  it('keeps sketch quantiles within one bin of the exact ones', async () => {
    const opts = { draws: 1000, seed: 5, workers: 1 };
    const [exact] = await runEnsemble([resolvedBaseline()], { ...opts, quantileMethod: 'exact' });
    const [sketch] = await runEnsemble([resolvedBaseline()], { ...opts, quantileMethod: 'sketch' });
    expect(sketch.quantileMethod).toBe('sketch');
    for (const name of SERIES_NAMES) {
      const x = exact.quantiles[name];
      const y = sketch.quantiles[name];
      expect(y.mean).toEqual(x.mean);
      for (const key of QUANTILE_KEYS) {
        for (let m = 0; m < x[key].length; m++) {
          // bound: a bin is 0.15% of the pilot's 0.5–99.5% range (linear) or < 1% relative (log scale)
          const range = Math.abs(x.p95[m] - x.p5[m]);
          const tolerance = 0.02 * range + 0.01 * Math.abs(x[key][m]) + 1e-12;
          expect(Math.abs(y[key][m] - x[key][m]), `${name} ${key} month ${m}`).toBeLessThanOrEqual(tolerance);
        }
      }
    }
  });

  it('pairs draws: draw i has the same parameters in every scenario except the pinned ones', () => {
    const pinned = variant(SCENARIO_ONE, { params: { talentCN: 1.25 } });
    const run = { draws: 3000, seed: 9 };
    for (const i of [0, 999, 1000, 2999]) {
      const [a, b] = drawParameters([resolvedBaseline(), pinned], run, i);
      for (let k = 0; k < N_PARAMS; k++) {
        if (k === P.talentCN) expect(b[k]).toBe(1.25);
        else expect(b[k]).toBe(a[k]);
      }
    }
    // draw i does not depend on the run's length (no correlations requested)
    expect(drawParameters([resolvedBaseline()], { draws: 1500, seed: 9 }, 1200)).toEqual(
      drawParameters([resolvedBaseline()], run, 1200),
    );
  });

  it('gives identical ensembles for the same scenario under two names (common random numbers)', async () => {
    const twin = variant(BASELINE, { name: 'twin' });
    const [a, b] = await runEnsemble([resolvedBaseline(), twin], { draws: 1000, seed: 2, workers: 1 });
    expect(b.scenario).toBe('twin');
    expect(json(b)).toBe(json(a));
    expect(Array.from(b.leadAt2028Dec)).toEqual(Array.from(a.leadAt2028Dec));
  });

  it('reports progress per block up to draws × passes', async () => {
    const seen: [number, number][] = [];
    await runEnsemble([resolvedScenarioOne()], {
      draws: 1500,
      seed: 1,
      workers: 1,
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen).toEqual([
      [1000, 3000],
      [1500, 3000],
      [2500, 3000],
      [3000, 3000],
    ]);
  });

  it('runs its workers (an esbuild bundle) under a parent that registered tsx with register(), as a tsx script does', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const script = `
      import { register } from 'tsx/esm/api';
      register();
      const { runEnsemble } = await import('./src/analysis/ensemble.ts');
      const { nodeWorkers } = await import('./src/analysis/node.ts');
      const { resolvedBaseline } = await import('./test/analysis/mcScenarios.ts');
      const [e] = await runEnsemble([resolvedBaseline()], { draws: 1100, seed: 4, workers: 2, spawn: nodeWorkers });
      process.stdout.write(JSON.stringify(e.probabilities));`;
    const env = { ...process.env };
    delete env.NODE_OPTIONS; // vitest's own options are not the CLI's
    const out = execFileSync(process.execPath, ['--input-type=module'], {
      cwd: root,
      env,
      input: script,
      encoding: 'utf8',
    });
    const [inProcess] = await runEnsemble([resolvedBaseline()], { draws: 1100, seed: 4, workers: 1 });
    expect(JSON.parse(out)).toEqual(inProcess.probabilities);
  });

  it('rejects bad options before any work', async () => {
    await expect(runEnsemble([resolvedBaseline()], { draws: 0, seed: 1, workers: 1 })).rejects.toThrow(
      /draws/,
    );
    await expect(runEnsemble([resolvedBaseline()], { draws: 10, seed: -1, workers: 1 })).rejects.toThrow(
      /seed/,
    );
    await expect(
      runEnsemble([resolvedBaseline()], { draws: 100_001, seed: 1, workers: 1, quantileMethod: 'exact' }),
    ).rejects.toThrow(/exact quantiles are limited/);
  });
});
