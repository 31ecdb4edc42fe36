/**
 * `leadline sensitivity [SCENARIO]`: which uncertain parameters drive one output of one
 * scenario — tornado (P10/P90 one at a time) and Sobol' indices (first and total order, by
 * parameter and by group, with bootstrap CIs). Parses and checks the options, calls
 * runSensitivity, prints, and writes the files into the report folder.
 */
import { availableParallelism } from 'node:os';
import { formatNumber } from '../analysis/format.ts';
import {
  DEFAULT_RESAMPLES,
  DEFAULT_SENSITIVITY_OUTPUT,
  drawValuesEvaluator,
  OutputSpecError,
  parseSensitivityOutput,
  type RowEvaluatorFactory,
  runSensitivity,
  type SensitivityResult,
  START_N,
} from '../analysis/index.ts';
import { nodeWorkers } from '../analysis/node.ts';
import {
  CONSTANT_OUTPUT_NOTE,
  DEFAULT_SENSITIVITY_OUT_DIR,
  openReportFolder,
  sensitivityDocument,
  writeSensitivityReport,
} from '../report/node.ts';
import { InputError } from '../scenario/index.ts';
import { DEFAULT_SEED } from './drawOptions.ts';
import { progressBar } from './progress.ts';
import { resolveArgs } from './runCommand.ts';
import { DEFAULT_SENSITIVITY_SCENARIO } from './sensitivityProgram.ts';
import { TextTable } from './textTable.ts';
import { LEADLINE_VERSION } from './version.ts';

export interface SensitivityCliOptions {
  output?: string;
  n?: string;
  maxN?: string;
  seed?: string;
  workers?: string;
  resamples?: string;
}

function bad(option: string, expected: string, found: string): InputError {
  return new InputError([{ file: `option ${option}`, path: [], expected, found: JSON.stringify(found) }]);
}

function wholeNumber(
  option: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw bad(option, `a whole number from ${min} to ${max}`, text);
  }
  return value;
}

function powerOfTwo(option: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  const max = 1 << 20;
  if (
    !/^\d+$/.test(text.trim()) ||
    !Number.isInteger(value) ||
    value < min ||
    value > max ||
    (value & (value - 1)) !== 0
  ) {
    throw bad(option, `a power of two from ${min} to ${max} (e.g. 512, 1024, 4096)`, text);
  }
  return value;
}

/** Checks every option (exit 2 on a bad one) and runs the analysis. */
export async function sensitivityFor(
  scenario: string | undefined,
  opts: SensitivityCliOptions,
  evaluatorFor: (workers: number) => RowEvaluatorFactory | undefined,
): Promise<SensitivityResult> {
  const output = opts.output ?? DEFAULT_SENSITIVITY_OUTPUT;
  try {
    parseSensitivityOutput(output);
  } catch (error) {
    if (error instanceof OutputSpecError)
      throw bad('--output', error.message.replace(/^expected /, ''), output);
    throw error;
  }
  const n = powerOfTwo('--n', opts.n, 64);
  const maxN = powerOfTwo('--max-n', opts.maxN, START_N);
  if (n !== undefined && maxN !== undefined)
    throw bad('--max-n', 'no --max-n beside --n (a fixed N)', opts.maxN ?? '');
  const seed = wholeNumber('--seed', opts.seed, DEFAULT_SEED, 0, Number.MAX_SAFE_INTEGER);
  const workers = wholeNumber('--workers', opts.workers, availableParallelism(), 1, 256);
  const resamples = wholeNumber('--resamples', opts.resamples, DEFAULT_RESAMPLES, 2, 100_000);
  const [resolved] = resolveArgs(scenario === undefined ? [] : [scenario], [DEFAULT_SENSITIVITY_SCENARIO]);
  const bar = progressBar(`sensitivity of ${resolved.scenario.name}`);
  try {
    return await runSensitivity(resolved, {
      output,
      n,
      maxN,
      seed,
      resamples,
      evaluator: evaluatorFor(workers),
      onProgress: (done, planned) => bar.update(done, planned),
    });
  } finally {
    bar.stop();
  }
}

/** The evaluator for `workers` threads: the per-draw evaluation API, on Node worker threads. */
export function sensitivityEvaluator(workers: number): RowEvaluatorFactory {
  return drawValuesEvaluator(workers, nodeWorkers);
}

const ci = (c: readonly [number, number]): string => `${formatNumber(c[0])}–${formatNumber(c[1])}`;

export function renderSensitivity(r: SensitivityResult, top = 15): string {
  const conv = r.convergence;
  const last = conv.steps[conv.steps.length - 1];
  const lines = [
    `leadline sensitivity — ${r.scenario}: ${r.output} (${r.outputDescription}) [${r.unit}]`,
    `N = ${r.n} base points, ${r.runs} runs of the model, seed ${r.seed}; central ${formatNumber(r.central)}, mean ${formatNumber(r.mean)}, variance ${formatNumber(r.variance)}`,
    ...(r.variance > 0 ? [] : [CONSTANT_OUTPUT_NOTE]),
    `Convergence: ${conv.converged ? 'converged' : 'NOT converged'}${last ? ` (largest move of a top index ${formatNumber(last.maxMove)} = ${formatNumber(last.maxMoveOverHalfWidth)}× its CI half-width at N = ${last.n})` : ''}`,
    '',
  ];
  const table = (head: string[]) =>
    new TextTable({
      head,
      colAligns: ['left', ...head.slice(1).map(() => 'right' as const)],
    });
  const groups = table(['group', 'params', 'first order (95% CI)', 'total order (95% CI)']);
  for (const g of r.groups) {
    groups.push([
      g.label,
      String(g.parameters),
      `${formatNumber(g.first)} (${ci(g.firstCI)})`,
      `${formatNumber(g.total)} (${ci(g.totalCI)})`,
    ]);
  }
  const sobol = table(['parameter', 'group', 'first order (95% CI)', 'total order (95% CI)']);
  for (const s of r.sobol.slice(0, top)) {
    sobol.push([
      s.parameter,
      s.group,
      `${formatNumber(s.first)} (${ci(s.firstCI)})`,
      `${formatNumber(s.total)} (${ci(s.totalCI)})`,
    ]);
  }
  const tornado = table(['parameter', 'at P10', 'at P90', 'swing']);
  for (const b of r.tornado.slice(0, top)) {
    tornado.push([b.parameter, formatNumber(b.low), formatNumber(b.high), formatNumber(b.swing)]);
  }
  return [
    ...lines,
    'Sobol’ indices by group (share of the output’s variance; total includes interactions)',
    groups.toString(),
    '',
    `Sobol’ indices, top ${Math.min(top, r.sobol.length)} of ${r.sobol.length} parameters by total order`,
    sobol.toString(),
    '',
    `Tornado, top ${Math.min(top, r.tornado.length)}: the output with one parameter at its 10th / 90th percentile, others central`,
    tornado.toString(),
    '',
  ].join('\n');
}

/** Where the command prints. */
export interface SensitivityIo {
  out(text: string): void;
  err(text: string): void;
}

/** The action of `leadline sensitivity` (sensitivityProgram.ts declares its options). */
export async function sensitivityAction(
  io: SensitivityIo,
  scenario: string | undefined,
  opts: SensitivityCliOptions & { json?: boolean; out?: string; report: boolean },
): Promise<void> {
  const outDir = opts.out ?? (opts.json ? undefined : DEFAULT_SENSITIVITY_OUT_DIR);
  // opened first, so a folder that cannot be written fails before the model runs
  const folder = opts.report && outDir !== undefined ? await openReportFolder(outDir) : null;
  let result: SensitivityResult;
  try {
    result = await sensitivityFor(scenario, opts, sensitivityEvaluator);
  } catch (error) {
    await folder?.abandon();
    throw error;
  }
  io.out(
    opts.json
      ? `${JSON.stringify(sensitivityDocument(result, LEADLINE_VERSION), null, 2)}\n`
      : renderSensitivity(result),
  );
  if (folder !== null) {
    const { markdownPath } = await writeSensitivityReport(result, folder, LEADLINE_VERSION);
    (opts.json ? io.err : io.out)(`Report: ${markdownPath}\n`);
  }
}
