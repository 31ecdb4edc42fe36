/**
 * §3–§6 The other fronts and the security indicators. Runs after the lead is known.
 *   neckAndNeck = 1 when |L| < raceThresholdMonths;  safetyMargin = L − preDeploymentTestingMonths.
 */
import { P } from './paramNames.ts';
import type { Workspace } from './workspace.ts';

export function fillFrontsPass(params: Float64Array, _schedule: Float64Array, ws: Workspace): void {
  const s = ws.series;
  const race = params[P.raceThresholdMonths];
  const testing = params[P.preDeploymentTestingMonths];
  for (let m = 0; m < ws.nMonths; m++) {
    const lead = s.leadMonths[m];
    s.neckAndNeck[m] = Math.abs(lead) < race ? 1 : 0;
    s.safetyMarginMonths[m] = lead - testing;
  }
}
