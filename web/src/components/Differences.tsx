/** Paired differences of each scenario against the first, from the same draws (compareEnsembles). */
import {
  type EnsembleComparison,
  formatProbability,
  formatSignedMonths,
  formatSignedPoints,
  type ResultsDocument,
} from '../lib.ts';

export function Differences({
  doc,
  differences,
}: {
  readonly doc: ResultsDocument;
  readonly differences: readonly EnsembleComparison[];
}) {
  if (differences.length === 0) return null;
  const title = (name: string) => doc.runs.find((r) => r.scenario === name)?.title ?? name;
  return (
    <section class="differences" aria-labelledby="differences-heading">
      <h2 id="differences-heading">Paired differences</h2>
      <p class="note">
        Each scenario against <strong>{title(differences[0].b)}</strong>, draw by draw: the same{' '}
        {doc.draws.toLocaleString('en-US')} parameter draws run under both policies, so the difference is the
        policy’s, not the luck of the draw. ± is the paired Monte Carlo standard error.
      </p>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col" class="num">
                Longer 2028 lead (months): median (10–90%)
              </th>
              <th scope="col" class="num">
                Leads more in
              </th>
              <th scope="col" class="num">
                Change in P(Scenario One world)
              </th>
              <th scope="col" class="num">
                Change in P(Scenario Two world)
              </th>
            </tr>
          </thead>
          <tbody>
            {differences.map((d) => (
              <tr>
                <th scope="row">{title(d.a)}</th>
                <td class="num">
                  {formatSignedMonths(d.leadDifferenceAt2028Dec.p50)} (
                  {formatSignedMonths(d.leadDifferenceAt2028Dec.p10)} to{' '}
                  {formatSignedMonths(d.leadDifferenceAt2028Dec.p90)})
                </td>
                <td class="num">{formatProbability(d.probabilityALeadsMore)} of draws</td>
                <td class="num">
                  {formatSignedPoints(d.probabilityChange.scenarioOne.delta)} pts ±{' '}
                  {(d.probabilityChange.scenarioOne.se * 100).toFixed(1)}
                </td>
                <td class="num">
                  {formatSignedPoints(d.probabilityChange.scenarioTwo.delta)} pts ±{' '}
                  {(d.probabilityChange.scenarioTwo.se * 100).toFixed(1)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
