/**
 * The rank correlations of a run, checked as the user's input. All scenarios of a run share
 * their draws, so the correlations declared in any of its scenario files apply to every
 * scenario; together they must name uncertain parameters, agree where they name the same pair,
 * and form a valid (positive-definite) correlation matrix. A failure is an InputError naming
 * the files that declare correlations, found before anything runs.
 */
import { InputError } from '../scenario/errors.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import { CorrelationError, type CorrelationPlan, planCorrelations } from './imanConover.ts';
import { ParamSampler } from './sampler.ts';

/** The Iman–Conover plan of the run's correlations, or an InputError. */
export function planRunCorrelations(
  resolved: readonly ResolvedScenario[],
  isDrawn: (slot: number) => boolean,
): CorrelationPlan | null {
  try {
    return planCorrelations(
      resolved.flatMap((r) => r.scenario.correlations),
      isDrawn,
    );
  } catch (error) {
    if (!(error instanceof CorrelationError)) throw error;
    const files = resolved.filter((r) => r.scenario.correlations.length > 0).map((r) => r.scenario.source);
    throw new InputError([
      {
        file: [...new Set(files)].join(', '),
        path: ['correlations'],
        expected:
          files.length > 1
            ? 'rank correlations that hold together (the correlations of every file in a run apply to all its scenarios)'
            : 'rank correlations that hold together',
        found: error.message,
      },
    ]);
  }
}

/** Checks the run's correlations (planRunCorrelations) without running anything. */
export function checkRunCorrelations(resolved: readonly ResolvedScenario[]): void {
  const sampler = new ParamSampler();
  planRunCorrelations(resolved, (slot) => sampler.drawn[slot] === 1);
}
