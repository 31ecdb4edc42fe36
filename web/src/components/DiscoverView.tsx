/**
 * "Under which beliefs?": `leadline discover` in the page. The claim is "the US lead at a month
 * is at least L months" under a chosen scenario; PRIM finds the box of parameter ranges inside
 * which it holds in most draws (density) while keeping most of the draws where it holds
 * (coverage). Drawn with the report's chart (primChart), with the box as a table.
 */
import { useState } from 'preact/hooks';
import { PAGE_DISCOVER_DRAWS, PAGE_DISCOVER_MIN_DRAWS } from '../analysisLimits.ts';
import { discoverSummary, discoverTable } from '../analysisText.ts';
import {
  type DiscoverResult,
  discoverCsv,
  LEADLINE_VERSION,
  primChart,
  SCENARIO_ONE_MIN_LEAD_MONTHS,
} from '../lib.ts';
import {
  AnalysisError,
  type AnalysisViewProps,
  decembers,
  MonthChoice,
  NumberChoice,
  RunButton,
  ScenarioChoice,
} from './AnalysisControls.tsx';
import { AnalysisFigure } from './AnalysisFigure.tsx';

export function DiscoverView(
  props: AnalysisViewProps & { readonly draws: number; readonly result: DiscoverResult | null },
) {
  const { scenarios, draws, seed, workers, result } = props;
  // the second scenario (scenario-one in the default page), as `leadline discover` defaults to scenario-one
  const [column, setColumn] = useState(scenarios.length > 1 ? 1 : 0);
  const [leadMonths, setLeadMonths] = useState(SCENARIO_ONE_MIN_LEAD_MONTHS);
  const [month, setMonth] = useState('2028-12');
  const scenario = scenarios[Math.min(column, scenarios.length - 1)];
  if (!scenario) return null;
  const months = decembers(scenario);
  const run = () =>
    props.start({
      kind: 'discover',
      scenario,
      month: months.includes(month) ? month : '2028-12',
      minLeadMonths: leadMonths,
      draws,
      seed,
      workers,
    });
  return (
    <section class="analysis" aria-labelledby="discover-heading">
      <h2 id="discover-heading">Under which beliefs does it hold?</h2>
      <p class="note">
        The ranges of the uncertain parameters inside which a claim about the lead holds in most draws, found
        by PRIM (scenario discovery): <code>leadline discover</code>. Coverage is the share of the claim’s
        draws inside the box, density the share of the box’s draws where the claim holds, each with its
        binomial standard error. On {draws.toLocaleString('en-US')} draws (seed {seed}): the page’s draws, at
        least {PAGE_DISCOVER_MIN_DRAWS} and at most {PAGE_DISCOVER_DRAWS.toLocaleString('en-US')} (about 2 s);{' '}
        <code>leadline discover</code> takes 10,000 by default.
      </p>
      <div class="analysis-form">
        <ScenarioChoice
          label="Under"
          scenarios={scenarios}
          value={column}
          onChange={setColumn}
          testId="discover-scenario"
        />
        <NumberChoice
          label="Lead ≥ (months)"
          value={leadMonths}
          min={-120}
          max={120}
          step={1}
          onChange={setLeadMonths}
          testId="discover-lead"
        />
        <MonthChoice label="At" months={months} value={month} onChange={setMonth} testId="discover-month" />
        <RunButton kind="discover" running={props.running} unit="draws" text="Find the box" onClick={run} />
      </div>
      <AnalysisError message={props.error} />
      {result && (
        <AnalysisFigure
          markup={primChart(result, { document, width: props.chartWidth, version: LEADLINE_VERSION })}
          label={`Under which beliefs the lead is at least ${result.minLeadMonths} months at ${result.month} under ${result.scenario}`}
          file="discover"
          summary={discoverSummary(result)}
          table={discoverTable(result)}
          csv={discoverCsv(result)}
          json={`${JSON.stringify(result, null, 2)}\n`}
        />
      )}
    </section>
  );
}
