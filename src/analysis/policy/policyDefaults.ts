/**
 * Defaults of the policy analyses, in a file of their own so that the command line's help can
 * name them without loading the analyses (start-up, docs/PERFORMANCE.md).
 */

/** Draws of `discover` (PRIM needs many: judgement, as Bryant & Lempert 2010 use thousands). */
export const DEFAULT_DISCOVER_DRAWS = 10_000;
/** The box reported: the densest with at least this coverage (judgement; Bryant & Lempert 2010). */
export const DEFAULT_MIN_COVERAGE = 0.5;

/** Start months of the package compared by `window`. */
export const DEFAULT_WINDOW_STARTS = ['2026-07', '2027-01', '2027-07', '2028-01', '2028-07'] as const;
/** Months of the lead reported by `window`. */
export const DEFAULT_WINDOW_MONTHS = ['2028-12', '2030-12'] as const;
