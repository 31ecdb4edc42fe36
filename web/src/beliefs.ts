/**
 * "Your beliefs": the short list of uncertain parameters the explorer puts first. The first six
 * are the top of the measured sensitivity ranking (docs/MODEL.md, "Which beliefs drive the
 * answer": the parameters with total-order Sobol' index ≥ 0.04 for the 2028-12 lead in at least
 * one of baseline, scenario-one and scenario-two, `leadline sensitivity PRESET`), in that table's
 * order: research elasticity λ, spillover, PRC research productivity, the distillation
 * threshold, the smuggled share, distillation speed. Two more are kept by judgement because the
 * paper's argument turns on them although their indices are small: where the race starts, and
 * compute rented abroad (the data-centre loophole). Every other parameter is under "Advanced".
 * Each is shown with its unit, central value, range and sources (from the parameter table and
 * data/sources.csv); it can be pinned, or given the user's own range.
 */
import type { ParamName } from './lib.ts';

export interface Belief {
  readonly name: ParamName;
  /** The question the parameter answers, in plain words. */
  readonly question: string;
}

export const BELIEFS: readonly Belief[] = [
  {
    name: 'researchElasticity',
    question: 'How much does more research compute speed up algorithmic progress (λ)?',
  },
  { name: 'spilloverPerYear', question: 'How fast do ideas spill over from the leader?' },
  { name: 'talentCN', question: 'How productive is PRC research per unit of compute?' },
  {
    name: 'distillThresholdLog10FLOP',
    question: 'From how much training compute does distilling US models work well?',
  },
  { name: 'smugglingLeakShare', question: 'What share of controlled chips is smuggled to the PRC?' },
  { name: 'distillationPerYear', question: 'How fast does distillation of US models close the gap?' },
  { name: 'initialLeadMonths', question: 'How far ahead is the US frontier today?' },
  { name: 'rentedShareOpen', question: 'How much compute do PRC labs rent abroad while that is allowed?' },
];
