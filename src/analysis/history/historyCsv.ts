/**
 * The history's observations as CSV: one row per observation with the model beside it (central
 * run, the draws' median and 10–90% band, the refit central run), the residual z of the median
 * and whether the band agrees. Numbers in full precision; empty cells where none exists.
 */
import { csvOf } from '../policy/policyCsv.ts';
import type { HistoryResult } from './historyRun.ts';

export function historyCsv(h: HistoryResult): string {
  return csvOf(
    [
      'id',
      'quantity',
      'window',
      'aggregate',
      'kind',
      'observed',
      'observed_low',
      'observed_high',
      'unit',
      'before_cutoff',
      'independent',
      'model_central',
      'model_median',
      'model_p10',
      'model_p90',
      'refit_central',
      'z',
      'inside_band',
      'source_url',
    ],
    h.observations.map((o) => [
      o.id,
      o.quantity,
      o.window,
      o.aggregate,
      o.kind,
      o.value,
      o.low,
      o.high,
      o.unit,
      o.beforeCutoff,
      o.independent,
      o.central,
      o.median,
      o.p10,
      o.p90,
      o.refit,
      o.z,
      o.inside,
      o.url,
    ]),
  );
}
