/** The answer in one sentence per scenario: the median 2028 lead with its range and the two worlds. */
import type { EnsembleComparison, ResultsDocument } from '../lib.ts';
import { formatLeadInWorld, formatMonths, formatSignedMonths } from '../lib.ts';
import { monthsText, percentText, seriesAt } from '../numbers.ts';

export function Headline({
  doc,
  differences,
}: {
  readonly doc: ResultsDocument;
  readonly differences: readonly EnsembleComparison[];
}) {
  const [first, ...others] = doc.runs;
  if (!first) return null;
  const lead = seriesAt(first, 'leadMonths', '2028-12');
  const probs = first.probabilities;
  return (
    <div class="answer" aria-live="polite">
      <p class="answer-main" data-testid="answer">
        Under <strong>{first.title}</strong>, the US leads the PRC by{' '}
        <strong data-testid="lead-0" data-value={lead ? String(lead.value) : ''}>
          {lead ? formatLeadInWorld(lead.value) : 'n/a'} months
        </strong>{' '}
        at the end of 2028
        {lead?.kind === 'median' ? (
          <>
            {' '}
            (median of {doc.draws.toLocaleString('en-US')} draws; 10–90%:{' '}
            {formatMonths(lead.p10 ?? Number.NaN)} to {formatMonths(lead.p90 ?? Number.NaN)})
          </>
        ) : (
          ' (central parameters, no draws)'
        )}
        {probs && (
          <>
            : the paper’s Scenario One world (a lead of 12 months or more) in{' '}
            <strong data-testid="p-one-0">{percentText(probs.scenarioOne)}</strong> of draws, its Scenario Two
            world (a lead within 4 months either way) in{' '}
            <strong data-testid="p-two-0">{percentText(probs.scenarioTwo)}</strong>
          </>
        )}
        .
      </p>
      {others.map((run, i) => {
        const diff = differences[i];
        const d = diff?.leadDifferenceAt2028Dec;
        return (
          <p class="answer-other">
            Under <strong>{run.title}</strong>: {monthsText(seriesAt(run, 'leadMonths', '2028-12'))}
            {d && (
              <>
                {' '}
                — <strong data-testid={`diff-${i + 1}`}>{formatSignedMonths(d.p50)} months</strong> against{' '}
                {first.title} in the same draws (median of the paired differences; 10–90%:{' '}
                {formatSignedMonths(d.p10)} to {formatSignedMonths(d.p90)})
              </>
            )}
            .
          </p>
        );
      })}
    </div>
  );
}
