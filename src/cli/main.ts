/**
 * The `leadline` command line. Thin: parse, call analysis, print.
 * Exit codes (exitCodes.ts, failure.ts): 0 ok, 1 checks failed or the model failed, 2 bad input,
 * 3 environment (file system), 4 internal error. Nothing is written unless the run succeeds.
 */
import { dirname } from 'node:path';
import { Command, Option } from 'commander';
import { type ConditionedScenario, collectChecks, conditionOnHistory } from '../analysis/index.ts';
import {
  DEFAULT_HISTORY_OUT_DIR,
  openReportFolder,
  readResultsFile,
  writeHistoryReport,
  writeReport,
} from '../report/node.ts';
import {
  DEFAULT_EXPLORER_URL,
  InputError,
  type ResolvedScenario,
  resolveScenario,
} from '../scenario/index.ts';
import { renderChecks } from './checkCommand.ts';
import { compareScenarios, renderComparison } from './compareCommand.ts';
import { renderConditioned, renderConditionedComparison } from './conditionText.ts';
import { DEFAULT_DRAWS, DEFAULT_SEED, type DrawOptions, parseDrawOptions } from './drawOptions.ts';
import { streamDraws } from './drawsCommand.ts';
import { EXIT_CHECKS_FAILED, EXIT_OK } from './exitCodes.ts';
import { registerExploreCommand } from './exploreCommand.ts';
import { reportFailure } from './failure.ts';
import { checkFromResultsClash, runFromResults } from './fromResults.ts';
import { buildCalibration, buildHistory, renderCalibration, renderHistory } from './historyCommand.ts';
import { DEFAULT_CUTOFF, limitDraws, loadObservations, MAX_CONDITIONED_DRAWS } from './historyOptions.ts';
import { leverInfo, renderLevers } from './leversCommand.ts';
import { linkForRun, runFromLink } from './linkOptions.ts';
import { paramsAsJson, renderParams, selectParams } from './paramsCommand.ts';
import { registerPolicyCommands } from './policyCommands.ts';
import { openReportOutput, withReportOutput } from './reportOutput.ts';
import { buildResultsFor, DEFAULT_OUT_DIR, renderRunText, resolveArgs } from './runCommand.ts';
import { addSensitivityCommand } from './sensitivityCommand.ts';
import { findSource, readSources, renderSource, renderSources } from './sourcesCommand.ts';
import { validateScenarios } from './validateCommand.ts';
import { LEADLINE_VERSION } from './version.ts';

interface RunCliOptions {
  json?: boolean;
  conditionOnHistory?: boolean;
  observations?: string;
  out?: string;
  force?: boolean;
  report: boolean;
  draws?: string;
  seed?: string;
  workers?: string;
  link?: boolean;
  linkBase?: string;
  fromLink?: string;
  fromResults?: string;
}

interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Writes to stdout and resolves when it may take more (backpressure for streamed output). */
  outAsync?(text: string): Promise<void>;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  outAsync: (text) =>
    new Promise((resolve) => {
      if (process.stdout.write(text)) resolve();
      else process.stdout.once('drain', resolve);
    }),
};

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Conditioning weighs draws: it needs some. */
function requireDraws(draws: number, option: string): void {
  if (draws < 2)
    throw new InputError([
      {
        file: `option ${option}`,
        path: [],
        expected: 'at least 2 Monte Carlo draws (--draws)',
        found: String(draws),
      },
    ]);
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
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
    .action(async (scenarios: string[], opts: RunCliOptions) => {
      const { resolved, draws, note } = runInputs(scenarios, opts);
      if (note) io.err(`${note}\n`);
      const history = opts.conditionOnHistory ? loadObservations(opts.observations) : undefined;
      if (history !== undefined) {
        requireDraws(draws.draws, '--condition-on-history');
        limitDraws(draws.draws, MAX_CONDITIONED_DRAWS, '--condition-on-history');
      }
      const folder = await openReportOutput(opts, DEFAULT_OUT_DIR);
      await withReportOutput(folder, async () => {
        let conditioned: ConditionedScenario[] | undefined;
        const doc = await buildResultsFor(resolved, draws, (all, ensembles) => {
          if (history !== undefined)
            conditioned = conditionOnHistory(
              all,
              { draws: draws.draws, seed: draws.seed },
              ensembles,
              history,
            );
        });
        if (opts.json)
          io.out(json(conditioned === undefined ? doc : { ...doc, conditionedOnHistory: conditioned }));
        else io.out(renderRunText(doc) + (conditioned === undefined ? '' : renderConditioned(conditioned)));
        if (opts.link) {
          const scenariosRun = resolved.map((r) => r.scenario);
          (opts.json ? io.err : io.out)(`Explorer link: ${linkForRun(scenariosRun, draws, opts.linkBase)}\n`);
        }
        if (folder !== undefined) {
          const { reportPath } = await writeReport(doc, folder.target, { folder });
          (opts.json ? io.err : io.out)(`Report: ${reportPath}\n`);
        }
      });
    });

  program
    .command('report')
    .description('re-render the report from a saved results.json without re-running the model')
    .argument('<results>', 'a results.json written by leadline run')
    .option('--out <dir>', 'folder to write the report to (default: the folder of the results file)')
    .option('--force', 'replace the folder even if it holds files leadline did not write (they are deleted)')
    .action(async (results: string, opts: { out?: string; force?: boolean }) => {
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
        const history = opts.conditionOnHistory ? loadObservations(opts.observations) : undefined;
        const draws = parseDrawOptions(opts);
        if (history !== undefined) limitDraws(draws.draws, MAX_CONDITIONED_DRAWS, '--condition-on-history');
        const comparison = await compareScenarios(a, b, draws, history);
        const extra = comparison.conditionedOnHistory;
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
        const draws = parseDrawOptions(opts);
        // opened first, so a folder that cannot be written fails before the model runs
        const folder = await openReportOutput(opts, DEFAULT_HISTORY_OUT_DIR);
        await withReportOutput(folder, async () => {
          const result = buildHistory(scenario, draws, opts);
          io.out(opts.json ? json(result) : renderHistory(result));
          if (folder !== undefined) {
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
    .action((opts: { cutoff?: string; observations?: string; json?: boolean }) => {
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
    .action((opts: { json?: boolean }) => {
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
    .action((opts: { grep?: string; notes?: boolean; json?: boolean }) => {
      const rows = selectParams(opts.grep);
      io.out(opts.json ? json(paramsAsJson(rows)) : renderParams(rows, opts.notes ?? false));
    });

  program
    .command('validate')
    .description(
      'check presets and scenario files (schema, correlations) without running them; every one given is checked',
    )
    .argument('<scenarios...>', 'preset names or scenario YAML files')
    .action((files: string[]) => {
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
    .action((opts: { json?: boolean }) => {
      const levers = leverInfo();
      io.out(opts.json ? json({ levers }) : renderLevers(levers));
    });

  program
    .command('sources')
    .description('list the sourced facts (data/sources.csv), or show one in full: value, date, source, URL')
    .argument('[id]', 'a fact id, such as P01')
    .option('--json', 'print the facts (or the one fact) as JSON')
    .action((id: string | undefined, opts: { json?: boolean }) => {
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

/** The scenarios and draws of `leadline run`: from the arguments, or from --from-link. */
function runInputs(
  scenarios: readonly string[],
  opts: RunCliOptions,
): { resolved: ResolvedScenario[]; draws: DrawOptions; note?: string } {
  if (opts.fromResults !== undefined) {
    checkFromResultsClash(scenarios, opts);
    return runFromResults(opts.fromResults, parseDrawOptions(opts).workers);
  }
  if (opts.fromLink === undefined) {
    const warnings: string[] = [];
    const resolved = resolveArgs(scenarios, undefined, (text) => warnings.push(text));
    const draws = parseDrawOptions(opts);
    return warnings.length > 0 ? { resolved, draws, note: warnings.join('\n') } : { resolved, draws };
  }
  const clash = [
    ...(scenarios.length > 0 ? ['scenario arguments'] : []),
    ...(opts.draws !== undefined ? ['--draws'] : []),
    ...(opts.seed !== undefined ? ['--seed'] : []),
  ];
  if (clash.length > 0) {
    throw new InputError([
      {
        file: 'option --from-link',
        path: [],
        expected: 'no scenario arguments, --draws or --seed beside it (the link holds them)',
        found: clash.join(', '),
      },
    ]);
  }
  const decoded = runFromLink(opts.fromLink);
  const draws = { ...parseDrawOptions(opts), draws: decoded.state.draws, seed: decoded.state.seed };
  return {
    resolved: decoded.scenarios.map(resolveScenario),
    draws,
    ...(decoded.versionNote ? { note: decoded.versionNote } : {}),
  };
}

/** Runs the CLI on argv (as process.argv) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
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
