/**
 * Runs the draws of a Monte Carlo run again, one at a time in this thread, and reads the
 * model quantities measured history is compared with. A draw's parameter vector comes from
 * `blockParameters`, the function the ensemble itself uses, so draw i here is draw i of
 * `leadline run` with the same scenarios, draws and seed, on any number of workers.
 *
 * Cost: one engine run per draw and scenario (~30 µs), in blocks of BLOCK_SIZE vectors.
 */
import { createWorkspace, N_PARAMS, simulate } from '../../core/index.ts';
import type { ResolvedScenario } from '../../scenario/index.ts';
import { blockParameters, type RunIdentity } from '../ensembleDraws.ts';
import { BLOCK_SIZE } from '../ensemblePlan.ts';
import type { Observation } from './observations.ts';
import { QuantityReader } from './quantities.ts';

/** Calls `visit(drawIndex, reader)` for every draw of scenario `scenarioIndex`, in draw order. */
export function forEachDraw(
  resolved: readonly ResolvedScenario[],
  run: RunIdentity,
  scenarioIndex: number,
  visit: (drawIndex: number, reader: QuantityReader) => void,
): void {
  const scenario = resolved[scenarioIndex];
  if (scenario === undefined) throw new RangeError(`no scenario ${scenarioIndex} in the run`);
  const ws = createWorkspace(scenario.nMonths);
  const reader = new QuantityReader(scenario.nMonths);
  const nBlocks = Math.ceil(run.draws / BLOCK_SIZE);
  for (let block = 0; block < nBlocks; block++) {
    const matrix = blockParameters(resolved, run, block)[scenarioIndex];
    const rows = matrix.length / N_PARAMS;
    for (let d = 0; d < rows; d++) {
      simulate(matrix.subarray(d * N_PARAMS, (d + 1) * N_PARAMS), scenario.schedule, ws);
      reader.load(ws.series);
      visit(block * BLOCK_SIZE + d, reader);
    }
  }
}

/** The observations a scenario's horizon covers (window ending before its last month). */
export function observationsWithin(observations: readonly Observation[], nMonths: number): Observation[] {
  return observations.filter((o) => o.endMonth < nMonths);
}

/** Model value of each observation's aggregate for one loaded run, into `out` (one per observation). */
export function readObservations(
  reader: QuantityReader,
  observations: readonly Observation[],
  out: Float64Array,
  offset = 0,
): void {
  for (let k = 0; k < observations.length; k++) {
    const o = observations[k];
    out[offset + k] = reader.aggregate(o.quantity, o.aggregate, o.startMonth, o.endMonth);
  }
}

/**
 * Draw-major matrix (draws × observations) of every draw's model value for each observation,
 * for scenario `scenarioIndex`.
 */
export function observationValuesByDraw(
  resolved: readonly ResolvedScenario[],
  run: RunIdentity,
  scenarioIndex: number,
  observations: readonly Observation[],
): Float64Array {
  const k = observations.length;
  const values = new Float64Array(run.draws * k);
  forEachDraw(resolved, run, scenarioIndex, (draw, reader) =>
    readObservations(reader, observations, values, draw * k),
  );
  return values;
}
