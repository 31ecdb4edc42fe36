/** Series of the other three fronts and the security indicators (spec §3–§6). */
import type { SeriesInfo } from './series.ts';

export const FRONT_SERIES_INFO = {
  // §3 domestic adoption
  adoptionUS: {
    unit: 'share of firms',
    description: 'US domestic adoption A_US: share of firms using AI in production',
  },
  adoptionCN: {
    unit: 'share of firms',
    description: 'PRC domestic adoption A_CN: share of firms using AI in production',
  },
  adoptionThrottleUS: {
    unit: 'share',
    description:
      'min(1, inference supply / inference demand) in the US: 1 when compute does not hold adoption back',
  },
  adoptionThrottleCN: {
    unit: 'share',
    description:
      'min(1, inference supply / inference demand) in the PRC: 1 when compute does not hold adoption back',
  },
  // §4 global distribution
  globalShareUS: {
    unit: 'share',
    description: 'US share s_US of third-country AI-stack deployment (s_US + s_CN = 1)',
  },
  globalShareCN: {
    unit: 'share',
    description: 'PRC share s_CN of third-country AI-stack deployment (s_US + s_CN = 1)',
  },
  // §5 resilience
  resilienceUS: {
    unit: 'share of jobs/year',
    description:
      'Resilience index, illustrative (no calibration target): US adaptation capacity less transition stress (speed of adoption × exposed share of jobs); below 0 the transition outpaces adaptation',
  },
  resilienceCN: {
    unit: 'share of jobs/year',
    description:
      'Resilience index, illustrative (no calibration target): PRC adaptation capacity less transition stress (speed of adoption × exposed share of jobs); below 0 the transition outpaces adaptation',
  },
  // §6 security indicators
  neckAndNeck: {
    unit: 'flag',
    description: '1 when |lead| < raceThresholdMonths (a race too close to test carefully, §6)',
  },
  safetyMarginMonths: { unit: 'months', description: 'Lead less the pre-deployment testing time' },
} as const satisfies Record<string, SeriesInfo>;
