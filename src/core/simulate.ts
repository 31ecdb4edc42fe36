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
 * Writes every series and scalar of `ws`; allocates nothing. With extent 'lead' it stops after
 * the lead (§2.5): the series up to it (LEAD_SERIES) are written, to the same bits as a full run,
 * and the open-weight and front series and the scalars are left as they were — for callers that
 * read only those series (per-draw lead outputs, sensitivity rows, paired policy runs).
 */

import { fillCapabilityPass } from './capabilityPass.ts';
import { N_CHANNELS } from './channels.ts';
import { fillComputePass } from './computePass.ts';
import { fillFrontsPass } from './frontsPass.ts';
import { fillLead } from './lead.ts';
import { fillOpenWeight } from './openWeight.ts';
import { N_PARAMS } from './paramNames.ts';
import { fillPrcProduction } from './prcProduction.ts';
import { CORE_SERIES_INFO, type SeriesName } from './series.ts';
import { fillWesternProduction } from './westernProduction.ts';
import type { Workspace } from './workspace.ts';

/** How far a run goes: every pass, or only as far as the lead (§2.5). */
export type RunExtent = 'all' | 'lead';

/** The series a run with extent 'lead' writes: every core series but the open-weight one (§2.6). */
export const LEAD_SERIES: readonly SeriesName[] = (Object.keys(CORE_SERIES_INFO) as SeriesName[]).filter(
  (name) => name !== 'openWeightCN',
);

const leadSeries = new Set<string>(LEAD_SERIES);

/** The shortest extent that writes every one of `series` ('all' when one is after the lead). */
export function extentFor(series: readonly SeriesName[]): RunExtent {
  return series.every((name) => leadSeries.has(name)) ? 'lead' : 'all';
}

export function simulate(
  params: Float64Array,
  schedule: Float64Array,
  ws: Workspace,
  extent: RunExtent = 'all',
): Workspace {
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
  if (extent === 'lead') return ws;
  fillOpenWeight(params, ws);
  fillFrontsPass(params, schedule, ws);
  return ws;
}
