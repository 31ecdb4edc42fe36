/**
 * §3–§6 The other fronts and the security indicators: domestic adoption, global distribution,
 * resilience (illustrative) and the race indicators. docs/MODEL.md §3–§6 explains each row; the
 * calibration points are in data/fronts-calibration.csv and checked by test/core/frontsCalibration.test.ts.
 */
import type { ParamSpec } from './paramSpec.ts';

export const FRONT_PARAMS: readonly ParamSpec[] = [
  // §3 Domestic adoption
  {
    name: 'adoptionInitialUS', unit: 'share of firms', central: 0.03, dist: { kind: 'triangular', low: 0.02, high: 0.035 },
    sources: ['F03', 'H01'], calibrated: 'F03: US firms using AI in producing goods or services, 3.7% (2023-09), 5.4% (2024-02), ~10% (2025-10)',
    range: [1e-4, 0.5], note: 'A_US at 2023-01, before the first BTOS reading (3.7% in 2023-09).',
  },
  {
    name: 'adoptionInitialCN', unit: 'share of firms', central: 0.0328, dist: { kind: 'triangular', low: 0.018, high: 0.045 },
    sources: ['F04', 'F02', 'F01'], calibrated: 'F04: PRC/US ratio of full GenAI implementation, 19%/24% = 0.79 (2024)',
    range: [1e-4, 0.5],
    note: 'A_CN at 2023-01. No representative PRC firm survey exists; F04 (same survey design in both countries) gives the PRC/US ratio, applied to the BTOS level. F01 and F02 count individuals, not firms.',
  },
  {
    name: 'adoptionRateUS', unit: '1/year', central: 0.548, dist: { kind: 'triangular', low: 0.4, high: 0.8 }, sources: ['F03', 'H01'],
    calibrated: 'F03 (as adoptionInitialUS)', range: [0, 3],
    note: 'r_US: logistic rate of adoption with no policy push (push lever 0, as in the history) and no compute limit.',
  },
  {
    name: 'adoptionRateCN', unit: '1/year', central: 0.548, dist: { kind: 'triangular', low: 0.3, high: 0.9 }, sources: ['F03', 'F01'],
    range: [0, 3],
    note: 'r_CN: no PRC firm time series; set to the US rate with wider uncertainty. PRC consumer use grew 36.5% → 42.8% of the population in H2 2025 (F01).',
  },
  {
    name: 'adoptionPushGain', unit: 'fraction', central: 0.5, dist: { kind: 'triangular', low: 0, high: 1.5 }, sources: ['H02'],
    range: [0, 3],
    note: 'push_b = 1 + gain · lever: a full adoption push raises the adoption rate by this fraction (lever 0 = no policy). Judgement; the AI+ Initiative targets 70% penetration of AI agents and terminals by 2027 and 90% by 2030.',
  },
  {
    name: 'adoptionCeilingMax', unit: 'share of firms', central: 0.9, dist: { kind: 'uniform', low: 0.7, high: 1 }, sources: ['F03'],
    range: [0.05, 1], note: 'M_max: share of firms that would use AI in production once it can do most tasks. Judgement (some firms never will).',
  },
  {
    name: 'adoptionCeilingMidECI', unit: 'ECI', central: 140, dist: { kind: 'triangular', low: 125, high: 160 }, sources: ['D06', 'F03'],
    range: [50, 300],
    note: 'capMid: capability at which half of M_max finds AI useful, about the frontier of early 2025 (ECI 130 = Claude 3.5 Sonnet, 150 = GPT-5, D06). Keeps M_US(2026) ≈ 0.6, above the 37% of large US firms already using AI (F03).',
  },
  {
    name: 'adoptionCeilingScaleECI', unit: 'ECI', central: 20, dist: { kind: 'uniform', low: 12, high: 30 }, sources: ['D05', 'D06'],
    range: [1, 200], note: 'capScale: ECI width of the logistic ceiling, ~1.3 years of frontier progress (15.5 ECI/yr, D05). Judgement.',
  },
  {
    name: 'inferenceShareOfNonResearch', unit: 'share', central: 0.6, dist: { kind: 'uniform', low: 0.4, high: 0.8 },
    sources: ['H07'], range: [0.01, 1],
    note: 'ι: share of the compute not used for experiments that serves users; the rest trains models. Inference supply = (1 − ψ_b) ι A_b, ≈ 42% of accessible compute at the centre. Judgement (OpenAI 2024: ~$5B R&D, ~10% of it final runs).',
  },
  {
    name: 'inferenceDemandFullUS2023', unit: 'H100e', central: 3140000.0, dist: { kind: 'lognormal90', p5: 1.2e6, p95: 1e7 },
    sources: ['F03', 'B04', 'H08'], calibrated: 'US inference demand = supply in 2023-01 (GPU shortage; "ChatGPT is at capacity")',
    range: [1e3, 1e10],
    note: 'Dfull_US: inference compute all US firms would need at 2023-01 algorithms and usage if every firm used AI in production.',
  },
  {
    name: 'inferenceDemandRatioCN', unit: 'x', central: 0.64, dist: { kind: 'triangular', low: 0.4, high: 1.25 },
    sources: ['H06'], range: [0.05, 5],
    note: 'Dfull_CN / Dfull_US: size of the PRC economy relative to the US, 0.64 at market exchange rates (2023), up to 1.25 in PPP terms.',
  },
  {
    name: 'inferenceIntensityGrowthOOM', unit: 'OOM/year', central: 0.9, dist: { kind: 'triangular', low: 0.3, high: 1.2 },
    sources: ['F05', 'F06', 'H09'], calibrated: 'US inference demand kept pace with supply from 2023-01 to 2025-12 (capacity limits at both ends)',
    range: [0, 3],
    note: 'I: growth of inference compute per adopting firm at fixed algorithms (more tokens per task: reasoning, agents). Compute per adopter changes by I − Δa_b a year. Token volumes grew several-fold a year (F05, F06).',
  },
  // §4 Global distribution
  {
    name: 'globalShareCN2023', unit: 'share', central: 0.03, dist: { kind: 'triangular', low: 0.01, high: 0.06 },
    sources: ['F05', 'F08', 'F09'], range: [0, 1],
    note: 's_CN at 2023-01: Chinese open models were <1.2% of OpenRouter tokens as late as 2024-11 (F05); Chinese clouds had a small footprint abroad (F08, F09).',
  },
  {
    name: 'shareCapabilityWeight', unit: 'logit/ECI', central: 0.1, dist: { kind: 'uniform', low: 0.05, high: 0.2 }, sources: ['D05'],
    range: [0, 2], note: 'β_cap: a one-year capability lead (15.5 ECI, D05) shifts the log-odds of a third country choosing the US stack by ~1.5. Judgement.',
  },
  {
    name: 'sharePriceElasticity', unit: 'logit/ln price', central: 0.5, dist: { kind: 'uniform', low: 0.2, high: 1 },
    sources: ['F05', 'F06'], range: [0, 5],
    note: 'ε = −β_price: a 10x cheaper stack gains 0.5 · ln 10 ≈ 1.2 in log-odds. Cheap Chinese open models won OpenRouter share quickly (F05, F06). Judgement.',
  },
  {
    name: 'shareConstantUS', unit: 'logit', central: 0.235, dist: { kind: 'uniform', low: -0.5, high: 0.5 }, sources: ['F05', 'F07'],
    calibrated: 'F05: PRC share of third-country deployment ≈ 10% on average over 2025 (below its 13% OpenRouter token share)', range: [-10, 10],
    note: 'c_US: installed base, trust and security preference for the US stack not captured by capability and price.',
  },
  {
    name: 'usAiExportsWeight', unit: 'logit', central: 1, dist: { kind: 'triangular', low: 0, high: 2 }, sources: ['H03'],
    range: [0, 10],
    note: 'w: log-odds gained by the US stack at a full AI-exports programme (full-stack packages with federal financing, EO 14320). Judgement.',
  },
  {
    name: 'prcSubsidyPriceCut', unit: 'share', central: 0.5, dist: { kind: 'uniform', low: 0.2, high: 0.8 }, sources: ['F08', 'F10'],
    range: [0, 0.95],
    note: 'Price cut of the PRC stack abroad at full subsidies (price × (1 − cut)^lever). Judgement; Alibaba pledged RMB 380B of AI capex over 3 years (F08).',
  },
  {
    name: 'lockInYears', unit: 'years', central: 2, dist: { kind: 'uniform', low: 0.5, high: 5 }, sources: ['F06', 'F08', 'F09'],
    range: [0.05, 50],
    note: 'τ_lock: time constant with which deployment shares follow their targets. Token routing moves in months (F06); cloud regions and data centres lock in for years (F08, F09).',
  },
  // §5 Resilience (illustrative)
  {
    name: 'exposedShareUS', unit: 'share of jobs', central: 0.6, dist: { kind: 'uniform', low: 0.4, high: 0.7 }, sources: ['H04'],
    range: [0, 1], note: 'Illustrative. Share of jobs exposed to AI in advanced economies, ~60% (IMF SDN 2024/001).',
  },
  {
    name: 'exposedShareCN', unit: 'share of jobs', central: 0.4, dist: { kind: 'uniform', low: 0.3, high: 0.6 }, sources: ['H04'],
    range: [0, 1], note: 'Illustrative. Share of jobs exposed to AI in emerging markets, ~40% (IMF SDN 2024/001).',
  },
  {
    name: 'adaptationCapacityUS', unit: 'share of jobs/year', central: 0.05, dist: { kind: 'uniform', low: 0.02, high: 0.1 },
    sources: ['H05'], range: [0, 1],
    note: 'Illustrative. Share of jobs a year the US labour market can move to AI-transformed work without strain. Judgement; the US scores 0.77 on the IMF AI Preparedness Index.',
  },
  {
    name: 'adaptationCapacityCN', unit: 'share of jobs/year', central: 0.0416, dist: { kind: 'uniform', low: 0.015, high: 0.085 },
    sources: ['H05'], range: [0, 1],
    note: 'Illustrative. The US value scaled by the IMF AI Preparedness Index, PRC 0.64 / US 0.77.',
  },
  // §6 Security indicators
  {
    name: 'raceThresholdMonths', unit: 'months', central: 3, dist: { kind: 'fixed' }, sources: ['P10'], range: [0, 24],
    note: 'A lead under this is neck-and-neck: labs feel pressure to skip careful pre-deployment testing (spec §6, paper).',
  },
  {
    name: 'preDeploymentTestingMonths', unit: 'months', central: 2, dist: { kind: 'triangular', low: 1, high: 6 }, sources: ['P07'],
    range: [0, 24], note: 'Time a careful lab spends testing a frontier model before release. Judgement.',
  },
];
