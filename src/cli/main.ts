/**
 * The `leadline` command line. Thin: parse, call analysis, print.
 * Exit codes (exitCodes.ts, failure.ts): 0 ok, 1 checks failed or the model failed, 2 bad input,
 * 3 environment (file system), 4 internal error. Nothing is written unless the run succeeds.
 */
import { Command, Option } from 'commander';
import { DEFAULT_HISTORY_OUT_DIR } from '../report/outDirs.ts';
import { InputError } from '../scenario/errors.ts';
import { DEFAULT_EXPLORER_URL } from '../scenario/link.ts';
import { type CliIo, json } from './cliIo.ts';
import { DEFAULT_DRAWS, DEFAULT_SEED } from './drawOptions.ts';
import { EXIT_CHECKS_FAILED, EXIT_OK } from './exitCodes.ts';
import { registerExploreCommand } from './exploreCommand.ts';
import { reportFailure } from './failure.ts';
import { DEFAULT_CUTOFF } from './historyOptions.ts';
import { registerPolicyCommands } from './policyProgram.ts';
import { DEFAULT_OUT_DIR, type RunCliOptions } from './runOptions.ts';
import { addSensitivityCommand } from './sensitivityProgram.ts';
import { LEADLINE_VERSION } from './version.ts';

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  outAsync: (text) =>
    new Promise((resolve) => {
      if (process.stdout.write(text)) resolve();
      else process.stdout.once('drain', resolve);
    }),
};

export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('leadline')
    .description(
      'An open model of the US–PRC frontier-AI competition, after Anthropic\'s "2028: Two scenarios for global AI leadership".',
    )
    .version(LEADLINE_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .option('--debug', 'on an error, also print its stack trace (after any command)');

  program
    .command('run')
    .description(
      'run scenarios and print the comparison table (default: baseline, scenario-one, scenario-two)',
    )
    .argument(
      '[scenarios...]',
      'preset names (baseline, scenario-one, scenario-two, no-controls) or scenario YAML files',
    )
    .option('--json', 'print the results document as JSON on stdout (writes files only with --out)')
    .option(
      '--out <dir>',
      `write report.html, report.md with PNG charts, results.json and one CSV per scenario (default ${DEFAULT_OUT_DIR})`,
    )
    .option('--no-report', 'print only; write no files (not with --out)')
    .option(
      '--force',
      'replace the --out folder even if it holds files leadline did not write (they are deleted)',
    )
    .option(
      '--draws <n>',
      `Monte Carlo draws per scenario; 0 runs the central parameters alone (default ${DEFAULT_DRAWS})`,
    )
    .option('--seed <s>', `seed of the draws; the same seed gives the same numbers (default ${DEFAULT_SEED})`)
    .option('--workers <w>', 'worker threads (default: the number of cores); results do not depend on it')
    .option('--link', 'also print the explorer link of this run (on stderr with --json)')
    .option('--link-base <url>', `address of the explorer in printed links (default ${DEFAULT_EXPLORER_URL})`)
    .option(
      '--from-link <link>',
      'run what an explorer link describes (its scenarios, draws and seed): the numbers the page shows',
    )
    .option(
      '--from-results <file>',
      'rerun what a results.json describes (its scenarios, draws and seed), bit for bit; refused for another model version',
    )
    .option(
      '--condition-on-history',
      'also weight each draw by the likelihood of measured history (data/observed.csv): prior and conditioned probabilities side by side, with the effective sample size',
    )
    .option(
      '--observations <file>',
      'measured history to condition on (default: data/observed.csv as shipped)',
    )
    .action(async (scenarios: string[], opts: RunCliOptions) =>
      (await import('./runAction.ts')).runAction(io, scenarios, opts),
    );

  program
    .command('report')
    .description('re-render the report from a saved results.json without re-running the model')
    .argument('<results>', 'a results.json written by leadline run')
    .option('--out <dir>', 'folder to write the report to (default: the folder of the results file)')
    .option('--force', 'replace the folder even if it holds files leadline did not write (they are deleted)')
    .action(async (results: string, opts: { out?: string; force?: boolean }) => {
      const { dirname } = await import('node:path');
      const { openReportFolder, readResultsFile, writeReport } = await import('../report/node.ts');
      const doc = readResultsFile(results);
      const folder = await openReportFolder(opts.out ?? dirname(results), { force: opts.force });
      const { reportPath } = await writeReport(doc, folder.target, { folder });
      io.out(`Report: ${reportPath}\n`);
    });

  program
    .command('compare')
    .description(
      'paired comparison of two scenarios from the same draws: the levers and pins that differ, the paired difference in the 2028-12 lead, the four fronts and compute, and in each probability',
    )
    .argument('<a>', 'preset name or scenario file')
    .argument('<b>', 'preset name or scenario file')
    .option('--draws <n>', `Monte Carlo draws (default ${DEFAULT_DRAWS})`)
    .option('--seed <s>', `seed of the draws (default ${DEFAULT_SEED})`)
    .option('--workers <w>', 'worker threads (default: the number of cores)')
    .option('--json', 'print the comparison as JSON')
    .option(
      '--condition-on-history',
      "also weight each pair of draws by the likelihood of measured history (B's history): prior and conditioned results side by side",
    )
    .option(
      '--observations <file>',
      'measured history to condition on (default: data/observed.csv as shipped)',
    )
    .action(
      async (
        a: string,
        b: string,
        opts: {
          draws?: string;
          seed?: string;
          workers?: string;
          json?: boolean;
          conditionOnHistory?: boolean;
          observations?: string;
        },
      ) => {
        const { limitDraws, loadObservations, MAX_CONDITIONED_DRAWS } = await import('./historyOptions.ts');
        const { parseDrawOptions } = await import('./drawOptions.ts');
        const { compareScenarios, renderComparison } = await import('./compareCommand.ts');
        const history = opts.conditionOnHistory ? loadObservations(opts.observations) : undefined;
        const draws = parseDrawOptions(opts);
        if (history !== undefined) limitDraws(draws.draws, MAX_CONDITIONED_DRAWS, '--condition-on-history');
        const comparison = await compareScenarios(a, b, draws, history);
        const extra = comparison.conditionedOnHistory;
        const { renderConditionedComparison } = await import('./conditionText.ts');
        io.out(
          opts.json
            ? json(comparison)
            : renderComparison(comparison) + (extra === undefined ? '' : renderConditionedComparison(extra)),
        );
      },
    );

  program
    .command('history')
    .description(
      'the model from 2023 to today beside measured history (data/observed.csv): fit statistics before and after the calibration cutoff, the out-of-sample test, charts',
    )
    .argument('[scenario]', 'preset name or scenario file (default: baseline)')
    .option(
      '--draws <n>',
      `Monte Carlo draws for the bands; 0: central parameters only (default ${DEFAULT_DRAWS})`,
    )
    .option('--seed <s>', `seed of the draws (default ${DEFAULT_SEED})`)
    .option('--cutoff <month>', `last month the calibration may see, YYYY-MM (default ${DEFAULT_CUTOFF})`)
    .option('--until <month>', 'last month shown, YYYY-MM (default: this month)')
    .option('--observations <file>', 'a CSV in the form of data/observed.csv (default: the shipped one)')
    .option('--json', 'print the history as JSON (writes files only with --out)')
    .option(
      '--out <dir>',
      `report folder for history.md, history.json and one chart per quantity, replaced as a unit (default ${DEFAULT_HISTORY_OUT_DIR}; not the run's folder, which it would replace)`,
    )
    .option('--no-report', 'print only; write no files')
    .option(
      '--force',
      'replace the --out folder even if it holds files leadline did not write (they are deleted)',
    )
    .action(
      async (
        scenario: string | undefined,
        opts: {
          draws?: string;
          seed?: string;
          cutoff?: string;
          until?: string;
          observations?: string;
          json?: boolean;
          out?: string;
          report: boolean;
          force?: boolean;
        },
      ) => {
        const { parseDrawOptions } = await import('./drawOptions.ts');
        const { openReportOutput, withReportOutput } = await import('./reportOutput.ts');
        const { buildHistory, renderHistory } = await import('./historyCommand.ts');
        const draws = parseDrawOptions(opts);
        // opened first, so a folder that cannot be written fails before the model runs
        const folder = await openReportOutput(opts, DEFAULT_HISTORY_OUT_DIR);
        await withReportOutput(folder, async () => {
          const result = buildHistory(scenario, draws, opts);
          io.out(opts.json ? json(result) : renderHistory(result));
          if (folder !== undefined) {
            const { writeHistoryReport } = await import('../report/historyReport.ts');
            const { reportPath } = await writeHistoryReport(result, folder);
            (opts.json ? io.err : io.out)(`Report: ${reportPath}\n`);
          }
        });
      },
    );

  program
    .command('calibrate')
    .description(
      'fit the calibrated parameters that measured history identifies to the observations up to a cutoff (the procedure behind `leadline history`)',
    )
    .option('--cutoff <month>', `last month the fit may see, YYYY-MM (default ${DEFAULT_CUTOFF})`)
    .option('--observations <file>', 'a CSV in the form of data/observed.csv (default: the shipped one)')
    .option('--json', 'print the calibration as JSON')
    .action(async (opts: { cutoff?: string; observations?: string; json?: boolean }) => {
      const { buildCalibration, renderCalibration } = await import('./historyCommand.ts');
      const result = buildCalibration(opts);
      io.out(opts.json ? json(result) : `${renderCalibration(result)}\n`);
    });

  addSensitivityCommand(program, io);

  program
    .command('check')
    .description(
      'run the paper checks PC1–PC8 and the fronts checks FC1–FC3 at central parameters; exit 1 when any fails',
    )
    .option('--json', 'print {"checks": [...]} as JSON')
    .action(async (opts: { json?: boolean }) => {
      const { collectChecks } = await import('../analysis/pipeline/presetChecks.ts');
      const { renderChecks } = await import('./checkCommand.ts');
      const checks = collectChecks();
      io.out(opts.json ? json({ checks }) : renderChecks(checks));
      if (checks.some((c) => !c.pass)) setExit(EXIT_CHECKS_FAILED);
    });

  program
    .command('params')
    .description('list the parameters with unit, central value, distribution and source')
    .option(
      '--grep <word>',
      'only parameters whose name, unit, note or source contains WORD (case-insensitive)',
    )
    .option('--notes', "include each parameter's note")
    .option('--json', 'print the parameters as JSON')
    .action(async (opts: { grep?: string; notes?: boolean; json?: boolean }) => {
      const { paramsAsJson, renderParams, selectParams } = await import('./paramsCommand.ts');
      const rows = selectParams(opts.grep);
      io.out(opts.json ? json(paramsAsJson(rows)) : renderParams(rows, opts.notes ?? false));
    });

  program
    .command('validate')
    .description(
      'check presets and scenario files (schema, correlations) without running them; every one given is checked',
    )
    .argument('<scenarios...>', 'preset names or scenario YAML files')
    .action(async (files: string[]) => {
      const { validateScenarios } = await import('./validateCommand.ts');
      const { text, issues } = validateScenarios(files);
      if (text !== '') io.out(`${text}\n`);
      if (issues.length > 0) throw new InputError(issues);
    });

  program
    .command('levers')
    .description(
      'list every policy lever: its values, its setting in May 2026, where it acts, the paper priority',
    )
    .option('--json', 'print the levers as JSON')
    .action(async (opts: { json?: boolean }) => {
      const { leverInfo, renderLevers } = await import('./leversCommand.ts');
      const levers = leverInfo();
      io.out(opts.json ? json({ levers }) : renderLevers(levers));
    });

  program
    .command('sources')
    .description('list the sourced facts (data/sources.csv), or show one in full: value, date, source, URL')
    .argument('[id]', 'a fact id, such as P01')
    .option('--json', 'print the facts (or the one fact) as JSON')
    .action(async (id: string | undefined, opts: { json?: boolean }) => {
      const { findSource, readSources, renderSource, renderSources } = await import('./sourcesCommand.ts');
      const facts = readSources();
      if (id === undefined) io.out(opts.json ? json({ sources: facts }) : renderSources(facts));
      else {
        const fact = findSource(facts, id);
        io.out(opts.json ? json(fact) : renderSource(fact));
      }
    });

  program
    .command('draws')
    .description(
      'one CSV row per Monte Carlo draw on stdout: draw index, seed, the chosen outputs (and parameters); streamed, any draw count',
    )
    .argument(
      '[scenarios...]',
      'preset names or scenario YAML files, on the same paired draws (default: baseline)',
    )
    .option('--draws <n>', `Monte Carlo draws (default ${DEFAULT_DRAWS})`)
    .option('--seed <s>', `seed of the draws (default ${DEFAULT_SEED})`)
    .option('--workers <w>', 'worker threads (default: the number of cores); rows do not depend on it')
    .option(
      '--output <series@YYYY-MM>',
      'an output column, e.g. leadMonths@2028-12 (repeatable; default leadMonths@2028-12; past the horizon: empty)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--params', 'add every parameter of each draw, as run')
    .action(
      async (
        scenarios: string[],
        opts: { draws?: string; seed?: string; workers?: string; output: string[]; params?: boolean },
      ) => {
        const { streamDraws } = await import('./drawsCommand.ts');
        const { parseDrawOptions } = await import('./drawOptions.ts');
        await streamDraws(
          scenarios,
          parseDrawOptions(opts),
          { outputs: opts.output, params: opts.params ?? false },
          (text) => (io.outAsync ? io.outAsync(text) : io.out(text)),
        );
      },
    );

  registerPolicyCommands(program, io);
  registerExploreCommand(program, io);

  program.addOption(
    new Option('--no-color', 'accepted for compatibility; output is never coloured').hideHelp(),
  );
  return program;
}

/** Runs the CLI on argv (as process.argv) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  // --debug is read here, before commander, so that it works after any command
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv.filter((arg) => arg !== '--debug'));
    return exitCode;
  } catch (error) {
    return reportFailure(error, io, debug);
  }
}
