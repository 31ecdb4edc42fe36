/**
 * Every monthly series the engine writes, with its unit. A run's result is a plain
 * `Record<SeriesName, Float64Array>`, one number per month.
 */
import { FRONT_SERIES_INFO } from './frontSeries.ts';

export interface SeriesInfo {
  readonly unit: string;
  readonly description: string;
}

export const CORE_SERIES_INFO = {
  // §1 compute supply
  productionWestern: { unit: 'H100e/month', description: 'Western (non-PRC) AI-accelerator production' },
  productionNvidia: { unit: 'H100e/month', description: "NVIDIA's share of Western production" },
  productionHuawei: {
    unit: 'H100e/month',
    description: 'Huawei Ascend production: min(logic, HBM) × H100e per chip',
  },
  productionPRC: {
    unit: 'H100e/month',
    description: 'All PRC domestic production (Huawei and other vendors)',
  },
  prcLogicChips: {
    unit: 'chips/month',
    description: 'Ascend chips the PRC can make on logic (SMIC and die bank)',
  },
  prcHbmChips: { unit: 'chips/month', description: 'Ascend chips the PRC can equip with HBM' },
  ascendPerf: { unit: 'H100e/chip', description: 'H100-equivalents per Ascend chip (roadmap)' },
  exportsLegal: { unit: 'H100e/month', description: 'Licensed Western exports to the PRC' },
  smuggled: { unit: 'H100e/month', description: 'Western chips smuggled into the PRC' },
  rentedShare: { unit: 'share', description: 'Share ρ of Western stock rented by PRC labs abroad' },
  stockWestern: { unit: 'H100e', description: 'Western-controlled stock K_W' },
  stockPRC: { unit: 'H100e', description: 'PRC-owned stock K_C' },
  computeUS: { unit: 'H100e', description: 'Compute accessible to US-bloc labs A_US = (1−ρ)K_W' },
  computeCN: { unit: 'H100e', description: 'Compute accessible to PRC labs A_CN = K_C + ρK_W' },
  computeRatio: { unit: 'x', description: 'Accessible-compute ratio R = A_US / A_CN' },
  // §2 intelligence
  trainingFlopUS: { unit: 'FLOP', description: 'Largest US training run started this month' },
  trainingFlopCN: { unit: 'FLOP', description: 'Largest PRC training run started this month' },
  algoProgressUS: { unit: 'OOM/year', description: 'US algorithmic progress rate α_US (with AI-R&D boost)' },
  algoProgressCN: { unit: 'OOM/year', description: 'PRC algorithmic progress rate α_CN (with AI-R&D boost)' },
  boostUS: { unit: 'fraction', description: 'AI-accelerated R&D boost to US algorithmic progress' },
  boostCN: { unit: 'fraction', description: 'AI-accelerated R&D boost to PRC algorithmic progress' },
  distillThreshold: {
    unit: 'share',
    description: 'θ(T_CN): how far PRC compute clears the distillation threshold',
  },
  catchUpRateCN: { unit: '1/year', description: 'κ_CN: rate at which the PRC closes the gap' },
  effectiveComputeUS: {
    unit: 'log10 FLOP',
    description: 'US frontier effective compute u = log10 T_US + a_US',
  },
  effectiveComputeCN: {
    unit: 'log10 FLOP',
    description: 'PRC frontier effective compute c = log10 T_CN + a_CN',
  },
  gapOOM: { unit: 'OOM', description: 'Effective-compute gap G = u − c' },
  capabilityUS: { unit: 'ECI', description: 'US frontier capability (Epoch Capabilities Index scale)' },
  capabilityCN: { unit: 'ECI', description: 'PRC frontier capability (Epoch Capabilities Index scale)' },
  leadMonths: {
    unit: 'months',
    description: 'US lead: months since the US frontier stood where the PRC stands (negative: PRC leads)',
  },
  openWeightCN: { unit: 'log10 FLOP', description: 'Effective compute of the best PRC open-weight model' },
} as const satisfies Record<string, SeriesInfo>;

export const SERIES_INFO = { ...CORE_SERIES_INFO, ...FRONT_SERIES_INFO } as const;

export type SeriesName = keyof typeof SERIES_INFO;
export const SERIES_NAMES = Object.keys(SERIES_INFO) as SeriesName[];

/** A run's output: one Float64Array of nMonths values per series. */
export type SeriesColumns = Record<SeriesName, Float64Array>;
