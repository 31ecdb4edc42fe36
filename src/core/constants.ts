/** Calendar constants only; every modelled number lives in the parameter table. */

/** Seconds in an average Gregorian month: 365.25 × 86,400 / 12. */
export const SECONDS_PER_MONTH = 2_629_800;

/**
 * Smallest growth rate (OOM per month) used when a trajectory is extrapolated backward
 * before the first month. A numerical floor against division by zero, far below any growth
 * the model produces (frontier effective compute grows ~0.1 OOM per month).
 */
export const MIN_BACKCAST_GROWTH_OOM_PER_MONTH = 1e-6;

/** Below this catch-up rate (per month) the relaxation is treated as absent (avoids 0/0). */
export const MIN_CATCH_UP_RATE = 1e-12;
