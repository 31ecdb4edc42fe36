/**
 * "What is the least the US must do?": `leadline target` in the page. The user picks the goal
 * for the US lead (P(lead ≥ 12 months) ≥ p, a median lead ≥ L, or lead ≥ L in ≥ p of the draws)
 * and its month, and the scenario whose PRC levers, parameters and timing are kept (`--from`);
 * the search returns the non-dominated settings of the US levers that reach it, each with its
 * Monte Carlo error (95% Wilson interval), drawn with the report's chart (targetChart).
 */
import { useState } from 'preact/hooks';
import { PAGE_TARGET_DRAWS } from '../analysisLimits.ts';
import { estimateText, targetSummary, targetTable } from '../analysisText.ts';
import {
  LEADLINE_VERSION,
  SCENARIO_ONE_MIN_LEAD_MONTHS,
  type TargetResult,
  targetChart,
  targetCsv,
} from '../lib.ts';
import {
  AnalysisError,
  type AnalysisViewProps,
  Choice,
  decembers,
  MonthChoice,
  NumberChoice,
  RunButton,
  ScenarioChoice,
} from './AnalysisControls.tsx';
import { AnalysisFigure } from './AnalysisFigure.tsx';

type GoalKind = 'scenario-one' | 'median' | 'lead';

const GOAL_TEXT: Readonly<Record<GoalKind, string>> = {
  'scenario-one': `P(lead ≥ ${SCENARIO_ONE_MIN_LEAD_MONTHS} months) ≥ p`,
  median: 'a median lead ≥ L',
  lead: 'lead ≥ L in at least p of the draws',
};

export function TargetView(
  props: AnalysisViewProps & { readonly draws: number; readonly result: TargetResult | null },
) {
  const { scenarios, draws, seed, workers, result } = props;
  const [column, setColumn] = useState(0);
  const [goal, setGoal] = useState<GoalKind>('scenario-one');
  const [leadMonths, setLeadMonths] = useState(SCENARIO_ONE_MIN_LEAD_MONTHS);
  const [percent, setPercent] = useState(50);
  const [month, setMonth] = useState('2028-12');
  const base = scenarios[Math.min(column, scenarios.length - 1)];
  if (!base) return null;
  const months = decembers(base);
  const run = () =>
    props.start({
      kind: 'target',
      base,
      month: months.includes(month) ? month : '2028-12',
      minLeadMonths: goal === 'scenario-one' ? SCENARIO_ONE_MIN_LEAD_MONTHS : leadMonths,
      minProbability: goal === 'median' ? 0.5 : percent / 100,
      draws,
      seed,
      workers,
    });
  return (
    <section class="analysis" aria-labelledby="target-heading">
      <h2 id="target-heading">What is the least the US must do?</h2>
      <p class="note">
        The non-dominated settings of the US levers that move the lead (export controls, enforcement,
        verification, remote access, equipment and memory controls, deterrence of distillation) that reach a
        goal for the lead, keeping the chosen scenario’s PRC levers, beliefs and timing:{' '}
        <code>leadline target --from</code>. Each setting’s share of draws carries its 95% interval; a setting
        whose interval holds the goal is “undecided”, never counted as reaching it. On{' '}
        {draws > 0 ? `${draws.toLocaleString('en-US')} paired draws (seed ${seed})` : 'central parameters'}:
        the search runs every setting it visits (about 2,600 from the baseline) on all of them, so the page
        takes at most {PAGE_TARGET_DRAWS} (10–20 s on two busy cores); <code>leadline target</code> takes 500
        by default.
      </p>
      <div class="analysis-form">
        <ScenarioChoice
          label="From"
          scenarios={scenarios}
          value={column}
          onChange={setColumn}
          testId="target-base"
        />
        <Choice
          label="Goal"
          options={(Object.keys(GOAL_TEXT) as GoalKind[]).map((k) => [k, GOAL_TEXT[k]] as const)}
          value={goal}
          onChange={(v) => setGoal(v as GoalKind)}
          testId="target-goal"
        />
        {goal !== 'scenario-one' && (
          <NumberChoice
            label="L (months)"
            value={leadMonths}
            min={-120}
            max={120}
            step={1}
            onChange={setLeadMonths}
            testId="target-lead"
          />
        )}
        {goal !== 'median' && (
          <NumberChoice
            label="p (%)"
            value={percent}
            min={0}
            max={100}
            step={5}
            onChange={setPercent}
            testId="target-p"
          />
        )}
        <MonthChoice label="At" months={months} value={month} onChange={setMonth} testId="target-month" />
        <RunButton
          kind="target"
          running={props.running}
          unit="settings evaluated"
          text="Find the least policy"
          onClick={run}
        />
      </div>
      <AnalysisError message={props.error} />
      {result && (
        <AnalysisFigure
          markup={targetChart(result, { document, width: props.chartWidth, version: LEADLINE_VERSION })}
          label={`The least policy from ${result.base}`}
          file="target"
          summary={targetSummary(result)}
          table={targetTable(result)}
          csv={targetCsv(result)}
          json={`${JSON.stringify(result, null, 2)}\n`}
        />
      )}
      {result && !result.reachable && (
        <p class="note">Every searched lever at its most: {estimateText(result, result.top)}.</p>
      )}
    </section>
  );
}
