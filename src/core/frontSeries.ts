/** Series of the other three fronts and the security indicators (spec §3–§6). */
import type { SeriesInfo } from './series.ts';

export const FRONT_SERIES_INFO = {
  neckAndNeck: { unit: 'flag', description: '1 when |lead| < raceThresholdMonths (neck-and-neck race)' },
  safetyMarginMonths: { unit: 'months', description: 'Lead less the pre-deployment testing time' },
} as const satisfies Record<string, SeriesInfo>;
