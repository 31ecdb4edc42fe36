/** Messages between the page and its coordinator worker (one, for the life of the page). */
import type {
  AttributionResult,
  EnsembleComparison,
  ResultsDocument,
  Scenario,
  SensitivityResult,
  WindowResult,
} from '../lib.ts';
import type { AnalysisReply, AnalysisRequest } from './analysisProtocol.ts';
import type { TraceMark } from './trace.ts';

export interface RunRequest {
  readonly type: 'run';
  /** Increasing id; replies carry it, and a newer run cancels older ones. */
  readonly id: number;
  readonly scenarios: readonly Scenario[];
  readonly draws: number;
  readonly seed: number;
  /** Ensemble workers for the full count (one per core). */
  readonly workers: number;
  /** Draws of the first estimate (0: none, go straight to the full count). */
  readonly firstDraws: number;
  /** Stamp the run's phases and send the marks with the replies (trace.ts; `?trace` in the page's address). */
  readonly trace?: boolean;
}

/** Tornado and Sobol' indices of the lead at 2028-12 for one scenario (on demand). */
export interface SensitivityRequest {
  readonly type: 'sensitivity';
  readonly id: number;
  readonly scenario: Scenario;
  readonly seed: number;
  /** Base points N (a power of two ≥ 64). */
  readonly n: number;
}

/**
 * A policy analysis on request: attribution (Shapley shares of `to`'s lead over `from` per
 * lever) or the window (`to`'s package started later), on paired draws.
 */
export interface PolicyRequest {
  readonly type: 'policy';
  readonly id: number;
  readonly kind: 'attribution' | 'window';
  readonly to: Scenario;
  readonly from: Scenario;
  readonly draws: number;
  readonly seed: number;
  readonly workers: number;
}

export type PolicyResult =
  | { readonly kind: 'attribution'; readonly result: AttributionResult }
  | { readonly kind: 'window'; readonly result: WindowResult };

export type CoordinatorRequest =
  | RunRequest
  | SensitivityRequest
  | PolicyRequest
  | AnalysisRequest
  | { readonly type: 'cancel' };

export interface RunOutput {
  readonly doc: ResultsDocument;
  /** Paired differences of every scenario against the first (empty without draws). */
  readonly differences: readonly EnsembleComparison[];
}

export type CoordinatorReply =
  | {
      readonly type: 'estimate';
      readonly id: number;
      readonly output: RunOutput;
      readonly marks?: readonly TraceMark[];
    }
  | { readonly type: 'progress'; readonly id: number; readonly done: number; readonly total: number }
  | {
      readonly type: 'final';
      readonly id: number;
      readonly output: RunOutput;
      readonly marks?: readonly TraceMark[];
    }
  | { readonly type: 'error'; readonly id: number; readonly message: string }
  | { readonly type: 'sensitivity'; readonly id: number; readonly result: SensitivityResult }
  | {
      readonly type: 'sensitivity-progress';
      readonly id: number;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: 'sensitivity-error'; readonly id: number; readonly message: string }
  | { readonly type: 'policy'; readonly id: number; readonly output: PolicyResult }
  | { readonly type: 'policy-progress'; readonly id: number; readonly done: number; readonly total: number }
  | { readonly type: 'policy-error'; readonly id: number; readonly message: string }
  | AnalysisReply;
