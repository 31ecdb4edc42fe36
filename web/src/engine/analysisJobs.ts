/**
 * The coordinator's handler of the target, discover and history requests (analysisProtocol.ts).
 *
 *   target   → leastPolicy(base, goal) with paired draws on the ensemble workers
 *   discover → discover(scenario, claim): draws on the ensemble workers, PRIM in this thread
 *   history  → runHistory in a history worker of its own (it is synchronous, about 2–3 s, most
 *              of it the calibration), so the coordinator stays free for runs
 *
 * The newest request wins: an older target or discover stops at its next progress callback
 * (which throws), an older history worker is terminated. Results are the library's, unchanged,
 * so the page shows what `leadline target|discover|history --json` prints for the same inputs.
 */
import { discover, leastPolicy, type PairedRunner, parseMonth } from '../lib.ts';
import type {
  AnalysisJob,
  AnalysisOutput,
  AnalysisReply,
  AnalysisRequest,
  HistoryJob,
  HistoryWorkerReply,
} from './analysisProtocol.ts';

export interface AnalysisHost {
  post(reply: AnalysisReply): void;
  /** Paired draws on `workers` ensemble workers. */
  runner(workers: number): PairedRunner;
  /** A new history worker (history.worker.ts). */
  startHistoryWorker(): Worker;
}

class Superseded extends Error {}

/** A month "YYYY-MM" as the library's month index; a clear error for anything else. */
function monthOf(text: string): number {
  const month = parseMonth(text);
  if (!Number.isInteger(month) || month < 0)
    throw new RangeError(`expected a month YYYY-MM from 2023-01, found "${text}"`);
  return month;
}

/** Serves analysis requests; one instance per coordinator. */
export function analysisServer(host: AnalysisHost): (request: AnalysisRequest) => void {
  let currentId = -1;
  let historyWorker: Worker | null = null;

  const stopHistory = (): void => {
    historyWorker?.terminate();
    historyWorker = null;
  };

  const progress = (id: number, done: number, total: number): void => {
    if (id !== currentId) throw new Superseded();
    host.post({ type: 'analysis-progress', id, done, total });
  };

  const runHistoryJob = (job: HistoryJob): Promise<AnalysisOutput> => {
    stopHistory();
    const worker = host.startHistoryWorker();
    historyWorker = worker;
    return new Promise((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<HistoryWorkerReply>) => {
        const reply = event.data;
        if (historyWorker === worker) stopHistory();
        if (reply.type === 'result') resolve({ kind: 'history', result: reply.result });
        else reject(new Error(reply.message));
      });
      worker.addEventListener('error', (event) => {
        if (historyWorker === worker) stopHistory();
        reject(new Error(event.message || 'the history worker failed'));
      });
      worker.postMessage(job);
    });
  };

  const run = async (id: number, job: AnalysisJob): Promise<AnalysisOutput> => {
    if (job.kind === 'target') {
      const result = await leastPolicy(job.base, {
        goal: {
          month: monthOf(job.month),
          minLeadMonths: job.minLeadMonths,
          minProbability: job.minProbability,
        },
        draws: job.draws,
        seed: job.seed,
        runner: host.runner(job.workers),
        onProgress: (evaluated) => progress(id, evaluated, 0),
      });
      return { kind: 'target', result };
    }
    if (job.kind === 'discover') {
      const result = await discover(job.scenario, {
        draws: job.draws,
        seed: job.seed,
        month: monthOf(job.month),
        minLeadMonths: job.minLeadMonths,
        runner: host.runner(job.workers),
        onProgress: (done, total) => progress(id, done, total),
      });
      return { kind: 'discover', result };
    }
    return runHistoryJob(job);
  };

  return (request) => {
    const { id, job } = request;
    currentId = id;
    if (job.kind !== 'history') stopHistory();
    run(id, job).then(
      (output) => {
        if (id === currentId) host.post({ type: 'analysis', id, output });
      },
      (error: unknown) => {
        if (error instanceof Superseded || id !== currentId) return;
        host.post({
          type: 'analysis-error',
          id,
          message: error instanceof Error ? error.message : String(error),
        });
      },
    );
  };
}
