/**
 * The action of `leadline run`, loaded only when that command runs (main.ts imports it with
 * `import()`; start-up, docs/PERFORMANCE.md): scenarios and draws from the arguments,
 * --from-link or --from-results → the results document → the table (or --json) → the report,
 * whose writers (charts, PNG) are loaded only when a report is written.
 */
import type { ConditionedScenario } from '../analysis/history/condition.ts';
import { InputError } from '../scenario/errors.ts';
import { type ResolvedScenario, resolveScenario } from '../scenario/scenario.ts';
import { type CliIo, json } from './cliIo.ts';
import { type DrawOptions, parseDrawOptions } from './drawOptions.ts';
import { checkFromResultsClash, runFromResults } from './fromResults.ts';
import { limitDraws, loadObservations, MAX_CONDITIONED_DRAWS } from './historyOptions.ts';
import { linkForRun, runFromLink } from './linkOptions.ts';
import { openReportOutput, withReportOutput } from './reportOutput.ts';
import { buildResultsFor, renderRunText, resolveArgs } from './runCommand.ts';
import { DEFAULT_OUT_DIR, type RunCliOptions } from './runOptions.ts';

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

export async function runAction(io: CliIo, scenarios: string[], opts: RunCliOptions): Promise<void> {
  const { resolved, draws, note } = runInputs(scenarios, opts);
  if (note) io.err(`${note}\n`);
  const history = opts.conditionOnHistory ? loadObservations(opts.observations) : undefined;
  if (history !== undefined) {
    requireDraws(draws.draws, '--condition-on-history');
    limitDraws(draws.draws, MAX_CONDITIONED_DRAWS, '--condition-on-history');
  }
  const folder = await openReportOutput(opts, DEFAULT_OUT_DIR);
  const conditioning = history === undefined ? undefined : await import('../analysis/history/condition.ts');
  await withReportOutput(folder, async () => {
    let conditioned: ConditionedScenario[] | undefined;
    const doc = await buildResultsFor(resolved, draws, (all, ensembles) => {
      if (history !== undefined && conditioning !== undefined)
        conditioned = conditioning.conditionOnHistory(
          all,
          { draws: draws.draws, seed: draws.seed },
          ensembles,
          history,
        );
    });
    if (opts.json)
      io.out(json(conditioned === undefined ? doc : { ...doc, conditionedOnHistory: conditioned }));
    else {
      const conditionText =
        conditioned === undefined ? '' : (await import('./conditionText.ts')).renderConditioned(conditioned);
      io.out(renderRunText(doc) + conditionText);
    }
    if (opts.link) {
      const scenariosRun = resolved.map((r) => r.scenario);
      (opts.json ? io.err : io.out)(`Explorer link: ${linkForRun(scenariosRun, draws, opts.linkBase)}\n`);
    }
    if (folder !== undefined) {
      const { writeReport } = await import('../report/writeReport.ts');
      const { reportPath } = await writeReport(doc, folder.target, { folder });
      (opts.json ? io.err : io.out)(`Report: ${reportPath}\n`);
    }
  });
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
