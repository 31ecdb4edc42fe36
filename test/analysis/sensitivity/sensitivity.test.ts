import { describe, expect, it } from 'vitest';
import { OUTCOME_MONTH } from '../../../src/analysis/outcomes.ts';
import { DrawRandom } from '../../../src/analysis/rng.ts';
import { inverseCdf, ParamSampler } from '../../../src/analysis/sampler.ts';
import {
  drawValuesEvaluator,
  evaluateRowsInto,
  outputMonth,
  parseSensitivityOutput,
  type RowEvaluatorFactory,
  runSensitivity,
  sensitivityFactors,
  truncatedTo,
} from '../../../src/analysis/sensitivity/index.ts';
import { N_PARAMS, P } from '../../../src/core/index.ts';
import { paramSpec } from '../../../src/params/index.ts';
import { InputError } from '../../../src/scenario/index.ts';
import { resolvedScenarioOne, SCENARIO_ONE, variant } from '../mcScenarios.ts';

/** An evaluator whose output is one parameter's value in the row (no engine). */
const parameterOutput =
  (slot: number): RowEvaluatorFactory =>
  () => ({
    chunkRows: 1000,
    evaluate: (rows, nRows) =>
      Promise.resolve(Float64Array.from({ length: nRows }, (_, r) => rows[r * N_PARAMS + slot])),
    close: () => Promise.resolve(),
  });

/** The in-process engine, fed rows in pieces of `piece` rows (as workers would take them). */
const inPieces =
  (piece: number, chunkRows: number): RowEvaluatorFactory =>
  (resolved, output) => ({
    chunkRows,
    evaluate: (rows, nRows) => {
      const out = new Float64Array(nRows);
      for (let at = 0; at < nRows; at += piece) {
        const count = Math.min(piece, nRows - at);
        const part = new Float64Array(count);
        evaluateRowsInto(resolved, output, rows.subarray(at * N_PARAMS), count, part);
        out.set(part, at);
      }
      return Promise.resolve(out);
    },
    close: () => Promise.resolve(),
  });

describe('runSensitivity(resolved, opts)', () => {
  it('gives an output that is one parameter: that parameter S = ST ≈ 1, every other exactly 0', async () => {
    const res = await runSensitivity(resolvedScenarioOne(), {
      seed: 3,
      n: 256,
      resamples: 100,
      evaluator: parameterOutput(P.talentCN),
    });
    const [top, ...rest] = res.sobol;
    expect(top.parameter).toBe('talentCN');
    expect(top.first).toBeCloseTo(1, 1);
    expect(top.total).toBeCloseTo(1, 1);
    expect(top.totalCI[0] <= 1 && 1 <= top.totalCI[1]).toBe(true);
    for (const row of rest) {
      expect(row.first).toBe(0);
      expect(row.total).toBe(0);
    }
    expect(res.groups[0]).toMatchObject({ group: 'algorithmicProgress' });
    expect(res.groups[0].total).toBeCloseTo(1, 1);
    // the tornado's bars are the parameter's own P10 and P90
    const spec = paramSpec('talentCN');
    expect(res.tornado[0]).toMatchObject({
      parameter: 'talentCN',
      low: inverseCdf(spec.dist, spec.central, 0.1),
      high: inverseCdf(spec.dist, spec.central, 0.9),
    });
    expect(res.tornado[1].swing).toBe(0);
    // the design's mean of the parameter is its distribution's mean (triangular: (lo + c + hi)/3)
    if (spec.dist.kind === 'triangular') {
      expect(res.mean).toBeCloseTo((spec.dist.low + spec.central + spec.dist.high) / 3, 3);
    }
  });

  it('gives the same result whatever the pieces the rows are run in (as with 1 or 2 workers)', async () => {
    const opts = { seed: 5, n: 64, resamples: 50 } as const;
    const one = await runSensitivity(resolvedScenarioOne(), {
      ...opts,
      evaluator: inPieces(1_000_000, 100_000),
    });
    const two = await runSensitivity(resolvedScenarioOne(), { ...opts, evaluator: inPieces(97, 300) });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.runs).toBe(1 + 2 * one.tornado.length + 64 * (2 + one.sobol.length + one.groups.length));
    expect(one.sobol.every((row) => Number.isFinite(row.total) && Number.isFinite(row.firstCI[0]))).toBe(
      true,
    );
  });

  it('truncatedTo(resolved, month): the same outputs, bit for bit, from a run that stops at the month', () => {
    const full = resolvedScenarioOne();
    const short = truncatedTo(full, OUTCOME_MONTH);
    expect(short.nMonths).toBe(OUTCOME_MONTH + 1);
    const sampler = new ParamSampler();
    const rng = new DrawRandom();
    const rows = new Float64Array(20 * N_PARAMS);
    sampler.sampleBlock(rng, 9, 0, 20, rows);
    for (const spec of ['leadMonths@2028-12', 'computeCN@2027-06', 'scenarioOneWorld']) {
      const output = parseSensitivityOutput(spec);
      const a = new Float64Array(20);
      const b = new Float64Array(20);
      evaluateRowsInto(full, output, rows, 20, a);
      evaluateRowsInto(truncatedTo(full, outputMonth(output)), output, rows, 20, b);
      expect(Array.from(b)).toEqual(Array.from(a));
    }
    expect(truncatedTo(full, full.nMonths + 5)).toBe(full);
  });

  it('drawValuesEvaluator (the per-draw evaluation API) gives the in-process outputs, bit for bit', async () => {
    const resolved = truncatedTo(resolvedScenarioOne(), OUTCOME_MONTH);
    const rows = new Float64Array(30 * N_PARAMS);
    new ParamSampler().sampleBlock(new DrawRandom(), 4, 0, 30, rows);
    for (const spec of ['leadMonths@2028-12', 'scenarioOneWorld']) {
      const output = parseSensitivityOutput(spec);
      const local = new Float64Array(30);
      evaluateRowsInto(resolved, output, rows, 30, local);
      const viaApi = await drawValuesEvaluator(1)(resolved, output).evaluate(rows, 30);
      expect(Array.from(viaApi)).toEqual(Array.from(local));
    }
  });

  it('leaves pinned parameters out of the factors', () => {
    const pinned = variant(SCENARIO_ONE, { params: { talentCN: 0.5, spilloverPerYear: 0.3 } });
    const slots = sensitivityFactors(pinned);
    expect(slots).not.toContain(P.talentCN);
    expect(slots).not.toContain(P.spilloverPerYear);
    expect(sensitivityFactors(resolvedScenarioOne())).toContain(P.talentCN);
  });

  it('refuses a scenario with rank correlations, naming it and the pair', async () => {
    const correlated = variant(SCENARIO_ONE, {
      correlations: [{ a: 'spilloverPerYear', b: 'distillationPerYear', rho: 0.6 }],
    });
    const run = runSensitivity(correlated, { seed: 1, n: 64 });
    await expect(run).rejects.toBeInstanceOf(InputError);
    await expect(run).rejects.toThrow(
      /correlations: expected no rank correlations .* spilloverPerYear and distillationPerYear/,
    );
  });

  it('refuses bad options and outputs with messages that say what was expected', async () => {
    const r = resolvedScenarioOne();
    await expect(runSensitivity(r, { seed: 1, n: 100 })).rejects.toThrow(/n must be a power of two/);
    await expect(runSensitivity(r, { seed: 1, maxN: 256 })).rejects.toThrow(
      /maxN must be a power of two from 512/,
    );
    await expect(runSensitivity(r, { seed: -1, n: 64 })).rejects.toThrow(/seed/);
    await expect(runSensitivity(r, { seed: 1, n: 64, output: 'leadMonth@2028-12' })).rejects.toThrow(
      /did you mean leadMonths/,
    );
    await expect(runSensitivity(r, { seed: 1, n: 64, output: 'leadMonths@2041-01' })).rejects.toThrow(
      /horizon reaching the output's month/,
    );
  });
});
