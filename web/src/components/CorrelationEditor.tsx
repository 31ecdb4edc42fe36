/**
 * The rank correlations a scenario declares (a scenario file's `correlations:`), shown in its
 * panel: which parameters, the coefficient ρ (Spearman), and which file or link declared them.
 * Each coefficient can be edited (checked like a link: the scenario-file schema, then the run's
 * correlation matrix) or removed. The sensitivity analysis, which needs independent parameters,
 * points here (`#sc0-correlations`).
 */
import { useEffect, useState } from 'preact/hooks';
import { correlationsOf, stateProblem, withCorrelations, withRho } from '../correlationEdit.ts';
import { correlationText, type LinkState } from '../lib.ts';

export interface CorrelationEditorProps {
  readonly state: LinkState;
  readonly column: number;
  /** The scenario's id in results (the file name of a scenario file). */
  readonly scenarioName: string;
  readonly onChange: (state: LinkState) => void;
}

/** The element id of column `column`'s correlations, for links that point at them. */
export function correlationsId(column: number): string {
  return `sc${column}-correlations`;
}

/** Where the column's correlations come from, in words. */
function declaredBy(state: LinkState, column: number, scenarioName: string): string {
  const sc = state.scenarios[column];
  if (sc?.preset === null) return `the scenario file “${scenarioName}” in this link`;
  if (sc?.fields.correlations !== undefined) return `this link (over the preset ${sc.preset})`;
  return `the preset ${sc?.preset}`;
}

export function CorrelationEditor({ state, column, scenarioName, onChange }: CorrelationEditorProps) {
  const correlations = correlationsOf(state, column);
  const [typed, setTyped] = useState<Record<number, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const key = JSON.stringify(correlations);
  // a new list (removed, edited, another link) starts from what it holds
  useEffect(() => setTyped({}), [key]);
  if (correlations.length === 0) return null;
  const id = correlationsId(column);
  const apply = (next: LinkState): void => {
    const found = stateProblem(next);
    setProblem(found);
    if (found === null) onChange(next);
  };
  return (
    <fieldset class="correlations" id={id} data-testid={id}>
      <legend>Correlations between beliefs</legend>
      <p class="param-note">
        Declared by {declaredBy(state, column, scenarioName)}. In every Monte Carlo draw these parameters move
        together (Spearman rank correlation ρ, by the method of Iman and Conover). The scenarios of a run
        share their draws, so these correlations apply to every scenario shown.
      </p>
      <ul class="correlation-list">
        {correlations.map((c, i) => {
          const inputId = `${id}-${i}-rho`;
          return (
            <li class="correlation-row" data-pair={`${c.a}~${c.b}`}>
              <label for={inputId}>
                <code>{c.a}</code> ~ <code>{c.b}</code>, ρ
              </label>
              <input
                id={inputId}
                type="number"
                min={-1}
                max={1}
                step={0.05}
                value={typed[i] ?? String(c.rho)}
                aria-describedby={`${id}-text`}
                onInput={(e) => {
                  const text = e.currentTarget.value;
                  setTyped((t) => ({ ...t, [i]: text }));
                }}
                onChange={(e) => {
                  const text = e.currentTarget.value.trim();
                  // an empty or half-typed field is handed to the schema as what it is, so the
                  // message names it rather than the page guessing a number
                  const rho = text === '' ? Number.NaN : Number(text);
                  apply(withCorrelations(state, column, withRho(correlations, i, rho)));
                }}
              />
              <button
                type="button"
                class="link-button"
                aria-label={`Remove the correlation of ${c.a} and ${c.b}`}
                onClick={() =>
                  apply(
                    withCorrelations(
                      state,
                      column,
                      correlations.filter((_, k) => k !== i),
                    ),
                  )
                }
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <p id={`${id}-text`} class="visually-hidden">
        Declared: {correlations.map(correlationText).join('; ')}.
      </p>
      {correlations.length > 1 && (
        <button type="button" onClick={() => apply(withCorrelations(state, column, []))}>
          Remove all correlations
        </button>
      )}
      {problem && (
        <p class="status error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
