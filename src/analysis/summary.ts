/** The numbers of the main table for one central run (src/analysis/results.ts RunSummary). */
import { monthLabel, type Workspace } from '../core/index.ts';
import { at, meanOverYear, sumOverYear } from './calendar.ts';
import { describeWorld, OUTCOME_MONTH, worldOf } from './outcomes.ts';
import type { RunSummary } from './results.ts';

/** Huawei's annual output as a fraction of NVIDIA's in `year` (spec PC1, PC2). */
export function huaweiShareOfNvidia(ws: Workspace, year: number): number {
  return sumOverYear(ws.series.productionHuawei, year) / sumOverYear(ws.series.productionNvidia, year);
}

export function summarizeRun(ws: Workspace): RunSummary {
  const s = ws.series;
  const lead2028 = s.leadMonths[OUTCOME_MONTH];
  const world = worldOf(lead2028);
  const mythos = ws.scalars.openWeightMythosMonth;
  return {
    leadMonths2026_05: at(s.leadMonths, 2026, 5),
    leadMonths2027_12: at(s.leadMonths, 2027, 12),
    leadMonths2028_12: lead2028,
    computeUS2028: meanOverYear(s.computeUS, 2028),
    computeCN2028: meanOverYear(s.computeCN, 2028),
    computeRatio2028: meanOverYear(s.computeUS, 2028) / meanOverYear(s.computeCN, 2028),
    huaweiShareOfNvidia2026: huaweiShareOfNvidia(ws, 2026),
    huaweiShareOfNvidia2027: huaweiShareOfNvidia(ws, 2027),
    openWeightMythosMonth: mythos >= 0 && mythos < ws.nMonths ? monthLabel(mythos) : null,
    adoptionUS2028: meanOverYear(s.adoptionUS, 2028),
    adoptionCN2028: meanOverYear(s.adoptionCN, 2028),
    globalShareUS2028: meanOverYear(s.globalShareUS, 2028),
    resilienceUS2028: meanOverYear(s.resilienceUS, 2028),
    resilienceCN2028: meanOverYear(s.resilienceCN, 2028),
    safetyMarginMonths2028_12: s.safetyMarginMonths[OUTCOME_MONTH],
    verdict: world,
    verdictText: describeWorld(world, lead2028),
  };
}
