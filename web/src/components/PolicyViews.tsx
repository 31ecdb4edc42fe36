/**
 * "What policy, when?": the policy analyses of the library on request, in the coordinator worker
 * (paired draws on the ensemble workers), drawn with the report's charts, each with a table view
 * and a text summary. Attribution: which lever carries how much of the second scenario's 2028
 * lead over the first (exact Shapley shares, `leadline attribute`). The window: the second
 * scenario's package started later (`leadline window`).
 */
import { useEffect, useState } from 'preact/hooks';
import type { EngineClient } from '../engine/engineClient.ts';
import type { PolicyResult } from '../engine/protocol.ts';
import {
  type AttributionResult,
  attributionChart,
  attributionCsv,
  attributionJson,
  formatMonths,
  formatProbability,
  formatSignedMonths,
  LEADLINE_VERSION,
  printedAttribution,
  type Scenario,
  type SpreadSummary,
  type Table,
  type WindowResult,
  windowChart,
  windowCsv,
  windowJson,
} from '../lib.ts';
import { windowSummary } from '../windowText.ts';
import { AnalysisFigure } from './AnalysisFigure.tsx';

/** Paired draws of the page's policy analyses (2^levers schedules each for attribution): a few seconds. */
export const PAGE_POLICY_DRAWS = 500;
/** Narrowest drawing width [px] of the attribution and window charts. */
const MIN_POLICY_CHART_WIDTH = 680;

type Kind = PolicyResult['kind'];

/** "10–90%: a to b" of a spread over draws, or nothing at central parameters. */
function rangeText(s: SpreadSummary | undefined): string {
  return s ? `${formatSignedMonths(s.p10)} to ${formatSignedMonths(s.p90)}` : '';
}

/**
 * The shares as `leadline attribute` prints them (printedAttribution: mean shares over the
 * draws that add up to the printed mean difference), with each share's 10–90% range.
 */
function attributionTable(r: AttributionResult): Table {
  const printed = printedAttribution(r);
  const tenths = (units: number): string => formatSignedMonths(units / 10);
  const overDraws = r.draws > 0;
  return {
    caption: `Shares of ${r.to}'s lead over ${r.from} at ${r.monthLabel} by lever (months; ${overDraws ? `mean over ${r.draws} paired draws, with the 10–90% range; the shares add up to the mean difference` : 'central parameters; the shares add up to the difference'})`,
    columns: [
      { header: 'Lever' },
      { header: 'Setting' },
      { header: overDraws ? 'Shapley share (mean)' : 'Shapley share', align: 'right' },
      ...(overDraws ? [{ header: 'Share 10–90%', align: 'right' as const }] : []),
      { header: overDraws ? 'Alone (mean)' : 'Alone', align: 'right' },
      { header: 'Interaction', align: 'right' },
    ],
    rows: [
      ...r.levers.map((l, i) => [
        l.lever,
        `${l.fromSetting} → ${l.toSetting}`,
        tenths(printed.shares[i]),
        ...(overDraws ? [rangeText(l.overDraws?.share)] : []),
        tenths(printed.alone[i]),
        tenths(printed.interaction[i]),
      ]),
      ['All levers', '', tenths(printed.total), ...(overDraws ? [rangeText(r.total.overDraws)] : []), '', ''],
    ],
  };
}

function windowTable(r: WindowResult): Table {
  const rows = [...r.rows, r.never];
  return {
    caption: `${r.scenario}'s package started later: the lead (months; ${r.draws > 0 ? `median and 10–90% of ${r.draws} paired draws` : 'central parameters'}) and the cost of waiting (paired mean difference from the earliest start)`,
    columns: [
      { header: 'Start' },
      ...r.months.map((m) => ({ header: `Lead at ${m}`, align: 'right' as const })),
      ...r.months.map((m) => ({ header: `Cost at ${m}`, align: 'right' as const })),
      { header: 'P(Scenario One world)', align: 'right' },
    ],
    rows: rows.map((row) => [
      row.start,
      ...r.months.map((m) => {
        const lead = row.leads[m];
        if (!lead) return 'n/a';
        return lead.p10 === undefined
          ? formatMonths(lead.leadMonths)
          : `${formatMonths(lead.leadMonths)} (${formatMonths(lead.p10)} to ${formatMonths(lead.p90 ?? Number.NaN)})`;
      }),
      ...r.months.map((m) => formatSignedMonths(row.leads[m]?.costMonths ?? Number.NaN)),
      row.pScenarioOne ? formatProbability(row.pScenarioOne) : 'n/a',
    ]),
  };
}

function attributionSummary(r: AttributionResult): string {
  const printed = printedAttribution(r);
  const ranked = r.levers
    .map((l, i) => ({ lever: l.lever, share: printed.shares[i] }))
    .sort((a, b) => b.share - a.share);
  const total = formatSignedMonths(printed.total / 10);
  const difference = r.total.overDraws
    ? `${total} months on average over ${r.draws} paired draws (median ${formatSignedMonths(r.total.overDraws.median)}; 10–90%: ${formatSignedMonths(r.total.overDraws.p10)} to ${formatSignedMonths(r.total.overDraws.p90)})`
    : `${total} months (central parameters)`;
  return `${r.to} leads ${r.from} at ${r.monthLabel} by ${difference}. By lever (${r.total.overDraws ? 'mean shares, adding up to the mean' : 'shares, adding up to the difference'}): ${ranked
    .map((l) => `${l.lever} ${formatSignedMonths(l.share / 10)}`)
    .join(
      ', ',
    )}.${r.frontsOnly.length > 0 ? ` Acting on other fronts only (share 0): ${r.frontsOnly.join(', ')}.` : ''}`;
}

export function PolicyViews({
  engine,
  scenarios,
  draws,
  seed,
  workers,
  width,
}: {
  readonly engine: EngineClient;
  readonly scenarios: readonly Scenario[];
  readonly draws: number;
  readonly seed: number;
  readonly workers: number;
  readonly width: number;
}) {
  const [output, setOutput] = useState<PolicyResult | null>(null);
  const [running, setRunning] = useState<{ kind: Kind; progress: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // a change of the scenarios, draws or seed makes a shown result stale
  useEffect(() => {
    setOutput(null);
    setError(null);
  }, [scenarios, draws, seed]);
  const from = scenarios[0];
  const to = scenarios[1] ?? scenarios[0];
  const policyDraws = Math.min(draws, PAGE_POLICY_DRAWS);
  // these charts are drawn no narrower than their text allows, then scaled to the column
  const chartWidth = Math.max(width, MIN_POLICY_CHART_WIDTH);
  if (!from || !to) return null;
  const start = (kind: Kind) => {
    setError(null);
    setRunning({ kind, progress: 0 });
    engine.policy(
      { kind, to, from, draws: policyDraws, seed, workers },
      {
        onProgress: (done, total) => setRunning({ kind, progress: total > 0 ? done / total : 0 }),
        onResult: (result) => {
          setOutput(result);
          setRunning(null);
        },
        onError: (message) => {
          setError(message);
          setRunning(null);
        },
      },
    );
  };
  const version = LEADLINE_VERSION;
  const label = (kind: Kind, text: string) =>
    running?.kind === kind ? `Running… ${Math.round(running.progress * 100)}%` : text;
  return (
    <section class="policy" aria-labelledby="policy-heading">
      <h2 id="policy-heading">What policy, when?</h2>
      {scenarios.length < 2 ? (
        <p class="note" data-testid="policy-needs-two">
          On {policyDraws.toLocaleString('en-US')} paired draws (seed {seed}), the same analyses as{' '}
          <code>leadline attribute</code> and <code>leadline window</code>. Attribution needs a second
          scenario: add one, and it splits that scenario’s 2028 lead over <strong>{from.title}</strong>{' '}
          between the levers that differ (exact Shapley shares). The window starts{' '}
          <strong>{from.title}</strong>’s package later.
        </p>
      ) : (
        <p class="note">
          On {policyDraws.toLocaleString('en-US')} paired draws (seed {seed}), the same analyses as{' '}
          <code>leadline attribute</code> and <code>leadline window</code>. Attribution splits{' '}
          <strong>{to.title}</strong>’s 2028 lead over <strong>{from.title}</strong> between the levers that
          differ (exact Shapley shares); the window starts <strong>{to.title}</strong>’s package later.
        </p>
      )}
      <div class="buttons">
        <button
          type="button"
          data-policy="attribution"
          disabled={running !== null || scenarios.length < 2}
          onClick={() => start('attribution')}
        >
          {label('attribution', 'Which lever carries the lead?')}
        </button>
        <button
          type="button"
          data-policy="window"
          disabled={running !== null}
          onClick={() => start('window')}
        >
          {label('window', 'What does a delay cost?')}
        </button>
      </div>
      {error && (
        <p class="status error" role="alert">
          The analysis failed: {error}
        </p>
      )}
      {output?.kind === 'attribution' && (
        <AnalysisFigure
          markup={attributionChart(output.result, { document, width: chartWidth, version })}
          label={`Attribution of ${output.result.to}'s lead over ${output.result.from}`}
          file="attribution"
          csv={attributionCsv(output.result)}
          json={`${JSON.stringify(attributionJson(output.result), null, 2)}\n`}
          summary={attributionSummary(output.result)}
          table={attributionTable(output.result)}
        />
      )}
      {output?.kind === 'window' && (
        <AnalysisFigure
          markup={windowChart(output.result, { document, width: chartWidth, version })}
          label={`The window: ${output.result.scenario}'s package started later`}
          file="window"
          csv={windowCsv(output.result)}
          json={`${JSON.stringify(windowJson(output.result), null, 2)}\n`}
          summary={windowSummary(output.result)}
          table={windowTable(output.result)}
        />
      )}
    </section>
  );
}
