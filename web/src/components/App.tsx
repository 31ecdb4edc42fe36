/**
 * The explorer: the paper's question, the answer in one sentence, the fan chart, then detail
 * (controls, paired differences, the other charts, downloads). The whole state lives in the URL
 * fragment; every change re-runs the model in Web Workers, first a quick estimate, then the
 * full count, cancelling the run in flight.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { WEB_CHARTS, webChart } from '../charts.ts';
import { downloadCsvs, downloadText, resultsJson, scenarioYaml } from '../downloads.ts';
import { EngineClient } from '../engine/engineClient.ts';
import { traceRequested } from '../engine/trace.ts';
import {
  type DecodedLink,
  InputError,
  LINK_MAX_DRAWS,
  LINK_MAX_SCENARIOS,
  type LinkState,
  PAPER_TITLE,
  PAPER_URL,
  scenarioColors,
} from '../lib.ts';
import { decodeState, hashOf, linkTo, stateFromHash } from '../linkContext.ts';
import { AnalysisViews } from './AnalysisViews.tsx';
import { Beliefs } from './Beliefs.tsx';
import { ChartFigure } from './ChartFigure.tsx';
import { SharedCorrelationsNotice } from './CorrelationsBlock.tsx';
import { Differences } from './Differences.tsx';
import { Headline } from './Headline.tsx';
import { PolicyViews } from './PolicyViews.tsx';
import { RunStatus } from './RunStatus.tsx';
import { ScenarioPanel } from './ScenarioPanel.tsx';
import { Sensitivity } from './Sensitivity.tsx';
import { type Results, useModelRuns, workerCount } from './useModelRuns.ts';

interface Problem {
  readonly source: 'link' | 'change';
  readonly text: string;
}

function problemFrom(source: Problem['source'], text: string | undefined): Problem | undefined {
  return text === undefined ? undefined : { source, text };
}

export function App() {
  const engine = useMemo(() => new EngineClient(), []);
  const initial = useMemo(() => stateFromHash(location.hash), []);
  const [decoded, setDecoded] = useState<DecodedLink>(initial.decoded);
  /** What could not be used: a link (the page then shows the defaults) or a change made in the page (the page keeps its settings). */
  const [problem, setProblem] = useState<Problem | undefined>(problemFrom('link', initial.problem));
  const [copied, setCopied] = useState(false);
  const [width, setWidth] = useState(() => chartWidth());
  const state = decoded.state;
  const trace = useMemo(() => traceRequested(location.search), []);
  const { results, running, progressFeed, runError, start } = useModelRuns(engine, initial.decoded, trace);

  useEffect(() => {
    const onResize = () => setWidth(chartWidth());
    const onHash = () => {
      const loaded = stateFromHash(location.hash);
      start(loaded.decoded);
      setDecoded(loaded.decoded);
      setProblem(problemFrom('link', loaded.problem));
    };
    addEventListener('resize', onResize);
    addEventListener('hashchange', onHash);
    return () => {
      removeEventListener('resize', onResize);
      removeEventListener('hashchange', onHash);
    };
  }, []);

  const change = (next: LinkState): void => {
    if (trace) performance.mark('leadline:input');
    try {
      const d = decodeState(next);
      start(d);
      history.replaceState(null, '', hashOf(d.state));
      setDecoded(d);
      setProblem(undefined);
    } catch (error) {
      setProblem({ source: 'change', text: error instanceof InputError ? error.message : String(error) });
    }
  };

  if (state.chart !== undefined) return <Embed results={results} decoded={decoded} width={width} />;

  const doc = results?.output.doc;
  const differences = results?.output.differences ?? [];
  const lead = webChart('lead');
  const colors = scenarioColors(decoded.scenarios.map((sc) => ({ scenario: sc.name })));
  return (
    <>
      <a class="skip" href="#controls">
        Skip to the controls
      </a>
      <header class="page-head">
        <p class="kicker">leadline explorer</p>
        <h1>Who will lead in frontier AI at the end of 2028 — and by how much?</h1>
        <Dek where="wide" />
      </header>
      {problem && (
        <div class="problem" role="alert" data-testid="link-problem">
          <strong>
            {problem.source === 'link'
              ? 'This link could not be used, so the page shows the defaults.'
              : 'This change could not be applied, so the page keeps the settings it had.'}
          </strong>
          <pre>{problem.text}</pre>
        </div>
      )}
      {decoded.versionNote && <p class="notice">{decoded.versionNote}</p>}
      <main>
        <section class="result" aria-labelledby="answer-heading">
          <h2 id="answer-heading" class="visually-hidden">
            The answer
          </h2>
          <RunStatus
            results={results}
            running={running}
            progressFeed={progressFeed}
            error={runError}
            draws={state.draws}
          />
          {doc ? (
            <Headline doc={doc} differences={differences} />
          ) : (
            <p class="answer-main">Running the model…</p>
          )}
          {doc && lead && (
            <ChartFigure chart={lead} doc={doc} width={width} embedLink={embedLink(state, 'lead')} />
          )}
          <Dek where="phone" />
        </section>
        <div class="detail">
          <section id="controls" class="controls" aria-labelledby="controls-heading">
            <h2 id="controls-heading">Scenarios and levers</h2>
            <div class="run-options">
              <label>
                Draws{' '}
                <input
                  type="number"
                  min={0}
                  max={LINK_MAX_DRAWS}
                  step={100}
                  value={state.draws}
                  onChange={(e) => {
                    const n = Number(e.currentTarget.value);
                    if (Number.isInteger(n) && n >= 0 && n <= LINK_MAX_DRAWS) change({ ...state, draws: n });
                  }}
                />
              </label>
              <label>
                Seed{' '}
                <input
                  type="number"
                  min={0}
                  step={1}
                  value={state.seed}
                  onChange={(e) => {
                    const n = Number(e.currentTarget.value);
                    if (Number.isSafeInteger(n) && n >= 0) change({ ...state, seed: n });
                  }}
                />
              </label>
              {state.scenarios.length < LINK_MAX_SCENARIOS && (
                <button
                  type="button"
                  onClick={() =>
                    change({ ...state, scenarios: [...state.scenarios, { preset: 'baseline', fields: {} }] })
                  }
                >
                  Add a scenario
                </button>
              )}
            </div>
            <div class="panels">
              {state.scenarios.map((_, column) => (
                <ScenarioPanel
                  state={state}
                  column={column}
                  title={decoded.scenarios[column]?.title ?? `Scenario ${column + 1}`}
                  color={colors.get(decoded.scenarios[column]?.name ?? '') ?? '#555'}
                  onChange={change}
                  {...(state.scenarios.length > 1
                    ? {
                        onRemove: () =>
                          change({ ...state, scenarios: state.scenarios.filter((_, i) => i !== column) }),
                      }
                    : {})}
                />
              ))}
            </div>
            {doc && <SharedCorrelationsNotice doc={doc} />}
            <Beliefs state={state} onChange={change} />
          </section>
          {doc && <Differences doc={doc} differences={differences} />}
          {decoded.scenarios[0] && (
            <Sensitivity engine={engine} scenario={decoded.scenarios[0]} seed={state.seed} width={width} />
          )}
          <PolicyViews
            engine={engine}
            scenarios={decoded.scenarios}
            draws={state.draws}
            seed={state.seed}
            workers={workerCount()}
            width={width}
          />
          <AnalysisViews
            engine={engine}
            scenarios={decoded.scenarios}
            draws={state.draws}
            seed={state.seed}
            workers={workerCount()}
            width={width}
          />
          {doc && (
            <section class="more-charts" aria-labelledby="charts-heading">
              <h2 id="charts-heading">Detail</h2>
              {WEB_CHARTS.filter((c) => c.id !== 'lead').map((chart) => (
                <ChartFigure
                  chart={chart}
                  doc={doc}
                  width={width}
                  embedLink={embedLink(state, chart.id)}
                  lazy
                  settled={results?.stage === 'final'}
                />
              ))}
            </section>
          )}
          <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">Share and download</h2>
            <div class="buttons">
              <button
                type="button"
                onClick={() => {
                  void navigator.clipboard?.writeText(linkTo(state)).then(() => setCopied(true));
                }}
              >
                {copied ? 'Link copied' : 'Copy link'}
              </button>
              {decoded.scenarios.map((sc) => (
                <button
                  type="button"
                  onClick={() => downloadText(`${sc.name}.yaml`, scenarioYaml(sc, state), 'application/yaml')}
                >
                  {sc.name}.yaml
                </button>
              ))}
              {doc && results?.stage === 'final' && !running && (
                <>
                  <button
                    type="button"
                    onClick={() => downloadText('results.json', resultsJson(doc), 'application/json')}
                  >
                    results.json
                  </button>
                  <button type="button" onClick={() => downloadCsvs(doc)}>
                    CSV
                  </button>
                </>
              )}
            </div>
            <p class="note">
              The same numbers from the command line: <code>leadline run --from-link '{linkTo(state)}'</code>
            </p>
          </section>
        </div>
      </main>
      <footer class="page-foot">
        <p>
          {doc ? `leadline ${doc.leadlineVersion}` : 'leadline'} — an open model. Numbers are medians of Monte
          Carlo draws with their 10–90% range unless labelled “central”. Everything runs in this page; nothing
          is sent anywhere.
        </p>
      </footer>
    </>
  );
}

/**
 * The paper's question in a sentence. Shown under the title on wide screens and under the fan
 * chart on phones (so the first screen holds the answer and the chart); CSS shows one of the two.
 */
function Dek({ where }: { readonly where: 'wide' | 'phone' }) {
  return (
    <p class={`dek dek-${where}`}>
      The question of Anthropic’s paper{' '}
      <a href={PAPER_URL} target="_blank" rel="noopener noreferrer">
        “{PAPER_TITLE}”
      </a>{' '}
      (May 2026): a commanding US lead of 12–24 months (its Scenario One), or a neck-and-neck race (Scenario
      Two)? Move the paper’s levers and your beliefs; the model runs in your browser.
    </p>
  );
}

/** One chart alone, sized for an iframe, with its source line and a link back to the full view. */
function Embed({
  results,
  decoded,
  width,
}: {
  results: Results | null;
  decoded: DecodedLink;
  width: number;
}) {
  const chart = webChart(decoded.state.chart ?? '');
  const { chart: _chart, ...full } = decoded.state;
  if (!chart) {
    return (
      <p class="problem" role="alert">
        This embed link asks for a chart the explorer does not have.{' '}
        <a href={hashOf(full)} target="_top">
          Open the full view
        </a>
        .
      </p>
    );
  }
  return (
    <main class="embed">
      {results ? (
        <ChartFigure chart={chart} doc={results.output.doc} width={width} compact />
      ) : (
        <p>Running the model…</p>
      )}
      <p class="embed-source">
        Source: leadline explorer, after Anthropic, “{PAPER_TITLE}”.{' '}
        <a href={hashOf(full)} target="_top">
          Open the full view
        </a>
      </p>
    </main>
  );
}

function embedLink(state: LinkState, chart: string): string {
  return hashOf({ ...state, chart });
}

/** Drawing width: the column's, at least 320 px (the charts draw a compact form below 600 px). */
function chartWidth(): number {
  const w = Math.min(document.documentElement.clientWidth, 1032);
  return Math.max(320, Math.round(w - 32));
}
