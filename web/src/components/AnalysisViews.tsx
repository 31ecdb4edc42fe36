/**
 * "More questions": the least policy (`leadline target`), scenario discovery (`leadline
 * discover`) and the model against measured history (`leadline history`), each on request in
 * the coordinator worker. They share one channel: starting one cancels the one in flight. A
 * change of the scenarios, draws or seed clears the results shown (they would be stale).
 * Draws are the page's, capped (analysisLimits.ts) so that each finishes in seconds.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  MIN_ANALYSIS_CHART_WIDTH,
  PAGE_DISCOVER_DRAWS,
  PAGE_DISCOVER_MIN_DRAWS,
  PAGE_HISTORY_DRAWS,
  PAGE_TARGET_DRAWS,
} from '../analysisLimits.ts';
import type { AnalysisJob, AnalysisKind, AnalysisOutput } from '../engine/analysisProtocol.ts';
import type { EngineClient } from '../engine/engineClient.ts';
import type { Scenario } from '../lib.ts';
import type { AnalysisRunning } from './AnalysisControls.tsx';
import { DiscoverView } from './DiscoverView.tsx';
import { HistoryView } from './HistoryView.tsx';
import { TargetView } from './TargetView.tsx';

export function AnalysisViews({
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
  const [outputs, setOutputs] = useState<Partial<Record<AnalysisKind, AnalysisOutput>>>({});
  const [running, setRunning] = useState<AnalysisRunning | null>(null);
  const [error, setError] = useState<{ kind: AnalysisKind; message: string } | null>(null);
  useEffect(() => {
    setOutputs({});
    setError(null);
  }, [scenarios, draws, seed]);
  const start = (job: AnalysisJob): void => {
    const { kind } = job;
    setError(null);
    setRunning({ kind, done: 0, total: 0 });
    engine.analysis(job, {
      onProgress: (done, total) => setRunning({ kind, done, total }),
      onResult: (output) => {
        setOutputs((old) => ({ ...old, [output.kind]: output }));
        setRunning(null);
      },
      onError: (message) => {
        setError({ kind, message });
        setRunning(null);
      },
    });
  };
  const common = {
    scenarios,
    seed,
    workers,
    chartWidth: Math.max(width, MIN_ANALYSIS_CHART_WIDTH),
    running,
    start,
  };
  const errorOf = (kind: AnalysisKind) => (error?.kind === kind ? error.message : null);
  const target = outputs.target?.kind === 'target' ? outputs.target.result : null;
  const found = outputs.discover?.kind === 'discover' ? outputs.discover.result : null;
  const history = outputs.history?.kind === 'history' ? outputs.history.result : null;
  return (
    <>
      <TargetView
        {...common}
        error={errorOf('target')}
        draws={Math.min(draws, PAGE_TARGET_DRAWS)}
        result={target}
      />
      <DiscoverView
        {...common}
        error={errorOf('discover')}
        draws={Math.max(PAGE_DISCOVER_MIN_DRAWS, Math.min(draws, PAGE_DISCOVER_DRAWS))}
        result={found}
      />
      <HistoryView
        {...common}
        error={errorOf('history')}
        draws={Math.min(draws, PAGE_HISTORY_DRAWS)}
        result={history}
      />
    </>
  );
}
