/**
 * The status line of a run: the first estimate, the share of the full count done, the count and
 * seed of the numbers shown, or the model's failure. Its data-stage (none, running, estimate,
 * final, error) is what the e2e tests and bench:web wait for.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ProgressFeed } from '../engine/progressFeed.ts';
import type { Results } from './useModelRuns.ts';

/** The feed's value, re-rendering this component alone when it changes. */
function useProgress(feed: ProgressFeed): number | null {
  const [, setTick] = useState(0);
  useEffect(() => feed.subscribe(() => setTick((n) => n + 1)), [feed]);
  return feed.value;
}

export function RunStatus({
  results,
  running,
  progressFeed,
  error,
  draws,
}: {
  readonly results: Results | null;
  /** A run is going on (its full count not yet shown). */
  readonly running: boolean;
  readonly progressFeed: ProgressFeed;
  readonly error: string | null;
  readonly draws: number;
}) {
  const progress = useProgress(progressFeed);
  let text = '';
  if (error) text = `The model failed: ${error}`;
  else if (running && results?.stage === 'estimate')
    text = `First estimate from ${results.estimateDraws} draws; refining to ${draws.toLocaleString('en-US')}${progress !== null ? ` (${Math.round(progress * 100)}%)` : ''}…`;
  else if (running) text = `Running ${draws.toLocaleString('en-US')} draws…`;
  else if (results)
    text = `${results.output.doc.draws.toLocaleString('en-US')} draws, seed ${results.output.doc.seed}.`;
  return (
    <p
      class={`status${error ? ' error' : ''}`}
      role="status"
      data-testid="status"
      data-stage={
        error
          ? 'error'
          : running
            ? results?.stage === 'estimate'
              ? 'estimate'
              : 'running'
            : (results?.stage ?? 'none')
      }
    >
      {text}
    </p>
  );
}
