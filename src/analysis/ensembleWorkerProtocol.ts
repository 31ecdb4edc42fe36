/** Messages between the main thread and its workers (structured-clone data only). */
import type { DrawBlockResult, DrawPlan } from './drawEvaluator.ts';
import type { CollectBlockResult, CountBlockResult, EnsemblePlan, TargetSet } from './ensembleTypes.ts';
import type { DrawFailure } from './invariants.ts';
import type { SketchGrid, SketchPartial } from './quantileSketch.ts';

export type WorkerRequest =
  | { readonly type: 'init'; readonly plan: EnsemblePlan }
  | { readonly type: 'initDraws'; readonly plan: DrawPlan }
  | { readonly type: 'grids'; readonly grids: SketchGrid[] }
  | { readonly type: 'targets'; readonly targets: TargetSet[] }
  | { readonly type: 'count'; readonly block: number }
  | { readonly type: 'collect'; readonly block: number }
  | { readonly type: 'evaluate'; readonly block: number; readonly rows: Float64Array | null }
  | { readonly type: 'finish'; readonly pass: 'count' | 'collect' };

export type WorkerReply =
  | { readonly type: 'counted'; readonly block: number; readonly result: CountBlockResult }
  | { readonly type: 'collected'; readonly block: number; readonly result: CollectBlockResult }
  | { readonly type: 'evaluated'; readonly block: number; readonly result: DrawBlockResult }
  | { readonly type: 'partials'; readonly partials: SketchPartial[] }
  | { readonly type: 'finished' }
  | { readonly type: 'error'; readonly message: string; readonly failure: DrawFailure | null };

/** The transferable buffers of a reply (handed over, not copied). */
export function transferList(reply: WorkerReply): ArrayBuffer[] {
  const buffers: ArrayBufferLike[] = [];
  if (reply.type === 'counted') {
    for (const a of reply.result.sums) buffers.push(a.buffer);
    for (const a of reply.result.leads) buffers.push(a.buffer);
    for (const a of reply.result.perDraw ?? []) buffers.push(a.buffer);
    for (const t of reply.result.partials ?? [])
      buffers.push(t.counts.buffer, t.columnMin.buffer, t.columnMax.buffer);
  } else if (reply.type === 'collected') {
    for (const a of reply.result.slots) buffers.push(a.buffer);
    for (const a of reply.result.values) buffers.push(a.buffer);
  } else if (reply.type === 'evaluated') {
    for (const a of reply.result.values) buffers.push(a.buffer);
    for (const a of reply.result.params ?? []) buffers.push(a.buffer);
  } else if (reply.type === 'partials') {
    for (const t of reply.partials) buffers.push(t.counts.buffer, t.columnMin.buffer, t.columnMax.buffer);
  }
  return buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
