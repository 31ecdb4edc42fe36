/** Messages between the page and its coordinator worker (one, for the life of the page). */
import type { EnsembleComparison, ResultsDocument, Scenario, SensitivityResult } from '../lib.ts';

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

export type CoordinatorRequest = RunRequest | SensitivityRequest | { readonly type: 'cancel' };

export interface RunOutput {
  readonly doc: ResultsDocument;
  /** Paired differences of every scenario against the first (empty without draws). */
  readonly differences: readonly EnsembleComparison[];
}

export type CoordinatorReply =
  | { readonly type: 'estimate'; readonly id: number; readonly output: RunOutput }
  | { readonly type: 'progress'; readonly id: number; readonly done: number; readonly total: number }
  | { readonly type: 'final'; readonly id: number; readonly output: RunOutput }
  | { readonly type: 'error'; readonly id: number; readonly message: string }
  | { readonly type: 'sensitivity'; readonly id: number; readonly result: SensitivityResult }
  | {
      readonly type: 'sensitivity-progress';
      readonly id: number;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: 'sensitivity-error'; readonly id: number; readonly message: string };
