/**
 * One deterministic run of the engine.
 *
 *   parameter vector + policy schedule
 *     → Western production (westernProduction.ts)         §1.1
 *     → PRC production (prcProduction.ts)                  §1.2
 *     → flows, stocks, accessible and training compute      §1.3–1.4, §2.1 (computePass.ts)
 *     → algorithmic progress, catch-up, capability          §2.2–2.4 (capabilityPass.ts)
 *     → lead in months                                      §2.5 (lead.ts)
 *     → open-weight diffusion                               §2.6 (openWeight.ts)
 *     → other fronts and security indicators                §3–§6 (frontsPass.ts)
 *   → columns in the workspace (one Float64Array per series)
 *
 * Writes every series and scalar of `ws`; allocates nothing.
 */

import { fillCapabilityPass } from './capabilityPass.ts';
import { N_CHANNELS } from './channels.ts';
import { fillComputePass } from './computePass.ts';
import { fillFrontsPass } from './frontsPass.ts';
import { fillLead } from './lead.ts';
import { fillOpenWeight } from './openWeight.ts';
import { N_PARAMS } from './paramNames.ts';
import { fillPrcProduction } from './prcProduction.ts';
import { fillWesternProduction } from './westernProduction.ts';
import type { Workspace } from './workspace.ts';

export function simulate(params: Float64Array, schedule: Float64Array, ws: Workspace): Workspace {
  if (params.length !== N_PARAMS)
    throw new RangeError(`params has ${params.length} values, expected ${N_PARAMS}`);
  if (schedule.length !== N_CHANNELS * ws.nMonths) {
    throw new RangeError(`schedule has ${schedule.length} values, expected ${N_CHANNELS * ws.nMonths}`);
  }
  fillWesternProduction(params, ws);
  fillPrcProduction(params, schedule, ws);
  fillComputePass(params, schedule, ws);
  fillCapabilityPass(params, schedule, ws);
  fillLead(ws.series.effectiveComputeUS, ws.series.effectiveComputeCN, ws.series.leadMonths);
  fillOpenWeight(params, ws);
  fillFrontsPass(params, schedule, ws);
  return ws;
}
