/**
 * Messages of the page's on-request analyses beyond the policy pair: the least policy
 * (`leadline target`), scenario discovery (`leadline discover`) and the model against measured
 * history (`leadline history`). The coordinator serves them (analysisJobs.ts); a newer request
 * of any of the three cancels the one in flight.
 */
import type { DiscoverResult, HistoryResult, Scenario, TargetResult } from '../lib.ts';

/** `leadline target --from BASE`: the goal P(lead ≥ minLeadMonths at month) ≥ minProbability. */
export interface TargetJob {
  readonly kind: 'target';
  /** Its PRC levers, parameters and timing are kept; the US levers that move the lead are searched. */
  readonly base: Scenario;
  /** "YYYY-MM". */
  readonly month: string;
  readonly minLeadMonths: number;
  readonly minProbability: number;
  readonly draws: number;
  readonly seed: number;
  readonly workers: number;
}

/** `leadline discover SCENARIO --lead L --month M`. */
export interface DiscoverJob {
  readonly kind: 'discover';
  readonly scenario: Scenario;
  readonly month: string;
  readonly minLeadMonths: number;
  readonly draws: number;
  readonly seed: number;
  readonly workers: number;
}

/** `leadline history SCENARIO --cutoff C --until U` with the shipped observations. */
export interface HistoryJob {
  readonly kind: 'history';
  readonly scenario: Scenario;
  readonly cutoff: string;
  readonly until: string;
  readonly draws: number;
  readonly seed: number;
}

export type AnalysisJob = TargetJob | DiscoverJob | HistoryJob;
export type AnalysisKind = AnalysisJob['kind'];

export type AnalysisOutput =
  | { readonly kind: 'target'; readonly result: TargetResult }
  | { readonly kind: 'discover'; readonly result: DiscoverResult }
  | { readonly kind: 'history'; readonly result: HistoryResult };

export interface AnalysisRequest {
  readonly type: 'analysis';
  readonly id: number;
  readonly job: AnalysisJob;
}

export type AnalysisReply =
  | { readonly type: 'analysis'; readonly id: number; readonly output: AnalysisOutput }
  /** `total` 0: not known ahead (the least-policy search stops when it has its answer). */
  | { readonly type: 'analysis-progress'; readonly id: number; readonly done: number; readonly total: number }
  | { readonly type: 'analysis-error'; readonly id: number; readonly message: string };

/** The history job as the history worker receives it, and its answer. */
export type HistoryWorkerReply =
  | { readonly type: 'result'; readonly result: HistoryResult }
  | { readonly type: 'error'; readonly message: string };
