/** §1 Compute supply: production, exports, smuggling, remote access, stocks. */
import type { ParamSpec } from './paramSpec.ts';

export const COMPUTE_PARAMS: readonly ParamSpec[] = [
  {
    name: 'h100FlopPerSecond', unit: 'FLOP/s per H100e', central: 9.89e14, dist: { kind: 'fixed' }, sources: ['B15'],
    range: [9.89e14, 9.89e14], note: 'Definition of the unit: H100 SXM peak dense BF16.',
  },
  {
    name: 'westernProduction2023', unit: 'H100e/year', central: 1.24e6, dist: { kind: 'lognormal90', p5: 1.0e6, p95: 1.55e6 },
    sources: ['B04', 'B05'], range: [1e5, 1e7],
    note: 'Delivered compute added in 2023 (1.57M − 0.28M H100e, B04) less Huawei (~0.05M). Epoch 90% intervals are ~2x wide (B01); ±25% here.',
  },
  {
    name: 'westernProduction2024', unit: 'H100e/year', central: 4.8e6, dist: { kind: 'lognormal90', p5: 3.9e6, p95: 5.9e6 },
    sources: ['B04', 'B05'], range: [1e6, 3e7], note: 'Added in 2024: 6.51M − 1.57M H100e (B04) less Huawei (~0.13M, B05).',
  },
  {
    name: 'westernProduction2025', unit: 'H100e/year', central: 1.31e7, dist: { kind: 'lognormal90', p5: 1.05e7, p95: 1.6e7 },
    sources: ['B04', 'B05', 'B03'], range: [3e6, 6e7], note: 'Added in 2025: 20.08M − 6.51M H100e (B04) less Huawei (~0.5M, B05).',
  },
  {
    name: 'westernProduction2026', unit: 'H100e/year', central: 2.5e7, dist: { kind: 'lognormal90', p5: 1.9e7, p95: 3.3e7 },
    sources: ['B07', 'B12', 'B13'], range: [5e6, 1.5e8],
    note: 'Q1 2026 run-rate: NVIDIA 3.39M + TPU 0.85M H100e per quarter (B07), ~4.6M with AMD and Trainium, rising through the year on the Blackwell/Rubin order book (B12, B13).',
  },
  {
    name: 'westernGrowth2027', unit: 'x/year', central: 1.7, dist: { kind: 'triangular', low: 1.3, high: 2.3 },
    sources: ['B13', 'B02'], range: [1, 4],
    note: 'Growth of annual production in 2027: $1T of Blackwell+Rubin orders through 2027 (B13), below the 3.3x/yr of 2022–25 (B02).',
  },
  {
    name: 'westernGrowthLongRun', unit: 'x/year', central: 1.35, dist: { kind: 'triangular', low: 1.1, high: 1.7 },
    sources: ['D04', 'B02'], range: [1, 3],
    note: 'Long-run growth once spending growth slows: price-performance alone gives ~1.3x/yr (D04).',
  },
  {
    name: 'westernGrowthEasingYears', unit: 'years', central: 2, dist: { kind: 'uniform', low: 1, high: 4 }, sources: ['B02'],
    range: [0.25, 10], note: 'e-folding time of the move from the 2027 growth rate to the long-run rate. Judgement.',
  },
  {
    name: 'nvidiaShareOfWestern', unit: 'share', central: 0.69, dist: { kind: 'triangular', low: 0.62, high: 0.76 },
    sources: ['B05', 'B07'], range: [0.3, 1],
    note: 'NVIDIA 66.8% of cumulative H100e with Huawei 3.5% (B05): 69% of non-PRC; Q1 2026 flow ~71% (B07).',
  },
  {
    name: 'smicAdvancedWpm2025', unit: 'wafers/month', central: 45000, dist: { kind: 'triangular', low: 35000, high: 55000 },
    sources: ['B25'], range: [1000, 500000], note: 'SMIC advanced-node (7nm-class) capacity at end-2025 (B25).',
  },
  {
    name: 'smicCapacityGrowth', unit: 'x/year', central: 1.33, dist: { kind: 'triangular', low: 1.1, high: 1.5 },
    sources: ['B25'], range: [1, 3], note: '45k → 60k → 80k wafers/month over 2025–2027 (B25): ~1.33x/yr under current controls.',
  },
  {
    name: 'ascendWaferShare', unit: 'share', central: 0.06, dist: { kind: 'triangular', low: 0.04, high: 0.12 },
    sources: ['B05', 'B23'], calibrated: 'Huawei output of 2023–2024 (~0.18M H100e cumulative by end-2024, B05; ≤200k chips in 2025 per Commerce, B23)',
    range: [0.01, 1], note: 'Share of SMIC advanced capacity making Ascend dies; the rest serves phones and other customers.',
  },
  {
    name: 'grossDiesPerWafer', unit: 'dies/wafer', central: 80, dist: { kind: 'fixed' }, sources: ['B16'], range: [80, 80],
    note: 'Own calculation for a ~670 mm² Ascend die on a 300 mm wafer: π·150²/670 − π·300/√(2·670) ≈ 105 − 26 = 80.',
  },
  {
    name: 'smicYield', unit: 'share', central: 0.35, dist: { kind: 'triangular', low: 0.2, high: 0.5 }, sources: ['B26'],
    range: [0.05, 1], note: 'SMIC N+2 yield for large AI dies, ~30–40% at end-2025 (B26; low-confidence).',
  },
  {
    name: 'diesPerAscendChip', unit: 'dies/chip', central: 2, dist: { kind: 'fixed' }, sources: ['B16'], range: [2, 2],
    note: 'The 910C is a dual-die package (B16).',
  },
  {
    name: 'dieBankChips', unit: 'chips', central: 1.25e6, dist: { kind: 'triangular', low: 1.0e6, high: 1.5e6 }, sources: ['B25', 'B27'],
    range: [0, 5e6], note: '2–2.9M TSMC-made Ascend dies (B25, B27), two per chip; drawn down from 2025-01.',
  },
  {
    name: 'dieBankDrawdownMonths', unit: 'months', central: 18, dist: { kind: 'uniform', low: 9, high: 30 }, sources: ['B25'],
    range: [1, 120], note: 'e-folding time of the die-bank drawdown. Judgement; the die bank rarely binds because HBM does.',
  },
  {
    name: 'hbmStockpileChips', unit: 'chips', central: 1.6e6, dist: { kind: 'triangular', low: 1.2e6, high: 1.8e6 }, sources: ['B25', 'P16'],
    range: [0, 5e6], note: '13M HBM stacks stockpiled before the 2024-12 controls, enough for ~1.6M 910C (B25).',
  },
  {
    name: 'hbmStockpileDrawdownMonths', unit: 'months', central: 30, dist: { kind: 'uniform', low: 18, high: 42 },
    sources: ['B25', 'B05'], calibrated: 'Huawei 2025 output: ~0.52M H100e (B05), ~805k chips (B25)', range: [1, 240],
    note: 'e-folding time of the stockpile drawdown: a third of it used in 2025.',
  },
  {
    name: 'hbmDomesticChips2026', unit: 'chips/month', central: 30000, dist: { kind: 'lognormal90', p5: 12000, p95: 60000 },
    sources: ['B25', 'P16'], calibrated: 'PC1 (Huawei ≈ 4% of NVIDIA in 2026)', range: [0, 1e6],
    note: 'Chip-sets of domestic (CXMT-class) HBM in 2026-01. No direct datum: set so the HBM-bound output matches PC1.',
  },
  {
    name: 'hbmDomesticGrowth', unit: 'x/year', central: 1.4, dist: { kind: 'triangular', low: 1.1, high: 2.2 },
    sources: ['P16', 'B25'], calibrated: 'PC2 (Huawei ≈ 2% of NVIDIA in 2027)', range: [1, 5],
    note: 'Growth of domestic HBM under current controls. Set so that 2027 output matches PC2 within its band.',
  },
  {
    name: 'hbmImportChipsPerMonth', unit: 'chips/month', central: 120000, dist: { kind: 'uniform', low: 60000, high: 200000 },
    sources: ['B25'], range: [0, 1e6],
    note: 'HBM the PRC can import while HBM sales are open (before 2024-12, or loosened): 11.4M Samsung stacks ≈ 1.4M chips in about a year (B25).',
  },
  {
    name: 'controlGrowthSensitivity', unit: 'fraction', central: 0.5, dist: { kind: 'uniform', low: 0.25, high: 0.75 },
    sources: ['P16'], range: [0, 0.95],
    note: 'How much tightened (loosened) SME or HBM controls slow (speed) the growth of PRC logic and HBM capacity: growth exponent × (1 ∓ this). Judgement.',
  },
  {
    name: 'ascendPerf910B', unit: 'H100e/chip', central: 0.38, dist: { kind: 'triangular', low: 0.3, high: 0.45 }, sources: ['B16'],
    range: [0.05, 5], note: 'One 910B-class die, about half a 910C (B16).',
  },
  {
    name: 'ascendPerf910C', unit: 'H100e/chip', central: 0.81, dist: { kind: 'triangular', low: 0.65, high: 0.85 }, sources: ['B16'],
    range: [0.1, 5], note: '~800 TFLOP/s dense FP16 / 989 (B16).',
  },
  {
    name: 'ascendPerf960', unit: 'H100e/chip', central: 1.0, dist: { kind: 'triangular', low: 0.85, high: 1.2 }, sources: ['B18', 'B22'],
    range: [0.1, 10], note: 'Ascend 960 (Q4 2027) roughly matches an H200 (B22): ~1 H100e.',
  },
  {
    name: 'ascendPerf970', unit: 'H100e/chip', central: 2.0, dist: { kind: 'triangular', low: 1.4, high: 2.2 }, sources: ['B18'],
    range: [0.1, 20], note: 'Ascend 970 (Q4 2028) doubles the 960 in FP8 (B18).',
  },
  {
    name: 'ascendPerfGrowthAfterRoadmap', unit: 'x/year', central: 1.3, dist: { kind: 'triangular', low: 1.1, high: 1.5 }, sources: ['D04'],
    range: [1, 3], note: 'Past the published roadmap: GPU price-performance trend (D04).',
  },
  {
    name: 'ascendRoadmapDelayYears', unit: 'years', central: 0.25, dist: { kind: 'triangular', low: 0, high: 1 }, sources: ['B17', 'B18'],
    range: [0, 5], note: 'Slip of the 960 and 970 dates; the 950 already regressed on some metrics (B17). Judgement.',
  },
  {
    name: 'otherPrcVendorsShare', unit: 'fraction of Huawei', central: 0.18, dist: { kind: 'triangular', low: 0.08, high: 0.35 },
    sources: ['B05'], range: [0, 2], note: 'Huawei is ~85% of China’s 2025 compute additions (B05): others ≈ 15/85 of Huawei.',
  },
  {
    name: 'exportShareH20', unit: 'share of P_W', central: 0.03, dist: { kind: 'triangular', low: 0.015, high: 0.05 },
    sources: ['G01', 'G08'], range: [0, 0.5],
    note: 'H100e exported per H100e produced when H20s sell freely: China ~13% of NVIDIA revenue (G01), an H20 ≈ 1/6.5 of an H200 (G08).',
  },
  {
    name: 'exportShareH200', unit: 'share of P_W', central: 0.06, dist: { kind: 'triangular', low: 0.02, high: 0.12 },
    sources: ['G05', 'B30', 'B33'], range: [0, 0.5],
    note: 'H200 sales capped at 50% of US volume (G05); the Substrate forecast ~230k B300e in 2026 (B30); IFP saw far more (B33).',
  },
  {
    name: 'exportShareBlackwell', unit: 'share of P_W', central: 0.1, dist: { kind: 'triangular', low: 0.05, high: 0.15 },
    sources: ['G01', 'B32'], range: [0, 0.5],
    note: 'Frontier chips sold freely: China’s pre-control share of NVIDIA revenue (~13%, G01) × NVIDIA share; IFP: B30A exports cut the US advantage below 4x (B32).',
  },
  {
    name: 'prcPurchaseUptake', unit: 'share', central: 0.25, dist: { kind: 'uniform', low: 0.05, high: 0.6 }, sources: ['G02', 'G07'],
    range: [0, 1], note: 'Share of licensed H20/H200 volume PRC firms buy under Beijing’s guidance: zero H20 sales after 2025-09 (G02), zero H200 by 2026-04 (G07).',
  },
  {
    name: 'smugglingLeakShare', unit: 'share of P_W', central: 0.03, dist: { kind: 'lognormal90', p5: 0.005, p95: 0.08 },
    sources: ['B41', 'B43', 'B40'], range: [0, 0.5],
    note: 'CNAS median ~140k chips smuggled in 2024 (10k to several hundred thousand, B41) ≈ 0.15M of 4.8M H100e: ~3% at 2025 enforcement.',
  },
  {
    name: 'enforcementElasticity', unit: 'dimensionless', central: 0.5, dist: { kind: 'uniform', low: 0.2, high: 1 }, sources: ['B41'],
    range: [0, 2], note: 'Smuggling falls as enforcement^−ε: doubling the budget cuts it by 29% at ε = 0.5. Judgement; CNAS argues enforcement is under-resourced (B41).',
  },
  {
    name: 'locationVerificationEffect', unit: 'share', central: 0.5, dist: { kind: 'uniform', low: 0.2, high: 0.8 }, sources: ['B41'],
    range: [0, 1], note: 'Share of smuggling that chip location verification stops. Judgement (CNAS recommends it, B41).',
  },
  {
    name: 'rentedShareOpen', unit: 'share of K_W', central: 0.025, dist: { kind: 'lognormal90', p5: 0.01, p95: 0.06 },
    sources: ['B31', 'B47', 'P12'], range: [0, 0.5],
    note: 'One ByteDance cluster of ~250k B300e (~0.58M H100e) in 2026 (B31) is ~2% of the Western stock; Alibaba and others rent too (B47).',
  },
  {
    name: 'rentedClosedFraction', unit: 'fraction of ρ_open', central: 0.2, dist: { kind: 'uniform', low: 0.05, high: 0.4 },
    sources: ['G03', 'B47'], range: [0, 1],
    note: 'Share of PRC renting that survives once remote access is closed (shell companies, resellers): ρ_closed = ρ_open × this. Judgement.',
  },
  {
    name: 'retirementPerYear', unit: '1/year', central: 0.2, dist: { kind: 'triangular', low: 0.15, high: 0.25 }, sources: ['B10'],
    range: [0, 1], note: 'Continuous retirement rate: mean service life 5 years (spec §1.4).',
  },
  {
    name: 'initialStockWestern', unit: 'H100e', central: 2.3e5, dist: { kind: 'lognormal90', p5: 1.6e5, p95: 3.3e5 },
    sources: ['B04', 'B09'], range: [1e4, 1e7], note: 'Delivered compute at end-2022: 0.28M H100e (B04) less the PRC-owned part.',
  },
  {
    name: 'initialStockPRC', unit: 'H100e', central: 5e4, dist: { kind: 'lognormal90', p5: 2.5e4, p95: 1e5 },
    sources: ['B04', 'B09', 'B06'], range: [1e3, 1e7],
    note: 'PRC-owned compute at end-2022 (A100/A800 purchases before the controls): ~18% of 0.28M (B04); China held ~15% of cluster performance in 2025 (B09).',
  },
];
