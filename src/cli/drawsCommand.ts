/**
 * `leadline draws SCENARIO ... --draws N --output series@YYYY-MM ... [--params]`: one CSV row per
 * Monte Carlo draw, streamed block by block (constant memory at any draw count, awaiting the
 * writer between blocks), the same bits for any number of workers. Columns: draw index, seed,
 * each output (and with --params every parameter) — prefixed "scenario:" when several
 * scenarios are run on the same, paired draws.
 */
import {
  drawOutputProblem,
  evaluateDraws,
  outputsBeyondHorizon,
  parseDrawOutput,
} from '../analysis/index.ts';
import { nodeWorkers } from '../analysis/node.ts';
import { PARAM_NAMES } from '../core/index.ts';
import { InputError } from '../scenario/index.ts';
import type { DrawOptions } from './drawOptions.ts';
import { resolveArgs } from './runCommand.ts';

export const DEFAULT_DRAW_OUTPUTS = ['leadMonths@2028-12'] as const;

/** Checks every --output before anything runs; all bad ones in one InputError. */
function parseOutputs(texts: readonly string[]) {
  const issues = texts.flatMap((text) => {
    const problem = drawOutputProblem(text);
    return problem === null
      ? []
      : [{ file: 'option --output', path: [], expected: problem, found: JSON.stringify(text) }];
  });
  if (issues.length > 0) throw new InputError(issues);
  return texts.map(parseDrawOutput);
}

/** A number as CSV: shortest round-trip text (outputs past a horizon are refused before the run). */
const cell = (x: number): string => String(x);

export async function streamDraws(
  args: readonly string[],
  draws: DrawOptions,
  opts: { outputs: readonly string[]; params: boolean },
  write: (text: string) => void | Promise<void>,
): Promise<void> {
  const outputs = parseOutputs(opts.outputs.length > 0 ? opts.outputs : DEFAULT_DRAW_OUTPUTS);
  if (draws.draws < 1) {
    throw new InputError([
      { file: 'option --draws', path: [], expected: 'at least 1 draw', found: String(draws.draws) },
    ]);
  }
  const resolved = resolveArgs(args, ['baseline']);
  const beyond = outputsBeyondHorizon(resolved, outputs, 'option --output');
  if (beyond.length > 0) throw new InputError(beyond);
  const prefix = (s: number): string => (resolved.length > 1 ? `${resolved[s].scenario.name}:` : '');
  const header = ['draw', 'seed'];
  resolved.forEach((_, s) => {
    for (const text of opts.outputs.length > 0 ? opts.outputs : DEFAULT_DRAW_OUTPUTS)
      header.push(`${prefix(s)}${text}`);
  });
  if (opts.params) {
    for (let s = 0; s < resolved.length; s++) {
      for (const name of PARAM_NAMES) header.push(`${prefix(s)}${name}`);
    }
  }
  await write(`${header.join(',')}\n`);
  const nOut = outputs.length;
  const nParams = PARAM_NAMES.length;
  await evaluateDraws(
    resolved,
    { draws: draws.draws, seed: draws.seed },
    {
      outputs,
      params: opts.params,
      workers: draws.workers,
      spawn: nodeWorkers,
      onBlock: (block) => {
        const lines: string[] = [];
        for (let d = 0; d < block.n; d++) {
          const row = [String(block.first + d), String(draws.seed)];
          for (const values of block.values)
            for (let o = 0; o < nOut; o++) row.push(cell(values[d * nOut + o]));
          if (block.params) {
            for (const vectors of block.params)
              for (let p = 0; p < nParams; p++) row.push(cell(vectors[d * nParams + p]));
          }
          lines.push(row.join(','));
        }
        return write(`${lines.join('\n')}\n`);
      },
    },
  );
}
