/**
 * Reading and changing the rank correlations a column's scenario declares (a scenario file's
 * `correlations:`). A change is checked as a link is: the whole state through the scenario-file
 * schema (decodeState), then the run's correlations together (checkRunCorrelations: every
 * scenario of a run shares its draws, so every declared correlation applies to all of them).
 */
import {
  checkRunCorrelations,
  InputError,
  type LinkState,
  type RankCorrelation,
  resolveScenario,
} from './lib.ts';
import { decodeState, LINK_CONTEXT } from './linkContext.ts';
import { effectiveFile } from './scenarioEdit.ts';

/** The correlations column `column` declares (its preset's, or its own when it sets them). */
export function correlationsOf(state: LinkState, column: number): readonly RankCorrelation[] {
  const sc = state.scenarios[column];
  return sc === undefined ? [] : (effectiveFile(sc).correlations ?? []);
}

/**
 * The state with column `column` declaring `correlations` instead. An empty list drops the
 * field (back to the preset's, which declares none), or writes [] over a preset that declares some.
 */
export function withCorrelations(
  state: LinkState,
  column: number,
  correlations: readonly RankCorrelation[],
): LinkState {
  return {
    ...state,
    scenarios: state.scenarios.map((sc, i) => {
      if (i !== column) return sc;
      const { correlations: _old, ...rest } = sc.fields;
      const preset = sc.preset === null ? undefined : LINK_CONTEXT.presetFile(sc.preset);
      const presetHasSome = (preset?.correlations ?? []).length > 0;
      if (correlations.length === 0 && !presetHasSome) return { ...sc, fields: rest };
      return { ...sc, fields: { ...rest, correlations: correlations.map((c) => ({ ...c })) } };
    }),
  };
}

/** The same list with entry `index`'s coefficient set to `rho`. */
export function withRho(
  correlations: readonly RankCorrelation[],
  index: number,
  rho: number,
): RankCorrelation[] {
  return correlations.map((c, i) => (i === index ? { ...c, rho } : { ...c }));
}

/** The message that refuses `state` (schema or correlation matrix), or null when it runs. */
export function stateProblem(state: LinkState): string | null {
  try {
    const decoded = decodeState(state);
    checkRunCorrelations(decoded.scenarios.map(resolveScenario));
    return null;
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
}
