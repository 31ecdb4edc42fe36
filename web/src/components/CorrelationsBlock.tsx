/**
 * Notices about declared rank correlations. SharedCorrelationsNotice: the report's sentence
 * (sharedCorrelationsNotice) when one scenario's correlations also apply to the others of the run.
 * CorrelationsBlock: why an analysis that needs independent parameters (the tornado and Sobol' indices) cannot run
 * while the scenario declares rank correlations, with a button that takes the reader to the
 * control that removes them (CorrelationEditor in the scenario's panel).
 */
import { correlationText, type ResultsDocument, type Scenario, sharedCorrelationsNotice } from '../lib.ts';
import { correlationsId } from './CorrelationEditor.tsx';

/** Scrolls to a column's correlations and puts the keyboard on the first coefficient. */
export function showCorrelations(column: number): void {
  const box = document.getElementById(correlationsId(column));
  if (box === null) return;
  box.scrollIntoView({ block: 'center' });
  box.querySelector<HTMLElement>('input, button')?.focus({ preventScroll: true });
}

export function CorrelationsBlock({
  scenario,
  column,
}: {
  readonly scenario: Scenario;
  readonly column: number;
}) {
  const n = scenario.correlations.length;
  if (n === 0) return null;
  return (
    <p class="note correlation-notice" data-testid="correlations-block">
      Sobol’ indices and the tornado assume independent parameters, and {scenario.title} declares{' '}
      {n === 1 ? 'a rank correlation' : `${n} rank correlations`} (
      {scenario.correlations.map(correlationText).join('; ')}).{' '}
      <button type="button" class="link-button" onClick={() => showCorrelations(column)}>
        Remove {n === 1 ? 'it' : 'them'} under “Correlations between beliefs” in its panel
      </button>{' '}
      to run this analysis.
    </p>
  );
}

/** The report's note that correlations declared by one scenario apply to all (null when not). */
export function SharedCorrelationsNotice({ doc }: { readonly doc: ResultsDocument }) {
  const notice = sharedCorrelationsNotice(doc);
  if (notice === null) return null;
  return (
    <p class="note correlation-notice" data-testid="shared-correlations">
      {notice}
    </p>
  );
}
