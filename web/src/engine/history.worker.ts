/**
 * A history worker: one `leadline history` job (runHistory with the shipped observations), then
 * it is done. Started by the coordinator for each request (analysisJobs.ts), terminated when a
 * newer request comes, so the synchronous calibration never holds up the page's runs.
 */
import { defaultObservations, parseMonth, resolveScenario, runHistory } from '../lib.ts';
import type { HistoryJob, HistoryWorkerReply } from './analysisProtocol.ts';

const scope = self as unknown as {
  postMessage(message: HistoryWorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<HistoryJob>) => void): void;
};

scope.addEventListener('message', (event) => {
  const job = event.data;
  try {
    const cutoffMonth = parseMonth(job.cutoff);
    const untilMonth = parseMonth(job.until);
    if (!(cutoffMonth >= 0) || !(untilMonth >= 0)) {
      throw new RangeError(`expected months YYYY-MM from 2023-01, found "${job.cutoff}" and "${job.until}"`);
    }
    const result = runHistory(resolveScenario(job.scenario), defaultObservations(), {
      draws: job.draws,
      seed: job.seed,
      cutoffMonth,
      untilMonth,
    });
    scope.postMessage({ type: 'result', result });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
