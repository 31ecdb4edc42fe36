/** The numbers of the main table for one central run (src/analysis/results.ts RunSummary). */
import { monthLabel, type Workspace } from '../core/index.ts';
import { at, sumOverYear } from './calendar.ts';
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
    computeUS2028_12: s.computeUS[OUTCOME_MONTH],
    computeCN2028_12: s.computeCN[OUTCOME_MONTH],
    computeRatio2028_12: s.computeRatio[OUTCOME_MONTH],
    huaweiShareOfNvidia2026: huaweiShareOfNvidia(ws, 2026),
    huaweiShareOfNvidia2027: huaweiShareOfNvidia(ws, 2027),
    openWeightMythosMonth: mythos >= 0 && mythos < ws.nMonths ? monthLabel(mythos) : null,
    adoptionUS2028_12: s.adoptionUS[OUTCOME_MONTH],
    adoptionCN2028_12: s.adoptionCN[OUTCOME_MONTH],
    globalShareUS2028_12: s.globalShareUS[OUTCOME_MONTH],
    resilienceUS2028_12: s.resilienceUS[OUTCOME_MONTH],
    resilienceCN2028_12: s.resilienceCN[OUTCOME_MONTH],
    safetyMarginMonths2028_12: s.safetyMarginMonths[OUTCOME_MONTH],
    verdict: world,
    verdictText: describeWorld(world, lead2028, 'lead at central parameters'),
  };
}
