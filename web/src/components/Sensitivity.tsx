/**
 * "Which beliefs move the answer?": the sensitivity analysis of the first scenario's lead at
 * 2028-12 (tornado, and Sobol' indices with bootstrap intervals), run on request in the
 * coordinator worker, drawn with the report's sensitivity charts, each with a table view and the CSV and JSON
 * downloads of `leadline sensitivity --csv|--json`.
 */
import { useState } from 'preact/hooks';
import type { EngineClient } from '../engine/engineClient.ts';
import {
  LEADLINE_VERSION,
  type Scenario,
  type SensitivityResult,
  sensitivityCsv,
  sensitivityDocument,
  sensitivitySourceLine,
  sobolChart,
  tornadoChart,
} from '../lib.ts';
import { AnalysisFigure } from './AnalysisFigure.tsx';
import { CorrelationsBlock } from './CorrelationsBlock.tsx';
import { sobolTable, tornadoTable } from './sensitivityTables.ts';

/** Base points of the page's analysis: 256 × (parameters + groups + 2) runs, a few seconds. */
export const PAGE_SENSITIVITY_N = 256;

export function Sensitivity({
  engine,
  scenario,
  seed,
  width,
}: {
  readonly engine: EngineClient;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly width: number;
}) {
  const [result, setResult] = useState<SensitivityResult | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stale = result !== null && result.scenario !== scenario.name;
  const start = () => {
    setError(null);
    setProgress(0);
    engine.sensitivity(
      { scenario, seed, n: PAGE_SENSITIVITY_N },
      {
        onProgress: (done, total) => setProgress(total > 0 ? done / total : 0),
        onResult: (r) => {
          setResult(r);
          setProgress(null);
        },
        onError: (message) => {
          setError(message);
          setProgress(null);
        },
      },
    );
  };
  const source = result ? sensitivitySourceLine(result, LEADLINE_VERSION) : '';
  // the CLI's `leadline sensitivity --json` document; the CSV is its `--csv` (both charts' data)
  const json = result ? `${JSON.stringify(sensitivityDocument(result, LEADLINE_VERSION), null, 2)}\n` : '';
  return (
    <section class="sensitivity" aria-labelledby="sensitivity-heading">
      <h2 id="sensitivity-heading">Which beliefs move the answer?</h2>
      <p class="note">
        How much each uncertain parameter moves the US lead at the end of 2028 under{' '}
        <strong>{scenario.title}</strong>: each alone at its 10th and 90th percentile (tornado), and its share
        of the spread of the answer (Sobol’ indices, {PAGE_SENSITIVITY_N} base points, 95% bootstrap
        intervals). The same analysis as <code>leadline sensitivity</code>.
      </p>
      <CorrelationsBlock scenario={scenario} column={0} />
      <button type="button" onClick={start} disabled={progress !== null || scenario.correlations.length > 0}>
        {progress !== null
          ? `Running… ${Math.round(progress * 100)}%`
          : result
            ? 'Run the sensitivity analysis again'
            : 'Run the sensitivity analysis'}
      </button>
      {error && <p class="status error">The analysis failed: {error}</p>}
      {result && !stale && (
        <>
          <AnalysisFigure
            markup={tornadoChart(result, { document, width }, source)}
            label="Tornado chart of the lead at 2028-12"
            file="tornado"
            summary={`Widest first: ${result.tornado
              .slice(0, 5)
              .map((bar) => bar.parameter)
              .join(', ')}.`}
            table={tornadoTable(result)}
            csv={sensitivityCsv(result)}
            json={json}
          />
          <AnalysisFigure
            markup={sobolChart(result, { document, width }, source)}
            label="Sobol' indices of the lead at 2028-12"
            file="sobol"
            summary={`Largest total-order indices: ${result.sobol
              .slice(0, 5)
              .map((row) => `${row.parameter} ${row.total.toFixed(2)}`)
              .join(', ')}.`}
            table={sobolTable(result)}
            csv={sensitivityCsv(result)}
            json={json}
          />
        </>
      )}
    </section>
  );
}
