/** Options of `history`, `calibrate` and `--condition-on-history`, parsed and checked at the boundary. */
import { readFileSync } from 'node:fs';
import { defaultObservations } from '../analysis/history/defaultObservations.ts';
import { type Observation, parseObservations } from '../analysis/history/observations.ts';
import { monthLabel, parseMonth } from '../core/index.ts';
import { InputError } from '../scenario/errors.ts';

/**
 * Most draws `leadline history` takes: it keeps every draw's monthly values of each observed
 * quantity in memory (8 quantities × ~47 months × 8 bytes ≈ 3 kB a draw).
 */
export const MAX_HISTORY_DRAWS = 100_000;
/** Most draws --condition-on-history takes: one model value per draw and observation (~0.2 kB a draw) and a re-run of each draw. */
export const MAX_CONDITIONED_DRAWS = 1_000_000;

/** Refuses more draws than `max` for `what` (bad input, exit 2). */
export function limitDraws(draws: number, max: number, what: string): void {
  if (draws > max) {
    throw new InputError([
      {
        file: 'option --draws',
        path: [],
        expected: `at most ${max.toLocaleString('en-US')} draws for ${what}`,
        found: String(draws),
      },
    ]);
  }
}

/** The calibration sees observations up to this month unless told otherwise. */
export const DEFAULT_CUTOFF = '2024-12';

/** The observations: data/observed.csv as shipped, or the file given with --observations. */
export function loadObservations(file: string | undefined): Observation[] {
  if (file === undefined) return defaultObservations();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError([
      {
        file,
        path: [],
        expected: 'a readable CSV file',
        found: (error as NodeJS.ErrnoException).code ?? 'an error',
      },
    ]);
  }
  return parseObservations(text, file);
}

/** A month option (YYYY-MM, from 2023-01) as a month index. */
export function monthOption(name: string, text: string | undefined, fallback: string): number {
  const value = parseMonth(text ?? fallback);
  if (!(value >= 0)) {
    throw new InputError([
      {
        file: `option ${name}`,
        path: [],
        expected: 'a month YYYY-MM from 2023-01',
        found: JSON.stringify(text),
      },
    ]);
  }
  return value;
}

/** This month, UTC, as YYYY-MM (the default end of the history charts). */
export function currentMonth(now: Date = new Date()): string {
  return monthLabel(parseMonth(`${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`));
}
