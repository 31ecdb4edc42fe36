/**
 * The coordinator, one per page: it computes a first estimate from the first hundred draws in
 * its own thread (read from the pilot alone: buildEstimate), then the full count on a pool of ensemble workers (one per core), and posts both.
 * A newer request cancels the run in flight: its next progress callback throws, which ends the
 * ensemble and hands its workers back. Ensemble workers are started ahead of need and kept from
 * run to run (workerFleet.ts), so a run does not wait for a worker to load or warm up.
 */
import {
  attribute,
  PILOT_ENSEMBLE_MAX_DRAWS,
  policyWindow,
  pooledPairedRunner,
  resolveScenario,
  runSensitivity,
} from '../lib.ts';
import { analysisServer } from './analysisJobs.ts';
import { buildEstimate, buildOutput } from './buildOutput.ts';
import type {
  CoordinatorReply,
  CoordinatorRequest,
  PolicyRequest,
  PolicyResult,
  RunRequest,
  SensitivityRequest,
} from './protocol.ts';
import { Trace } from './trace.ts';
import { WorkerFleet } from './workerFleet.ts';

const scope = self as unknown as {
  postMessage(message: CoordinatorReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<CoordinatorRequest>) => void): void;
};

class Cancelled extends Error {}

/** The id of the run that should be going on; older runs stop at their next callback. */
let currentId = -1;

function startEnsembleWorker(): Worker {
  return new Worker(new URL('./ensemble.worker.ts', import.meta.url), {
    type: 'module',
    name: 'leadline-ensemble',
  });
}

/** Ensemble workers kept loaded and warm from run to run (workerFleet.ts). */
const fleet = new WorkerFleet(startEnsembleWorker);
const spawn = fleet.spawn;

/** Keeps `count` loaded ensemble workers waiting. */
function keepWarm(count: number): void {
  fleet.warm(count);
}

function checkCurrent(id: number): void {
  if (id !== currentId) throw new Cancelled();
}

async function serve(request: RunRequest): Promise<void> {
  const { id, scenarios, draws, seed, firstDraws } = request;
  const trace = new Trace(request.trace === true);
  trace.mark('coordinator:received');
  keepWarm(request.workers);
  if (firstDraws > 0 && firstDraws < draws) {
    const estimate =
      firstDraws <= PILOT_ENSEMBLE_MAX_DRAWS
        ? buildEstimate(scenarios, { draws: firstDraws, seed, trace })
        : await buildOutput(scenarios, {
            draws: firstDraws,
            seed,
            workers: 1,
            trace,
            traceStage: 'estimate',
            onProgress: () => checkCurrent(id),
          });
    checkCurrent(id);
    trace.mark('estimate:posted');
    scope.postMessage({ type: 'estimate', id, output: estimate, marks: trace.take() });
  }
  const output = await buildOutput(scenarios, {
    draws,
    seed,
    workers: request.workers,
    spawn,
    trace,
    traceStage: 'final',
    onProgress: (done, total) => {
      checkCurrent(id);
      scope.postMessage({ type: 'progress', id, done, total });
    },
  });
  checkCurrent(id);
  trace.mark('final:posted');
  scope.postMessage({ type: 'final', id, output, marks: trace.take() });
}

/** The sensitivity analysis asked for last; an older one stops at its next callback. */
let currentSensitivityId = -1;

async function serveSensitivity(request: SensitivityRequest): Promise<void> {
  const { id } = request;
  const result = await runSensitivity(resolveScenario(request.scenario), {
    seed: request.seed,
    n: request.n,
    onProgress: (done, total) => {
      if (id !== currentSensitivityId) throw new Cancelled();
      scope.postMessage({ type: 'sensitivity-progress', id, done, total });
    },
  });
  if (id === currentSensitivityId) scope.postMessage({ type: 'sensitivity', id, result });
}

/** The policy analysis asked for last; an older one stops at its next callback. */
let currentPolicyId = -1;

async function servePolicy(request: PolicyRequest): Promise<void> {
  const { id } = request;
  keepWarm(request.workers);
  const options = {
    draws: request.draws,
    seed: request.seed,
    runner: pooledPairedRunner(spawn, request.workers),
    onProgress: (done: number, total: number) => {
      if (id !== currentPolicyId) throw new Cancelled();
      scope.postMessage({ type: 'policy-progress', id, done, total });
    },
  };
  const output: PolicyResult =
    request.kind === 'attribution'
      ? { kind: 'attribution', result: await attribute(request.to, request.from, options) }
      : { kind: 'window', result: await policyWindow(request.to, options) };
  if (id === currentPolicyId) scope.postMessage({ type: 'policy', id, output });
}

/** Target, discover and history on request (analysisJobs.ts). */
const serveAnalysis = analysisServer({
  post: (reply) => scope.postMessage(reply),
  runner: (workers) => {
    keepWarm(workers);
    return pooledPairedRunner(spawn, workers);
  },
  startHistoryWorker: () =>
    new Worker(new URL('./history.worker.ts', import.meta.url), { type: 'module', name: 'leadline-history' }),
});

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type === 'analysis') {
    serveAnalysis(request);
    return;
  }
  if (request.type === 'policy') {
    currentPolicyId = request.id;
    servePolicy(request).catch((error: unknown) => {
      if (error instanceof Cancelled) return;
      scope.postMessage({
        type: 'policy-error',
        id: request.id,
        message: error instanceof Error ? error.message : String(error),
      });
    });
    return;
  }
  if (request.type === 'cancel') {
    currentId = -1;
    return;
  }
  if (request.type === 'sensitivity') {
    currentSensitivityId = request.id;
    serveSensitivity(request).catch((error: unknown) => {
      if (error instanceof Cancelled) return;
      scope.postMessage({
        type: 'sensitivity-error',
        id: request.id,
        message: error instanceof Error ? error.message : String(error),
      });
    });
    return;
  }
  currentId = request.id;
  serve(request).catch((error: unknown) => {
    if (error instanceof Cancelled) return;
    scope.postMessage({
      type: 'error',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    });
  });
});
