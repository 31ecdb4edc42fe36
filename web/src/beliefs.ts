/**
 * "Your beliefs": the short list of uncertain parameters the explorer puts first. Chosen by
 * judgement, before a sensitivity ranking existed, as the parameters the paper's argument turns
 * on: how much compute leaks to PRC labs (smuggling, renting abroad), how fast algorithms and
 * distillation let a follower catch up, and where the race starts. Every other parameter is
 * under "Advanced". Each is shown with its unit, central value, range and sources (from the
 * parameter table and data/sources.csv); setting one pins it at that value in every draw.
 */
import type { ParamName } from './lib.ts';

export interface Belief {
  readonly name: ParamName;
  /** The question the parameter answers, in plain words. */
  readonly question: string;
}

export const BELIEFS: readonly Belief[] = [
  { name: 'initialLeadMonths', question: 'How far ahead is the US frontier today?' },
  { name: 'smugglingLeakShare', question: 'What share of controlled chips is smuggled to the PRC?' },
  { name: 'rentedShareOpen', question: 'How much compute do PRC labs rent abroad while that is allowed?' },
  { name: 'distillationPerYear', question: 'How fast does distillation of US models close the gap?' },
  { name: 'spilloverPerYear', question: 'How fast do ideas spill over from the leader?' },
  { name: 'algoProgressOOMPerYear', question: 'How fast do algorithms improve?' },
  { name: 'talentCN', question: 'How productive is PRC research per unit of compute?' },
];
