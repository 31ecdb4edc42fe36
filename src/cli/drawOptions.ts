/** The Monte Carlo options shared by `run` and `compare`, parsed and checked at the boundary. */
import { availableParallelism } from 'node:os';
import { InputError } from '../scenario/errors.ts';

export const DEFAULT_DRAWS = 2000;
export const DEFAULT_SEED = 1;
/** Largest draw count accepted on the command line. */
export const MAX_DRAWS = 10_000_000;

export interface DrawOptions {
  readonly draws: number;
  readonly seed: number;
  readonly workers: number;
}

function integerOption(
  name: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new InputError([
      {
        file: `option ${name}`,
        path: [],
        expected: `a whole number from ${min} to ${max}`,
        found: JSON.stringify(text),
      },
    ]);
  }
  return value;
}

export function parseDrawOptions(opts: { draws?: string; seed?: string; workers?: string }): DrawOptions {
  return {
    draws: integerOption('--draws', opts.draws, DEFAULT_DRAWS, 0, MAX_DRAWS),
    seed: integerOption('--seed', opts.seed, DEFAULT_SEED, 0, Number.MAX_SAFE_INTEGER),
    workers: integerOption('--workers', opts.workers, availableParallelism(), 1, 256),
  };
}
