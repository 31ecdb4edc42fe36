/**
 * The model quantities that measured history is compared with. Each is a monthly value read
 * from (or derived from) one run's series; an observation aggregates it over its window:
 *
 *   at    the value in the window's month (start = end)
 *   mean  the mean of the monthly values over the window
 *   sum   the sum over the window (flows only: H100e or chips per month → H100e or chips)
 *
 * `scale` is where errors are measured: 'log' compares log10 values (orders of magnitude),
 * 'linear' the values themselves. `sigmaFloor` is the smallest error standard deviation the
 * error model uses in that scale (errorModel.ts), a judgement of how finely the model can
 * resolve the quantity at all.
 */
import { fillLead, type SeriesColumns } from '../../core/index.ts';

export const QUANTITY_NAMES = [
  'leadMonths',
  'openWeightLagMonths',
  'trainingFlopUS',
  'trainingFlopCN',
  'huaweiProductionH100e',
  'huaweiChips',
  'smuggledH100e',
  'prcStockShare',
] as const;
export type QuantityName = (typeof QUANTITY_NAMES)[number];

export type Aggregate = 'at' | 'mean' | 'sum';
export type ErrorScale = 'linear' | 'log';

export interface QuantityInfo {
  /** Unit of an observation of it (of the sum, for flows). */
  readonly unit: string;
  readonly description: string;
  readonly scale: ErrorScale;
  /** True when the monthly value is a flow per month, observed as a sum over a window. */
  readonly flow: boolean;
  /** Model-discrepancy standard deviation, in the quantity's error scale (months, dex or share). */
  readonly discrepancySigma: number;
  /** Why that discrepancy (judgement). */
  readonly discrepancyReason: string;
}

export const QUANTITY_INFO: Readonly<Record<QuantityName, QuantityInfo>> = {
  leadMonths: {
    unit: 'months',
    description: 'US lead over the best PRC model (leadMonths)',
    scale: 'linear',
    flow: false,
    discrepancySigma: 1.5,
    discrepancyReason:
      "the model's lead is a smooth effective-compute distance; measured lags are release pairs on a benchmark index, which move in steps of a release interval (~3 months)",
  },
  openWeightLagMonths: {
    unit: 'months',
    description: 'months since the US frontier stood where the best PRC open-weight model stands',
    scale: 'linear',
    flow: false,
    discrepancySigma: 3,
    discrepancyReason:
      'the model shifts the PRC frontier by a fixed open-release lag; measured open–closed gaps include US open models and swing by months from one release to the next',
  },
  trainingFlopUS: {
    unit: 'FLOP',
    description: 'largest US training run (trainingFlopUS)',
    scale: 'log',
    flow: false,
    discrepancySigma: 0.2,
    discrepancyReason:
      "the largest run is one lab's choice in one month; the model has a smooth trend of run shares",
  },
  trainingFlopCN: {
    unit: 'FLOP',
    description: 'largest PRC training run (trainingFlopCN)',
    scale: 'log',
    flow: false,
    discrepancySigma: 0.2,
    discrepancyReason:
      'as for the US; PRC runs are also estimated by 6ND from model cards, which ignores post-training',
  },
  huaweiProductionH100e: {
    unit: 'H100e',
    description: 'Huawei Ascend output in H100e (productionHuawei, summed)',
    scale: 'log',
    flow: true,
    discrepancySigma: 0.15,
    discrepancyReason: 'annual output depends on yields and die-bank timing the model smooths',
  },
  huaweiChips: {
    unit: 'chips',
    description: 'Huawei Ascend chips made (productionHuawei / ascendPerf, summed)',
    scale: 'log',
    flow: true,
    discrepancySigma: 0.15,
    discrepancyReason: 'as for H100e; chip counts also mix 910B and 910C',
  },
  smuggledH100e: {
    unit: 'H100e',
    description: 'Western chips smuggled into the PRC (smuggled, summed)',
    scale: 'log',
    flow: true,
    discrepancySigma: 0.3,
    discrepancyReason: 'smuggling is modelled as a steady share of Western production',
  },
  prcStockShare: {
    unit: 'share',
    description: 'PRC-owned share of the world AI-chip stock: K_C / (K_C + K_W)',
    scale: 'linear',
    flow: false,
    discrepancySigma: 0.01,
    discrepancyReason: "the model's stocks are aggregates with one depreciation rate",
  },
};

export function isQuantityName(name: string): name is QuantityName {
  return (QUANTITY_NAMES as readonly string[]).includes(name);
}

/**
 * Reads quantities from one run. Holds one scratch column (the open-weight lag), filled by
 * `load`; allocates nothing after construction.
 */
export class QuantityReader {
  private series: SeriesColumns | null = null;
  private readonly openLag: Float64Array;
  private openLagReady = false;

  constructor(readonly nMonths: number) {
    this.openLag = new Float64Array(nMonths);
  }

  /** Points the reader at a run's series (which must hold at least nMonths months). */
  load(series: SeriesColumns): void {
    this.series = series;
    this.openLagReady = false;
  }

  /** The monthly value of `quantity` at month index m. */
  monthly(quantity: QuantityName, m: number): number {
    const s = this.series;
    if (s === null) throw new Error('QuantityReader: load() a run first');
    switch (quantity) {
      case 'leadMonths':
        return s.leadMonths[m];
      case 'openWeightLagMonths':
        if (!this.openLagReady) {
          // Lead of the US frontier u over the open-weight trajectory: months since u stood at it.
          fillLead(
            s.effectiveComputeUS.subarray(0, this.nMonths),
            s.openWeightCN.subarray(0, this.nMonths),
            this.openLag,
          );
          this.openLagReady = true;
        }
        return this.openLag[m];
      case 'trainingFlopUS':
        return s.trainingFlopUS[m];
      case 'trainingFlopCN':
        return s.trainingFlopCN[m];
      case 'huaweiProductionH100e':
        return s.productionHuawei[m];
      case 'huaweiChips':
        return s.productionHuawei[m] / s.ascendPerf[m];
      case 'smuggledH100e':
        return s.smuggled[m];
      case 'prcStockShare':
        return s.stockPRC[m] / (s.stockPRC[m] + s.stockWestern[m]);
    }
  }

  /** `quantity` aggregated over months first…last (inclusive). */
  aggregate(quantity: QuantityName, aggregate: Aggregate, first: number, last: number): number {
    if (aggregate === 'at') return this.monthly(quantity, last);
    let sum = 0;
    for (let m = first; m <= last; m++) sum += this.monthly(quantity, m);
    return aggregate === 'sum' ? sum : sum / (last - first + 1);
  }
}
