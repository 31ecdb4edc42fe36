/**
 * The page's runs of the model. A change of the scenarios, draws or seed starts a run at once,
 * from the input event (before the page re-renders, so the workers compute while Preact draws
 * the new controls), and the run cancels the one in flight. A run shows a first estimate from
 * FIRST_ESTIMATE_DRAWS draws, then the chosen count (engineClient.ts, coordinator.worker.ts).
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { EngineClient } from '../engine/engineClient.ts';
import { ProgressFeed } from '../engine/progressFeed.ts';
import type { RunOutput } from '../engine/protocol.ts';
import type { DecodedLink } from '../lib.ts';

/**
 * Draws of the first estimate shown after a change: `leadline run --draws 100` with the same
 * seed, which are the full run's first 100 draws unless the scenarios declare rank correlations
 * (Iman–Conover reorders the draws of each block, and this block is shorter). From 100 draws a median has a standard error of about
 * 0.13 of the draws' standard deviation (√(π/2)/√n for a bell-shaped spread; 0.03 at 2,000), enough
 * to see which way a lever moves the fan chart; few enough to come back within the ≤ 150 ms aim.
 */
export const FIRST_ESTIMATE_DRAWS = 100;

/** Draws of the first estimate for a run of `draws` (0: go straight to the full count). */
export function firstDrawsFor(draws: number): number {
  return draws > FIRST_ESTIMATE_DRAWS * 2 ? FIRST_ESTIMATE_DRAWS : 0;
}

export interface Results {
  readonly output: RunOutput;
  /** 'estimate' while the full count runs. */
  readonly stage: 'estimate' | 'final';
  readonly estimateDraws?: number;
}

export interface ModelRuns {
  readonly results: Results | null;
  /** A run is going on (its full count not yet shown); false after an error. */
  readonly running: boolean;
  /** Share of the full count done (only the status line subscribes: progressFeed.ts). */
  readonly progressFeed: ProgressFeed;
  readonly runError: string | null;
  /** Starts a run of `decoded` (cancelling the one in flight). */
  readonly start: (decoded: DecodedLink) => void;
}

/** Ensemble workers: one per core, at most 8. */
export function workerCount(): number {
  return Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2));
}

export function useModelRuns(engine: EngineClient, initial: DecodedLink, trace: boolean): ModelRuns {
  const [results, setResults] = useState<Results | null>(null);
  const [running, setRunning] = useState(false);
  const progressFeed = useMemo(() => new ProgressFeed(), []);
  const [runError, setRunError] = useState<string | null>(null);

  const start = useCallback(
    (decoded: DecodedLink): void => {
      const { draws, seed } = decoded.state;
      if (trace) performance.mark('leadline:run:requested');
      engine.run(
        {
          scenarios: decoded.scenarios,
          draws,
          seed,
          workers: workerCount(),
          firstDraws: firstDrawsFor(draws),
          trace,
        },
        {
          onEstimate: (output, estimateDraws) => setResults({ output, stage: 'estimate', estimateDraws }),
          onProgress: (done, total) => progressFeed.set(total > 0 ? done / total : null),
          onFinal: (output) => {
            setResults({ output, stage: 'final' });
            setRunning(false);
            progressFeed.set(null);
          },
          onError: (message) => {
            setRunError(message);
            setRunning(false);
            progressFeed.set(null);
          },
        },
      );
      setRunError(null);
      setRunning(true);
      progressFeed.set(0);
    },
    [engine, trace, progressFeed],
  );

  // the page's first run
  useEffect(() => start(initial), [start]);

  // after the charts of a new result are in the page (children's effects run first)
  useEffect(() => {
    if (trace && results) performance.mark(`leadline:${results.stage}:shown`);
  }, [results]);

  return { results, running, progressFeed, runError, start };
}
