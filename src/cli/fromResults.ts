/**
 * `leadline run --from-results FILE`: the scenarios, draws and seed a results document records
 * (each run's `definition`, the document's `draws` and `seed`), to rerun it bit for bit.
 * A document written by another model version is refused (exit 2): its numbers would differ.
 */
import { checkRunCorrelations } from '../analysis/correlationCheck.ts';
import { readResultsFile } from '../report/readResultsFile.ts';
import {
  InputError,
  parseScenarioObject,
  type ResolvedScenario,
  resolveScenario,
} from '../scenario/index.ts';
import type { DrawOptions } from './drawOptions.ts';
import { LEADLINE_VERSION } from './version.ts';

export interface FromResultsOptions {
  draws?: string;
  seed?: string;
  fromLink?: string;
}

/** Refuses --from-results beside anything it would override. */
export function checkFromResultsClash(scenarios: readonly string[], opts: FromResultsOptions): void {
  const clash = [
    ...(scenarios.length > 0 ? ['scenario arguments'] : []),
    ...(opts.draws !== undefined ? ['--draws'] : []),
    ...(opts.seed !== undefined ? ['--seed'] : []),
    ...(opts.fromLink !== undefined ? ['--from-link'] : []),
  ];
  if (clash.length > 0) {
    throw new InputError([
      {
        file: 'option --from-results',
        path: [],
        expected:
          'no scenario arguments, --draws, --seed or --from-link beside it (the results file holds them)',
        found: clash.join(', '),
      },
    ]);
  }
}

/** The resolved scenarios and draws `file` describes; `workers` does not change the numbers. */
export function runFromResults(
  file: string,
  workers: number,
): { resolved: ResolvedScenario[]; draws: DrawOptions } {
  const doc = readResultsFile(file);
  if (doc.leadlineVersion !== LEADLINE_VERSION) {
    throw new InputError([
      {
        file,
        path: ['leadlineVersion'],
        expected: `results written by leadline ${LEADLINE_VERSION} (this version; another model version gives other numbers)`,
        found: JSON.stringify(doc.leadlineVersion),
      },
    ]);
  }
  const resolved = doc.runs.map((run, i) => {
    if (run.definition === undefined) {
      throw new InputError([
        {
          file,
          path: ['runs', i, 'definition'],
          expected:
            'the scenario in file form (written by leadline run since results documents describe themselves)',
          found: 'nothing',
        },
      ]);
    }
    const scenario = parseScenarioObject(run.definition, run.scenario, `${file} runs[${i}].definition`);
    return resolveScenario({ ...scenario, source: run.source });
  });
  checkRunCorrelations(resolved);
  return { resolved, draws: { draws: doc.draws, seed: doc.seed, workers } };
}
