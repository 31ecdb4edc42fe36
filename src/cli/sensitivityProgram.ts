/**
 * The options of `leadline sensitivity` (its help); the action, in sensitivityCommand.ts, is
 * loaded only when the command runs (start-up, docs/PERFORMANCE.md).
 */
import type { Command } from 'commander';
import {
  DEFAULT_MAX_N,
  DEFAULT_RESAMPLES,
  DEFAULT_SENSITIVITY_OUTPUT,
  SCENARIO_ONE_OUTPUT,
  START_N,
} from '../analysis/sensitivity/sensitivityDefaults.ts';
import { DEFAULT_SENSITIVITY_OUT_DIR } from '../report/outDirs.ts';
import { DEFAULT_SEED } from './drawOptions.ts';
import type { SensitivityCliOptions, SensitivityIo } from './sensitivityCommand.ts';

export const DEFAULT_SENSITIVITY_SCENARIO = 'scenario-one';

/** Adds `leadline sensitivity` to the program. */
export function addSensitivityCommand(program: Command, io: SensitivityIo): void {
  program
    .command('sensitivity')
    .description(
      'which uncertain parameters drive an output: tornado (P10/P90 one at a time) and Sobol’ indices (first and total order, by parameter and group, 95% bootstrap CIs)',
    )
    .argument('[scenario]', `preset name or scenario file (default ${DEFAULT_SENSITIVITY_SCENARIO})`)
    .option(
      '--output <spec>',
      `what to explain: SERIES@YYYY-MM (any series, any month) or ${SCENARIO_ONE_OUTPUT} (1 when the 2028-12 lead is ≥ 12 months) (default ${DEFAULT_SENSITIVITY_OUTPUT})`,
    )
    .option(
      '--n <N>',
      'fixed number of base points N, a power of two ≥ 64 (runs: N·(d + 2 + groups)); default: adaptive',
    )
    .option(
      '--max-n <N>',
      `adaptive: N doubles from ${START_N} until the top indices move less than their CI half-width, up to this (default ${DEFAULT_MAX_N})`,
    )
    .option('--seed <s>', `seed of the scrambled Sobol’ sequence and the bootstrap (default ${DEFAULT_SEED})`)
    .option('--workers <w>', 'worker threads (default: the number of cores); results do not depend on it')
    .option(
      '--resamples <r>',
      `bootstrap resamples for the confidence intervals (default ${DEFAULT_RESAMPLES})`,
    )
    .option('--json', 'print the result as JSON (writes files only with --out)')
    .option(
      '--out <dir>',
      `report folder to write sensitivity-<scenario>-<output>.{json,csv,md} and two charts to, replaced as a unit (default ${DEFAULT_SENSITIVITY_OUT_DIR}; not the run's folder, which it would replace)`,
    )
    .option('--no-report', 'print only; write no files')
    .action(
      async (
        scenario: string | undefined,
        opts: SensitivityCliOptions & { json?: boolean; out?: string; report: boolean },
      ) => (await import('./sensitivityCommand.ts')).sensitivityAction(io, scenario, opts),
    );
}
