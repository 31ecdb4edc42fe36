/**
 * §2.6 Open-weight diffusion of dangerous capability.
 *
 * The best PRC open-weight model trails the PRC frontier by an effective lag
 *   lag = openReleaseLagMonths + (1/openReleaseShare − 1) · frontierReleaseIntervalMonths
 * (the release lag, plus the expected wait for the next frontier model to be released open when
 * only a share of them are: a geometric number of release intervals). Its effective compute is
 * c(t − lag), by linear interpolation (backward extrapolation before the first month). The
 * output is the first month in which it reaches the US frontier of the reference month
 * (2026-04, Mythos Preview, P14); −1 when not before the horizon.
 */
import { MIN_BACKCAST_GROWTH_OOM_PER_MONTH } from './constants.ts';
import { P } from './paramNames.ts';
import { monthIndexOfDecimalYear } from './time.ts';
import type { Workspace } from './workspace.ts';

export function openWeightLagMonths(params: Float64Array): number {
  const share = params[P.openReleaseShare];
  return params[P.openReleaseLagMonths] + (1 / share - 1) * params[P.frontierReleaseIntervalMonths];
}

export function fillOpenWeight(params: Float64Array, ws: Workspace): void {
  const n = ws.nMonths;
  const c = ws.series.effectiveComputeCN;
  const u = ws.series.effectiveComputeUS;
  const open = ws.series.openWeightCN;
  const lag = openWeightLagMonths(params);
  const growth0 = Math.max(c[1] - c[0], MIN_BACKCAST_GROWTH_OOM_PER_MONTH);
  for (let m = 0; m < n; m++) {
    const at = m - lag;
    if (at <= 0) {
      open[m] = c[0] + growth0 * at;
    } else {
      const j = Math.floor(at);
      const frac = at - j;
      open[m] = j + 1 < n ? c[j] + (c[j + 1] - c[j]) * frac : c[j];
    }
  }
  const refMonth = Math.min(Math.max(monthIndexOfDecimalYear(params[P.mythosReferenceYear]), 0), n - 1);
  const referenceLevel = u[refMonth];
  let found = -1;
  for (let m = 0; m < n; m++) {
    if (open[m] >= referenceLevel) {
      found = m;
      break;
    }
  }
  ws.scalars.openWeightMythosMonth = found;
}
