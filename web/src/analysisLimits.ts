/**
 * Draws of the page's target, discover and history views: the page's draws, capped so that each
 * finishes in seconds on a 2-core machine (docs/explorer.md). The least-policy search runs every
 * setting it visits on all its draws (about 2,600 settings from the baseline); discovery needs
 * enough draws on both sides of the claim for PRIM; history costs about the same at any count
 * (its time is the calibration, about 2 s).
 */

/** Paired draws of the least-policy search at most: ~2,600 settings × 100 draws, 19 s in Chromium on 2 cores at load 6. */
export const PAGE_TARGET_DRAWS = 100;
/** Draws of discovery at most (the CLI's default is 10,000; 2,000 take ~2 s). */
export const PAGE_DISCOVER_DRAWS = 2000;
/** Draws of discovery at least (PRIM needs enough draws on both sides of the claim). */
export const PAGE_DISCOVER_MIN_DRAWS = 100;
/** Draws of history at most (the bands; the calibration, ~2 s, does not depend on them). */
export const PAGE_HISTORY_DRAWS = 2000;

/** Narrowest drawing width [px] of these charts; they are scaled down to the column below it. */
export const MIN_ANALYSIS_CHART_WIDTH = 680;
