/**
 * Ensemble workers that outlive a run. The library's WorkerPool ends a run by terminating its
 * workers; a fresh Web Worker must then load the module, compile the WebAssembly kernel and
 * warm up V8's optimiser again before it computes at full speed. The fleet lends the pool
 * workers through the SpawnWorker it expects, and takes them back when the pool "terminates"
 * them, loaded and optimised, for the next run.
 *
 * A worker handed back in the middle of a run (a newer change cancelled it) may still owe
 * replies for blocks it was dealt. Messages to and from a worker keep their order, so the fleet
 * counts the replies owed and drops that many before passing replies on to the next borrower;
 * the next run's requests queue behind the old blocks. Requests that get one reply each:
 * 'count', 'collect', 'evaluate' and 'finish' (ensembleService.ts). A worker that replied with
 * an error or failed is terminated, not reused.
 */
import type { SpawnWorker, WorkerLink, WorkerReply, WorkerRequest } from '../lib.ts';

/** The parts of a Web Worker the fleet uses. */
export interface FleetWorker {
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerReply>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  addEventListener(type: 'messageerror', listener: (event: MessageEvent) => void): void;
  terminate(): void;
}

/** Whether the worker answers this request with exactly one reply. */
export function expectsReply(request: WorkerRequest): boolean {
  return (
    request.type === 'count' ||
    request.type === 'collect' ||
    request.type === 'evaluate' ||
    request.type === 'finish'
  );
}

interface Member {
  readonly worker: FleetWorker;
  /** Replies owed for requests sent, by any borrower. */
  owed: number;
  /** Of those, replies owed to earlier borrowers: dropped when they come. */
  stale: number;
  /** Failed or replied with an error: terminated when handed back. */
  broken: boolean;
  onReply: ((reply: WorkerReply) => void) | null;
  onFailure: ((error: Error) => void) | null;
}

export class WorkerFleet {
  /** Loaded workers not lent out, the least busy first when lent. */
  private readonly idle: Member[] = [];
  private target = 0;

  constructor(private readonly create: () => FleetWorker) {}

  /** Keeps at least `count` workers loaded and waiting (started now, in parallel). */
  warm(count: number): void {
    this.target = Math.max(this.target, count);
    while (this.idle.length < this.target) this.idle.push(this.start());
  }

  /** Workers waiting, and of those how many still owe replies to an earlier run (for tests). */
  get waiting(): { readonly count: number; readonly busy: number } {
    return { count: this.idle.length, busy: this.idle.filter((m) => m.owed > 0).length };
  }

  /** The SpawnWorker to give runEnsemble, pooledPairedRunner, …: lends a waiting worker, or starts one. */
  readonly spawn: SpawnWorker = () => {
    let best = -1;
    for (let i = 0; i < this.idle.length; i++) {
      if (best < 0 || this.idle[i].owed < this.idle[best].owed) best = i;
    }
    const member = best >= 0 ? this.idle.splice(best, 1)[0] : this.start();
    return this.lend(member);
  };

  private start(): Member {
    const worker = this.create();
    const member: Member = { worker, owed: 0, stale: 0, broken: false, onReply: null, onFailure: null };
    worker.addEventListener('message', (event) => {
      const reply = event.data;
      if (member.owed > 0) member.owed--;
      if (reply.type === 'error') member.broken = true;
      if (member.stale > 0) {
        member.stale--;
        return;
      }
      member.onReply?.(reply);
    });
    const fail = (message: string): void => {
      member.broken = true;
      member.onFailure?.(new Error(message));
      this.drop(member);
    };
    worker.addEventListener('error', (event) => fail(`web worker: ${event.message || 'failed to start'}`));
    worker.addEventListener('messageerror', () => fail('web worker: a message could not be read'));
    return member;
  }

  private lend(member: Member): WorkerLink {
    let returned = false;
    return {
      post: (request, transfer) => {
        if (returned) return;
        if (expectsReply(request)) member.owed++;
        member.worker.postMessage(request, transfer);
      },
      listen: (onReply, onFailure) => {
        member.onReply = onReply;
        member.onFailure = onFailure;
      },
      terminate: async () => {
        if (returned) return;
        returned = true;
        member.onReply = null;
        member.onFailure = null;
        member.stale = member.owed;
        if (member.broken || this.idle.length >= this.target) member.worker.terminate();
        else this.idle.push(member);
      },
    };
  }

  /** A worker that failed while waiting: replaced. */
  private drop(member: Member): void {
    const i = this.idle.indexOf(member);
    if (i < 0) return;
    this.idle.splice(i, 1);
    member.worker.terminate();
    this.warm(this.target);
  }
}
