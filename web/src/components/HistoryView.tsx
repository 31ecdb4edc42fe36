/**
 * "Does the model fit the past?": `leadline history` in the page. Each observed quantity from
 * 2023 to this month: the model's median and 10–90% band of draws, its central run refit to the
 * observations up to the cutoff, and the observations with their ranges (the report's
 * historyChart, one quantity at a time); the observations and the fit statistics as tables.
 */
import { useState } from 'preact/hooks';
import { PAGE_HISTORY_DRAWS } from '../analysisLimits.ts';
import { fitTableView, historySummary, historyTable } from '../analysisText.ts';
import { type HistoryResult, historyChart, historyCsv, QUANTITY_INFO, type QuantityName } from '../lib.ts';
import {
  AnalysisError,
  type AnalysisViewProps,
  Choice,
  MonthChoice,
  RunButton,
  ScenarioChoice,
} from './AnalysisControls.tsx';
import { AnalysisFigure } from './AnalysisFigure.tsx';
import { TableView } from './TableView.tsx';

/** The calibration cutoffs offered (the CLI's default, 2024-12, and half-years around it). */
const CUTOFFS = ['2023-12', '2024-06', '2024-12', '2025-06', '2025-12'];
const DEFAULT_CUTOFF = '2024-12';

/** This month, UTC, "YYYY-MM": the last month shown, as `leadline history` does by default. */
function thisMonth(now = new Date()): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function HistoryView(
  props: AnalysisViewProps & { readonly draws: number; readonly result: HistoryResult | null },
) {
  const { scenarios, draws, seed, result } = props;
  const [column, setColumn] = useState(0);
  const [cutoff, setCutoff] = useState(DEFAULT_CUTOFF);
  const [quantity, setQuantity] = useState<QuantityName>('leadMonths');
  const scenario = scenarios[Math.min(column, scenarios.length - 1)];
  if (!scenario) return null;
  const run = () => props.start({ kind: 'history', scenario, cutoff, until: thisMonth(), draws, seed });
  const band = result?.bands.find((b) => b.quantity === quantity) ?? result?.bands[0];
  return (
    <section class="analysis" aria-labelledby="history-heading">
      <h2 id="history-heading">Does the model fit the past?</h2>
      <p class="note">
        The model from 2023 to this month beside measured history (data/observed.csv: the lead, open-weight
        lag, training runs, Huawei’s output, smuggling, the PRC’s share of compute), with the fit before and
        after a calibration cutoff, and the central run refit to the data up to the cutoff (the out-of-sample
        test): <code>leadline history</code>. On{' '}
        {draws > 0 ? `${draws.toLocaleString('en-US')} draws (seed ${seed})` : 'central parameters'}: the
        page’s draws, at most {PAGE_HISTORY_DRAWS.toLocaleString('en-US')}; the calibration takes about 2 s at
        any count.
      </p>
      <div class="analysis-form">
        <ScenarioChoice
          label="Scenario"
          scenarios={scenarios}
          value={column}
          onChange={setColumn}
          testId="history-scenario"
        />
        <MonthChoice
          label="Calibration cutoff"
          months={CUTOFFS}
          value={cutoff}
          onChange={setCutoff}
          testId="history-cutoff"
        />
        <RunButton kind="history" running={props.running} unit="" text="Compare with history" onClick={run} />
      </div>
      <AnalysisError message={props.error} />
      {result && band && (
        <>
          <div class="analysis-form">
            <Choice
              label="Quantity"
              options={result.bands.map((b) => [b.quantity, QUANTITY_INFO[b.quantity].description] as const)}
              value={band.quantity}
              onChange={(v) => setQuantity(v as QuantityName)}
              testId="history-quantity"
            />
          </div>
          <AnalysisFigure
            markup={historyChart(result, band, { document, width: props.chartWidth })}
            label={`History: ${band.description}`}
            file="history"
            summary={historySummary(result)}
            table={historyTable(result)}
            csv={historyCsv(result)}
            json={`${JSON.stringify(result, null, 2)}\n`}
          />
          <details class="table-view" data-testid="history-fit-table">
            <summary>Fit statistics</summary>
            <TableView table={fitTableView(result)} />
          </details>
        </>
      )}
    </section>
  );
}
