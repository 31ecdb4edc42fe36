/**
 * `run`: the one pipeline every front end calls — the CLI's `leadline run`, `--from-link`,
 * `--from-results`, library users and the explorer. It resolves to the results document that
 * `leadline run ... --json` prints, bit for bit (same inputs, draws and seed → same document,
 * whatever the worker count or host).
 *
 *   scenarios (preset names, Scenario objects; file paths in leadline/node's run)
 *     1. prepareRun:  load → distinct names (warnings) → resolveScenario → correlations checked
 *     2. runResolved: central run of each (centralRunResult)
 *                     → Monte Carlo, draws paired across scenarios (runEnsemble; in this thread
 *                       or on workers from `spawn`) → withEnsemble
 *                     → paper and fronts checks on the presets (collectChecks)
 *                     → { schemaVersion, leadlineVersion, draws, seed, runs, checks }
 *
 * Browser-safe: file paths are the Node entry's business (runNode.ts passes its loader).
 */
import {
  InputError,
  isPresetName,
  loadPreset,
  PRESET_NAMES,
  type ResolvedScenario,
  resolveScenario,
  runCentral,
  type Scenario,
} from '../../scenario/index.ts';
import { checkRunCorrelations } from '../correlationCheck.ts';
import { type DrawOutput, outputsBeyondHorizon, parseDrawOutput } from '../drawOutputs.ts';
import { runEnsemble, type ScenarioEnsemble } from '../ensemble.ts';
import { withEnsemble } from '../ensembleResult.ts';
import { RESULTS_SCHEMA_VERSION, type ResultsDocument, type RunResult } from '../results.ts';
import { centralRunResult } from '../runResult.ts';
import { LEADLINE_VERSION } from '../version.ts';
import type { SpawnWorker } from '../workerPool.ts';
import { distinctNames } from './distinctNames.ts';
import { collectChecks } from './presetChecks.ts';

/** Draws of a run when none are asked for (as `leadline run`). */
export const DEFAULT_RUN_DRAWS = 2000;
/** Seed of a run when none is given (as `leadline run`). */
export const DEFAULT_RUN_SEED = 1;
/** The scenarios `leadline run` runs when given none. */
export const DEFAULT_RUN_SCENARIOS = ['baseline', 'scenario-one', 'scenario-two'] as const;

/** A scenario to run: a preset name, or a scenario parsed by parseScenarioText / parseScenarioObject / loadPreset. */
export type ScenarioInput = string | Scenario;

export interface RunOptions {
  /** Monte Carlo draws per scenario (0: the central parameters alone). Default 2000. */
  readonly draws?: number;
  /** Seed of the draws, an integer in [0, 2⁵³). Default 1. The document records 0 when draws = 0. */
  readonly seed?: number;
  /**
   * Workers for the Monte Carlo: ≤ 1 runs in the calling thread; n ≥ 2 needs `spawn`.
   * Default: 1 in `leadline`'s run, the number of cores in `leadline/node`'s. Results do not depend on it.
   */
  readonly workers?: number;
  /** Starts a worker: nodeWorkers (leadline/node, its run's default) or webWorkers(…) in a browser. */
  readonly spawn?: SpawnWorker;
  /** Called after every block of the Monte Carlo (total = draws × passes). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Per-draw values to keep: `series@YYYY-MM` or {series, month}; returned in `perDraw` (not in the CLI's document). */
  readonly perDraw?: readonly (string | DrawOutput)[];
  /** Warnings that do not stop the run (two scenarios sharing a name). Default: ignored. */
  readonly onWarning?: (text: string) => void;
  /** Sees the resolved scenarios and their ensembles (e.g. to condition on measured history). */
  readonly onEnsembles?: (
    resolved: readonly ResolvedScenario[],
    ensembles: readonly ScenarioEnsemble[],
  ) => void;
}

/** The values kept with RunOptions.perDraw: values[s][d × outputs.length + o] (NaN past a scenario's horizon). */
export interface PerDrawValues {
  readonly outputs: readonly DrawOutput[];
  readonly values: readonly Float64Array[];
}

/** The results document, plus the per-draw values when RunOptions.perDraw asked for them. */
export type RunDocument = ResultsDocument & { perDraw?: PerDrawValues };

/** Loads a string scenario argument (the browser entry: preset names only). */
export type ScenarioLoader = (arg: string) => Scenario;

/** `leadline`'s loader: a preset name, or an InputError naming the presets. */
export const loadPresetArg: ScenarioLoader = (arg) => {
  if (isPresetName(arg)) return loadPreset(arg);
  throw new InputError([
    {
      file: 'scenario',
      path: [],
      expected: `a preset, one of ${PRESET_NAMES.join(' | ')}, or a Scenario object (file paths: run from 'leadline/node')`,
      found: JSON.stringify(arg),
    },
  ]);
};

/**
 * Phase 1: every scenario loaded, named distinctly and resolved, correlations checked — so bad
 * input stops the run before anything is computed. An empty list runs DEFAULT_RUN_SCENARIOS.
 */
export function prepareRun(
  inputs: readonly ScenarioInput[],
  load: ScenarioLoader = loadPresetArg,
  onWarning: (text: string) => void = () => {},
): ResolvedScenario[] {
  const given = inputs.length > 0 ? inputs : DEFAULT_RUN_SCENARIOS;
  const scenarios = given.map((input) => (typeof input === 'string' ? load(input) : input));
  const labels = given.map((input) => (typeof input === 'string' ? input : input.source));
  const named = distinctNames(scenarios, labels);
  for (const warning of named.warnings) onWarning(warning);
  const resolved = named.scenarios.map((scenario) => resolveScenario(scenario));
  checkRunCorrelations(resolved);
  return resolved;
}

function checkDraws(draws: number): void {
  if (!Number.isSafeInteger(draws) || draws < 0) {
    throw new InputError([
      { file: 'run options', path: ['draws'], expected: 'a whole number ≥ 0', found: String(draws) },
    ]);
  }
}

/** Phase 2: the results document of already resolved scenarios. */
export async function runResolved(
  resolved: readonly ResolvedScenario[],
  options: RunOptions = {},
): Promise<RunDocument> {
  const draws = options.draws ?? DEFAULT_RUN_DRAWS;
  const seed = options.seed ?? DEFAULT_RUN_SEED;
  checkDraws(draws);
  const perDrawOutputs = (options.perDraw ?? []).map((o) => (typeof o === 'string' ? parseDrawOutput(o) : o));
  const beyond = outputsBeyondHorizon(resolved, perDrawOutputs, 'run options perDraw');
  if (beyond.length > 0) throw new InputError(beyond);
  let runs: RunResult[] = resolved.map((r) => centralRunResult(r, runCentral(r)));
  let perDraw: PerDrawValues | undefined;
  if (draws > 0) {
    const ensembles = await runEnsemble(resolved, {
      draws,
      seed,
      workers: options.workers ?? 1,
      ...(options.spawn ? { spawn: options.spawn } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(perDrawOutputs.length > 0 ? { perDraw: perDrawOutputs } : {}),
    });
    runs = runs.map((run, i) => withEnsemble(run, ensembles[i]));
    if (perDrawOutputs.length > 0)
      perDraw = { outputs: perDrawOutputs, values: ensembles.map((e) => e.perDraw) };
    options.onEnsembles?.(resolved, ensembles);
  }
  const doc: ResultsDocument = {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    leadlineVersion: LEADLINE_VERSION,
    draws,
    seed: draws > 0 ? seed : 0,
    runs,
    checks: collectChecks(),
  };
  return perDraw === undefined ? doc : { ...doc, perDraw };
}

/**
 * Runs scenarios — preset names or Scenario objects — and resolves to the results document of
 * `leadline run --json` (file paths: `run` from 'leadline/node').
 *
 *   const doc = await run(['baseline', 'scenario-one'], { draws: 2000, seed: 1 });
 *   doc.runs[1].probabilities.scenarioOne.p
 */
export async function run(
  scenarios: readonly ScenarioInput[],
  options: RunOptions = {},
): Promise<RunDocument> {
  return runResolved(prepareRun(scenarios, loadPresetArg, options.onWarning), options);
}
