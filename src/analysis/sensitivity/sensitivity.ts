/**
 * Which uncertain parameters drive an output: tornado and Sobol' indices for one scenario.
 *
 *   1. factors     the scenario's uncertain parameters: drawn by the table, not pinned; a
 *                  scenario with rank correlations is refused (the indices assume independence)
 *   2. tornado     each factor at its P10 and P90, others central (tornado.ts)
 *   3. design      Saltelli blocks of the scrambled Sobol' sequence, mapped to parameter values by
 *                  each factor's inverse CDF (saltelliDesign.ts, sobolSequence.ts, sampler.ts)
 *   4. evaluate    the rows through the injected evaluator (rowEvaluator.ts), base points in order
 *   5. indices     first and total order per factor and per group, bootstrap CIs (sobolIndices.ts)
 *   6. converge    N doubled from START_N until the top indices move by less than their CI
 *                  half-width, or N reaches maxN; with a fixed N, the estimates at N/2 (the
 *                  first half of the same nested design) against N (convergence.ts)
 */
import { N_CHANNELS, N_PARAMS, PARAM_NAMES, type ParamName } from '../../core/index.ts';
import { groupOf, PARAM_GROUPS } from '../../params/index.ts';
import { InputError } from '../../scenario/errors.ts';
import type { ResolvedScenario } from '../../scenario/scenario.ts';
import { ParamSampler } from '../sampler.ts';
import { type ConvergenceStep, convergenceStep } from './convergence.ts';
import { inProcessEvaluator, type RowEvaluator, type RowEvaluatorFactory } from './rowEvaluator.ts';
import { rowsPerBasePoint, type SaltelliLayout, writeSaltelliBlock } from './saltelliDesign.ts';
import { DEFAULT_MAX_N, DEFAULT_RESAMPLES, START_N } from './sensitivityDefaults.ts';
import {
  DEFAULT_SENSITIVITY_OUTPUT,
  describeOutput,
  outputMonth,
  parseSensitivityOutput,
  type SensitivityOutput,
} from './sensitivityOutput.ts';
import { type IndexEstimate, type SobolEstimates, sobolIndices } from './sobolIndices.ts';
import { SobolSequence } from './sobolSequence.ts';
import { type TornadoBar, tornado } from './tornado.ts';

export { DEFAULT_MAX_N, DEFAULT_RESAMPLES, START_N } from './sensitivityDefaults.ts';
export const DEFAULT_LEVEL = 0.95;
/** How many of the largest indices the convergence rule watches. */
export const CONVERGENCE_TOP = 10;
/** Most base points per evaluator call (bounds the rows held at once: ~100,000 rows, ~77 MB). */
const MAX_CHUNK_BASE_POINTS = 1024;

export interface SensitivityOptions {
  /** Output specification (sensitivityOutput.ts); default leadMonths@2028-12. */
  readonly output?: string;
  /** Fixed number of base points N (a power of two ≥ 64); without it, N doubles from 512. */
  readonly n?: number;
  /** Largest N of the adaptive doubling (a power of two ≥ 512; default 8192). */
  readonly maxN?: number;
  readonly seed: number;
  readonly resamples?: number;
  readonly level?: number;
  /** How rows are run; default in this thread. */
  readonly evaluator?: RowEvaluatorFactory;
  /** Called after each evaluator call with the runs done and planned so far. */
  readonly onProgress?: (done: number, planned: number) => void;
}

export interface SobolRow extends IndexEstimate {
  readonly parameter: ParamName;
  readonly group: string;
}

export interface GroupRow extends IndexEstimate {
  readonly group: string;
  readonly label: string;
  /** Uncertain parameters of the group in this scenario. */
  readonly parameters: number;
}

export interface SensitivityResult {
  readonly scenario: string;
  readonly output: string;
  readonly outputLabel: string;
  readonly unit: string;
  /** What the output is, in a sentence. */
  readonly outputDescription: string;
  /** Base points N of the indices; the model ran runs times in all (tornado included). */
  readonly n: number;
  readonly runs: number;
  readonly seed: number;
  readonly resamples: number;
  readonly level: number;
  /** Output at central parameters, and the mean and variance over the design's A and B rows. */
  readonly central: number;
  readonly mean: number;
  readonly variance: number;
  readonly tornado: readonly TornadoBar[];
  /** Every factor, by total index, largest first. */
  readonly sobol: readonly SobolRow[];
  /** Every group with an uncertain parameter, by total index. */
  readonly groups: readonly GroupRow[];
  readonly convergence: {
    readonly rule: string;
    readonly converged: boolean;
    readonly steps: readonly ConvergenceStep[];
  };
}

function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && (n & (n - 1)) === 0;
}

function checkOptions(opts: SensitivityOptions): void {
  if (opts.n !== undefined && !(isPowerOfTwo(opts.n) && opts.n >= 64 && opts.n <= 1 << 20)) {
    throw new RangeError(`n must be a power of two from 64 to 1048576, got ${opts.n}`);
  }
  if (opts.maxN !== undefined && !(isPowerOfTwo(opts.maxN) && opts.maxN >= START_N && opts.maxN <= 1 << 20)) {
    throw new RangeError(`maxN must be a power of two from ${START_N} to 1048576, got ${opts.maxN}`);
  }
  if (!Number.isSafeInteger(opts.seed) || opts.seed < 0) {
    throw new RangeError(`seed must be an integer from 0 to 2^53 − 1, got ${opts.seed}`);
  }
}

/** The scenario's uncertain parameters (slots): drawn by the table and not pinned. */
export function sensitivityFactors(resolved: ResolvedScenario, sampler = new ParamSampler()): number[] {
  const slots: number[] = [];
  for (let i = 0; i < N_PARAMS; i++) if (sampler.drawn[i] === 1 && resolved.pinned[i] === 0) slots.push(i);
  return slots;
}

/** Refuses what the analysis cannot do honestly, as input errors naming the scenario. */
function checkScenario(resolved: ResolvedScenario, output: SensitivityOutput): void {
  const sc = resolved.scenario;
  if (sc.correlations.length > 0) {
    throw new InputError([
      {
        file: sc.source,
        path: ['correlations'],
        expected:
          'no rank correlations for `leadline sensitivity`: Sobol’ indices and the tornado assume independent parameters (remove `correlations`, or pin one parameter of each pair)',
        found: `${sc.correlations.length} correlation(s), the first between ${sc.correlations[0].a} and ${sc.correlations[0].b}`,
      },
    ]);
  }
  const ranged = Object.keys(sc.ranges ?? {});
  if (ranged.length > 0) {
    throw new InputError([
      {
        file: sc.source,
        path: ['ranges'],
        expected:
          'no `ranges` for `leadline sensitivity` yet: it draws its factors from the parameter table (remove `ranges`, or pin those parameters)',
        found: `ranges for ${ranged.join(', ')}`,
      },
    ]);
  }
  if (outputMonth(output) >= resolved.nMonths) {
    throw new InputError([
      {
        file: sc.source,
        path: ['end'],
        expected: `a horizon reaching the output's month (${output.id})`,
        found: sc.end,
      },
    ]);
  }
}

/**
 * The scenario simulated only up to `month`: the engine's results do not depend on the horizon
 * (MODEL.md; test/analysis/sensitivity/sensitivity.test.ts checks it for this use), so the output
 * is the same, bit for bit, and a 2028-12 output costs 72 months of simulation, not 96. The
 * schedule is channel-major (channels × months): each channel's first months are kept.
 */
export function truncatedTo(resolved: ResolvedScenario, month: number): ResolvedScenario {
  const nMonths = Math.max(month + 1, 2);
  if (nMonths >= resolved.nMonths) return resolved;
  const schedule = new Float64Array(N_CHANNELS * nMonths);
  for (let c = 0; c < N_CHANNELS; c++) {
    const from = c * resolved.nMonths;
    schedule.set(resolved.schedule.subarray(from, from + nMonths), c * nMonths);
  }
  return { ...resolved, nMonths, schedule };
}

/** Groups as factor-index lists (only groups with an uncertain parameter). */
function groupLayout(slots: readonly number[]): { ids: string[]; members: number[][] } {
  const ids: string[] = [];
  const members: number[][] = [];
  for (const g of PARAM_GROUPS) {
    const inGroup = slots.flatMap((slot, j) => (groupOf(PARAM_NAMES[slot]).id === g.id ? [j] : []));
    if (inGroup.length === 0) continue;
    ids.push(g.id);
    members.push(inGroup);
  }
  return { ids, members };
}

/** Evaluates base points [from, to) of the design into y (y[i·k + r] for base point i, row r). */
async function evaluateBasePoints(
  ctx: {
    resolved: ResolvedScenario;
    sampler: ParamSampler;
    slots: readonly number[];
    layout: SaltelliLayout;
    seq: SobolSequence;
    evaluator: RowEvaluator;
  },
  from: number,
  to: number,
  y: Float64Array,
  progress: (runs: number) => void,
): Promise<void> {
  const { resolved, sampler, slots, layout, seq, evaluator } = ctx;
  const d = slots.length;
  const k = rowsPerBasePoint(layout);
  const point = new Float64Array(2 * d);
  const a = new Float64Array(N_PARAMS);
  const b = new Float64Array(N_PARAMS);
  const chunk = Math.max(1, Math.min(MAX_CHUNK_BASE_POINTS, Math.floor(evaluator.chunkRows / k)));
  for (let start = from; start < to; start += chunk) {
    const count = Math.min(chunk, to - start);
    const rows = new Float64Array(count * k * N_PARAMS);
    for (let i = 0; i < count; i++) {
      seq.point(start + i, point);
      a.set(resolved.params);
      b.set(resolved.params);
      for (let j = 0; j < d; j++) {
        a[slots[j]] = sampler.valueAt(slots[j], point[j]);
        b[slots[j]] = sampler.valueAt(slots[j], point[d + j]);
      }
      writeSaltelliBlock(layout, a, b, rows, i * k * N_PARAMS);
    }
    const out = await evaluator.evaluate(rows, count * k);
    y.set(out, start * k);
    progress(count * k);
  }
}

/** Tornado and Sobol' indices of one output of one scenario. */
export async function runSensitivity(
  resolved: ResolvedScenario,
  opts: SensitivityOptions,
): Promise<SensitivityResult> {
  checkOptions(opts);
  const output = parseSensitivityOutput(opts.output ?? DEFAULT_SENSITIVITY_OUTPUT);
  checkScenario(resolved, output);
  const sampler = new ParamSampler();
  const slots = sensitivityFactors(resolved, sampler);
  if (slots.length === 0) {
    throw new InputError([
      {
        file: resolved.scenario.source,
        path: ['params'],
        expected: 'at least one uncertain parameter left unpinned',
        found: 'every drawn parameter pinned',
      },
    ]);
  }
  const { ids: groupIds, members } = groupLayout(slots);
  const layout: SaltelliLayout = { width: N_PARAMS, factorColumns: slots, groups: members };
  const k = rowsPerBasePoint(layout);
  const resamples = opts.resamples ?? DEFAULT_RESAMPLES;
  const level = opts.level ?? DEFAULT_LEVEL;
  const boot = { resamples, seed: opts.seed, level };
  const maxN = opts.n ?? opts.maxN ?? DEFAULT_MAX_N;

  const evaluator = (opts.evaluator ?? inProcessEvaluator)(
    truncatedTo(resolved, outputMonth(output)),
    output,
  );
  try {
    let done = 0;
    let planned = 1 + 2 * slots.length + (opts.n ?? START_N) * k;
    const progress = (runs: number): void => {
      done += runs;
      opts.onProgress?.(done, planned);
    };
    const tor = await tornado(resolved, sampler, slots, evaluator);
    progress(1 + 2 * slots.length);

    const ctx = {
      resolved,
      sampler,
      slots,
      layout,
      seq: new SobolSequence(2 * slots.length, opts.seed),
      evaluator,
    };
    const y = new Float64Array(maxN * k);
    const steps: ConvergenceStep[] = [];
    let n = opts.n ?? START_N;
    await evaluateBasePoints(ctx, 0, n, y, progress);
    let est: SobolEstimates = sobolIndices(y, n, k - 2, boot);
    let converged = false;
    if (opts.n !== undefined) {
      const half = sobolIndices(y, n / 2, k - 2, { ...boot, resamples: 0 });
      const step = convergenceStep(n, half, est, slots.length, CONVERGENCE_TOP);
      steps.push(step);
      converged = step.converged;
    } else {
      while (n < maxN) {
        planned += n * k;
        await evaluateBasePoints(ctx, n, 2 * n, y, progress);
        const previous = est;
        n *= 2;
        est = sobolIndices(y, n, k - 2, boot);
        const step = convergenceStep(n, previous, est, slots.length, CONVERGENCE_TOP);
        steps.push(step);
        if (step.converged) {
          converged = true;
          break;
        }
      }
    }

    const described = describeOutput(output);
    const sobol = slots
      .map((slot, j) => ({
        parameter: PARAM_NAMES[slot],
        group: groupOf(PARAM_NAMES[slot]).id,
        ...est.indices[j],
      }))
      .sort(byTotal);
    const groups = groupIds
      .map((id, g) => ({
        group: id,
        label: PARAM_GROUPS.find((pg) => pg.id === id)?.label ?? id,
        parameters: members[g].length,
        ...est.indices[slots.length + g],
      }))
      .sort(byTotal);
    return {
      scenario: resolved.scenario.name,
      output: output.id,
      outputLabel: described.label,
      unit: described.unit,
      outputDescription: described.description,
      n,
      runs: done,
      seed: opts.seed,
      resamples,
      level,
      central: tor.central,
      mean: est.mean,
      variance: est.variance,
      tornado: tor.bars,
      sobol,
      groups,
      convergence: {
        rule:
          opts.n !== undefined
            ? `fixed N = ${n}: the top ${CONVERGENCE_TOP} indices at N/2 against N (same nested design); converged when each moved by less than its CI half-width at N`
            : `N doubled from ${START_N} to at most ${maxN} until each of the top ${CONVERGENCE_TOP} indices (first and total order) moved by less than its CI half-width`,
        converged,
        steps,
      },
    };
  } finally {
    await evaluator.close();
  }
}

/** Larger total index first; NaN last; ties keep their order. */
function byTotal(a: IndexEstimate, b: IndexEstimate): number {
  const ta = Number.isNaN(a.total) ? Number.NEGATIVE_INFINITY : a.total;
  const tb = Number.isNaN(b.total) ? Number.NEGATIVE_INFINITY : b.total;
  return tb - ta;
}
