/** §2 Intelligence front: training compute, algorithmic progress, catch-up, capability. */
import type { ParamSpec } from './paramSpec.ts';

export const INTELLIGENCE_PARAMS: readonly ParamSpec[] = [
  {
    name: 'mfu', unit: 'share', central: 0.4, dist: { kind: 'uniform', low: 0.3, high: 0.5 }, sources: ['B15'], range: [0.05, 1],
    note: 'Model FLOP utilisation of frontier runs. Judgement (30–50% is typical); the run shares below are calibrated at 0.4.',
  },
  {
    name: 'runMonths2025', unit: 'months', central: 3.3, dist: { kind: 'triangular', low: 2, high: 5 }, sources: ['D08'], range: [0.5, 12],
    note: 'Length of a frontier pre-training run in mid-2025 (~100 days).',
  },
  {
    name: 'runDurationGrowth', unit: 'x/year', central: 1.4, dist: { kind: 'triangular', low: 1.1, high: 1.5 }, sources: ['D08'], range: [1, 2],
    note: 'Frontier LLM runs lengthen ~1.4x/yr (D08).',
  },
  {
    name: 'runMonthsMax', unit: 'months', central: 9, dist: { kind: 'fixed' }, sources: ['D08'], range: [1, 24],
    note: 'Longest efficient run, ~9 months (D08).',
  },
  {
    name: 'largestRunShareUS2025', unit: 'share of A_US', central: 0.0155, dist: { kind: 'lognormal90', p5: 0.009, p95: 0.027 },
    sources: ['C12'], calibrated: 'C12: largest US run ~5e26 FLOP in 2025-07', range: [1e-4, 0.5],
    note: 'Share of US-accessible compute in the largest run (~200k H100e for 100 days).',
  },
  {
    name: 'largestRunShareCN2025', unit: 'share of A_CN', central: 0.00084, dist: { kind: 'lognormal90', p5: 0.00042, p95: 0.0017 },
    sources: ['C13', 'C14'], calibrated: 'C13–C14: largest PRC runs ~3–5e24 FLOP in 2025', range: [1e-5, 0.5],
    note: 'PRC compute is spread over many labs: DeepSeek-V3 used ~2k H800 for two months (C13).',
  },
  {
    name: 'largestRunShareGrowthUS', unit: 'x/year', central: 0.8, dist: { kind: 'triangular', low: 0.65, high: 1.0 },
    sources: ['D01', 'C12', 'C15', 'B04'], calibrated: 'D01: US frontier training compute grows ~4.5x/yr over 2023–2026', range: [0.3, 3],
    note: 'The accessible stock grew ~5x/yr in 2023–25 (B04) while frontier runs grew 4–5x/yr (D01; GPT-4 2e25 → Grok 4 5e26, C15, C12): a falling share goes to the largest run as inference grows.',
  },
  {
    name: 'largestRunShareGrowthCN', unit: 'x/year', central: 0.75, dist: { kind: 'triangular', low: 0.6, high: 1.0 },
    sources: ['C16', 'C18'], calibrated: 'C16: top PRC runs grow ~3x/yr (C18: open models 4.7x/yr) over 2023–2026', range: [0.3, 3],
    note: 'As for the US: PRC compute grows faster than its largest runs (C16).',
  },
  {
    name: 'runShareTrendEndYear', unit: 'decimal year', central: 2026.5, dist: { kind: 'fixed' }, sources: ['C12', 'B07'],
    range: [2023, 2040], note: 'Last year of the data the run-share trends are fitted to; the shares are held at their value then (no extrapolation past the data).',
  },
  {
    name: 'researchShareUS', unit: 'share of A_US', central: 0.3, dist: { kind: 'triangular', low: 0.2, high: 0.45 }, sources: ['D08'],
    range: [0.01, 0.9], note: 'Share of accessible compute spent on experiments (research compute ψ). Judgement.',
  },
  {
    name: 'researchShareCN', unit: 'share of A_CN', central: 0.3, dist: { kind: 'triangular', low: 0.2, high: 0.45 }, sources: ['D08'],
    range: [0.01, 0.9], note: 'As for the US; PRC labs are reported to be research-compute constrained (paper).',
  },
  {
    name: 'algoProgressOOMPerYear', unit: 'OOM/year', central: 0.477, dist: { kind: 'lognormal90', p5: 0.3, p95: 0.8 },
    sources: ['D02', 'D03'], range: [0, 3],
    note: 'α0: algorithmic progress of the US at its 2024 research compute, ~3x/yr (D03); 2.8x/yr in 2012–23 (D02); possibly far more (D03).',
  },
  {
    name: 'researchElasticity', unit: 'dimensionless', central: 0.2, dist: { kind: 'uniform', low: 0, high: 0.4 }, sources: ['D02'],
    range: [0, 1], note: 'λ: elasticity of algorithmic progress to research compute ("compute advantage compounds", paper). Judgement.',
  },
  {
    name: 'talentCN', unit: 'multiplier', central: 1.0, dist: { kind: 'triangular', low: 0.7, high: 1.3 }, sources: ['C13'], range: [0.1, 3],
    note: 'Research productivity of PRC labs per unit of research compute relative to the US (DeepSeek’s efficiency, C13). Judgement.',
  },
  {
    name: 'boostMax', unit: 'fraction', central: 0.3, dist: { kind: 'triangular', low: 0, high: 1.5 }, sources: ['D09', 'D05'], range: [0, 5],
    note: 'Largest speed-up of algorithmic progress from AI-accelerated R&D. Modest central value; Anthropic’s internal slope ratio 1.9–4.3 (D09) bounds the high end.',
  },
  {
    name: 'boostThresholdECI', unit: 'ECI', central: 165, dist: { kind: 'triangular', low: 155, high: 185 }, sources: ['D06', 'D09'],
    range: [150, 400], note: 'Capability above which models speed up AI R&D: about the US frontier of 2026 (Mythos). Must be ≥ eciReference.',
  },
  {
    name: 'boostRampECI', unit: 'ECI', central: 20, dist: { kind: 'uniform', low: 10, high: 40 }, sources: ['D06'], range: [1, 200],
    note: 'ECI points above the threshold at which the boost reaches its maximum (~4 doublings of METR time horizon, D06).',
  },
  {
    name: 'spilloverPerYear', unit: '1/year', central: 0.15, dist: { kind: 'uniform', low: 0.05, high: 0.35 }, sources: ['E05', 'E06'],
    range: [0, 5], note: 'κ_spill: catch-up no policy stops (papers, open weights, people). Free parameter (E06: no credible estimate).',
  },
  {
    name: 'distillationPerYear', unit: '1/year', central: 0.85, dist: { kind: 'uniform', low: 0.5, high: 1.3 },
    sources: ['E01', 'E02', 'E05', 'E06', 'C01', 'C05'], calibrated: 'PC4 and the measured lead: 12–14 months in 2023 falling to 6–8 in 2025 (C01), 8 months in 2026-05 (C05)',
    range: [0, 10], note: 'κ_distill: extra catch-up from distillation of US models at full compute and no deterrence (E01–E05).',
  },
  {
    name: 'distillThresholdLog10FLOP', unit: 'log10 FLOP', central: 24.5, dist: { kind: 'uniform', low: 23.5, high: 25.5 },
    sources: ['E07', 'C13'], range: [20, 30],
    note: 'Training compute at which distillation is half effective (θ = 0.5). E07: no estimate found; DeepSeek-V3 (~3e24, C13) distilled successfully.',
  },
  {
    name: 'distillThresholdWidthOOM', unit: 'OOM', central: 0.5, dist: { kind: 'uniform', low: 0.25, high: 1 }, sources: ['E07'],
    range: [0.05, 5], note: 'Width of the logistic θ(T). Judgement.',
  },
  {
    name: 'initialLeadMonths', unit: 'months', central: 12, dist: { kind: 'triangular', low: 8, high: 15 }, sources: ['C01'],
    range: [-24, 48], note: 'US lead at 2023-01: Epoch’s ECI gap was 12–14 months in 2023 (C01).',
  },
  {
    name: 'eciPerOOM', unit: 'ECI/OOM', central: 13.7, dist: { kind: 'triangular', low: 10, high: 18 }, sources: ['D05', 'D01', 'D03', 'D07'],
    range: [1, 50],
    note: 'k: frontier ECI grows 15.5 points/yr (D05) while frontier effective compute grows log10(4.5) + 0.48 ≈ 1.13 OOM/yr (D01, D03): 15.5/1.13. D07 found no fitted value.',
  },
  {
    name: 'eciReference', unit: 'ECI', central: 150, dist: { kind: 'fixed' }, sources: ['D06'], range: [100, 250],
    note: 'ECI of the US frontier at the reference month: GPT-5 = 150 (D06).',
  },
  {
    name: 'eciReferenceYear', unit: 'decimal year', central: 2025.625, dist: { kind: 'fixed' }, sources: ['D06'], range: [2024, 2027],
    note: 'Reference month 2025-08 (GPT-5 release).',
  },
  {
    name: 'openReleaseLagMonths', unit: 'months', central: 1, dist: { kind: 'triangular', low: 0, high: 3 }, sources: ['F05', 'F07'],
    range: [0, 24], note: 'Delay from a PRC frontier model to its open-weight release; leading PRC labs release weights on launch (F07).',
  },
  {
    name: 'openReleaseShare', unit: 'share', central: 0.7, dist: { kind: 'uniform', low: 0.4, high: 0.95 }, sources: ['F05', 'F07'],
    range: [0.05, 1], note: 'Share of PRC frontier models released open-weight. Judgement (most leading PRC models are open, C01).',
  },
  {
    name: 'frontierReleaseIntervalMonths', unit: 'months', central: 4, dist: { kind: 'uniform', low: 2, high: 6 }, sources: ['C05'],
    range: [0.5, 24], note: 'Months between successive PRC frontier releases. Judgement.',
  },
  {
    name: 'mythosReferenceYear', unit: 'decimal year', central: 2026.292, dist: { kind: 'fixed' }, sources: ['P14'], range: [2023, 2040],
    note: 'Reference capability: the US frontier of 2026-04 (Mythos Preview, P14).',
  },
];
