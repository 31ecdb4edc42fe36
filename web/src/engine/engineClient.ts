/**
 * Runs requested by the page, newest wins: a run's request cancels the run in flight in the
 * coordinator worker, and replies from older runs are dropped here.
 */
import type { SensitivityResult } from '../lib.ts';
import type { AnalysisJob, AnalysisOutput, AnalysisRequest } from './analysisProtocol.ts';
import type {
  CoordinatorReply,
  PolicyRequest,
  PolicyResult,
  RunOutput,
  RunRequest,
  SensitivityRequest,
} from './protocol.ts';
import { epochNowMs, recordMarks } from './trace.ts';

export interface RunCallbacks {
  onEstimate(output: RunOutput, draws: number): void;
  onProgress(done: number, total: number): void;
  onFinal(output: RunOutput): void;
  onError(message: string): void;
}

export type RunOptions = Omit<RunRequest, 'type' | 'id'>;

export interface SensitivityCallbacks {
  onProgress(done: number, total: number): void;
  onResult(result: SensitivityResult): void;
  onError(message: string): void;
}

export interface PolicyCallbacks {
  onProgress(done: number, total: number): void;
  onResult(output: PolicyResult): void;
  onError(message: string): void;
}

export interface AnalysisCallbacks {
  /** `total` 0: not known ahead. */
  onProgress(done: number, total: number): void;
  onResult(output: AnalysisOutput): void;
  onError(message: string): void;
}

export class EngineClient {
  private worker: Worker | null = null;
  private nextId = 0;
  private currentId = -1;
  private callbacks: RunCallbacks | null = null;
  private firstDraws = 0;
  private sensitivityId = -1;
  private sensitivityCallbacks: SensitivityCallbacks | null = null;
  private policyId = -1;
  private policyCallbacks: PolicyCallbacks | null = null;
  private analysisId = -1;
  private analysisCallbacks: AnalysisCallbacks | null = null;

  /** Starts a target, discover or history analysis (beside any run; a newer one replaces it). */
  analysis(job: AnalysisJob, callbacks: AnalysisCallbacks): void {
    const worker = this.coordinator();
    this.analysisId = this.nextId++;
    this.analysisCallbacks = callbacks;
    worker.postMessage({ type: 'analysis', id: this.analysisId, job } satisfies AnalysisRequest);
  }

  /** Starts a policy analysis (beside any run; a newer one replaces it). */
  policy(options: Omit<PolicyRequest, 'type' | 'id'>, callbacks: PolicyCallbacks): void {
    const worker = this.coordinator();
    this.policyId = this.nextId++;
    this.policyCallbacks = callbacks;
    worker.postMessage({ type: 'policy', id: this.policyId, ...options } satisfies PolicyRequest);
  }

  /** Starts a sensitivity analysis (it runs beside any run; a newer one replaces it). */
  sensitivity(options: Omit<SensitivityRequest, 'type' | 'id'>, callbacks: SensitivityCallbacks): void {
    const worker = this.coordinator();
    this.sensitivityId = this.nextId++;
    this.sensitivityCallbacks = callbacks;
    worker.postMessage({
      type: 'sensitivity',
      id: this.sensitivityId,
      ...options,
    } satisfies SensitivityRequest);
  }

  /** Starts a run, cancelling the one in flight. */
  run(options: RunOptions, callbacks: RunCallbacks): void {
    const worker = this.coordinator();
    this.currentId = this.nextId++;
    this.callbacks = callbacks;
    this.firstDraws = options.firstDraws;
    worker.postMessage({ type: 'run', id: this.currentId, ...options } satisfies RunRequest);
  }

  /** Ends the run in flight, if any. */
  cancel(): void {
    this.currentId = -1;
    this.worker?.postMessage({ type: 'cancel' });
  }

  private coordinator(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./coordinator.worker.ts', import.meta.url), {
      type: 'module',
      name: 'leadline-coordinator',
    });
    worker.addEventListener('message', (event: MessageEvent<CoordinatorReply>) => this.receive(event.data));
    worker.addEventListener('error', (event) => {
      this.callbacks?.onError(event.message || 'the model worker failed');
      this.worker = null;
    });
    this.worker = worker;
    return worker;
  }

  private receive(reply: CoordinatorReply): void {
    if (reply.type === 'analysis' || reply.type === 'analysis-progress' || reply.type === 'analysis-error') {
      const ac = this.analysisCallbacks;
      if (reply.id !== this.analysisId || !ac) return;
      if (reply.type === 'analysis') ac.onResult(reply.output);
      else if (reply.type === 'analysis-progress') ac.onProgress(reply.done, reply.total);
      else ac.onError(reply.message);
      return;
    }
    if (reply.type === 'policy' || reply.type === 'policy-progress' || reply.type === 'policy-error') {
      const pc = this.policyCallbacks;
      if (reply.id !== this.policyId || !pc) return;
      if (reply.type === 'policy') pc.onResult(reply.output);
      else if (reply.type === 'policy-progress') pc.onProgress(reply.done, reply.total);
      else pc.onError(reply.message);
      return;
    }
    if (
      reply.type === 'sensitivity' ||
      reply.type === 'sensitivity-progress' ||
      reply.type === 'sensitivity-error'
    ) {
      const sc = this.sensitivityCallbacks;
      if (reply.id !== this.sensitivityId || !sc) return;
      if (reply.type === 'sensitivity') sc.onResult(reply.result);
      else if (reply.type === 'sensitivity-progress') sc.onProgress(reply.done, reply.total);
      else sc.onError(reply.message);
      return;
    }
    const callbacks = this.callbacks;
    if (reply.id !== this.currentId || !callbacks) return;
    if ((reply.type === 'estimate' || reply.type === 'final') && reply.marks) {
      recordMarks([...reply.marks, { name: `${reply.type}:received`, atEpochMs: epochNowMs() }]);
    }
    if (reply.type === 'estimate') callbacks.onEstimate(reply.output, this.firstDraws);
    else if (reply.type === 'progress') callbacks.onProgress(reply.done, reply.total);
    else if (reply.type === 'final') callbacks.onFinal(reply.output);
    else callbacks.onError(reply.message);
  }
}
