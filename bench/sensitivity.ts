/**
 * `npm run bench:sensitivity`: the speed figures of the sensitivity issue (docs/PERFORMANCE.md).
 *
 *   1. engine-only lead draws per second on one core: sample a parameter vector (ParamSampler,
 *      inverse CDFs) and run the engine (simulate, 2023-01 … 2030-12), no per-month summaries;
 *      the two parts also timed alone, and the engine stopped at 2028-12; then the draw as the
 *      sensitivity analysis and `leadline draws` of a lead run it: sampling + the run to 2028-12
 *      stopped after the lead (simulate's extent 'lead') (median of rounds)
 *   2. `leadline sensitivity scenario-one --n 1024` end to end (a child process, wall time),
 *      with --workers 1 and --workers 2, writing no files
 * Prints a JSON object. Not part of the tests. BENCH_SENS_N sets N (default 1024).
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { OUTCOME_MONTH } from '../src/analysis/outcomes.ts';
import { DrawRandom } from '../src/analysis/rng.ts';
import { ParamSampler } from '../src/analysis/sampler.ts';
import { truncatedTo } from '../src/analysis/sensitivity/index.ts';
import { createWorkspace, N_PARAMS, simulate } from '../src/core/index.ts';
import { resolvedPreset } from './presets.ts';

const N = Number(process.env.BENCH_SENS_N ?? 1024);
const DRAWS = 5000;
const ROUNDS = 5;

function medianMicros(rounds: number, units: number, fn: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    fn();
    times.push(((performance.now() - started) * 1000) / units);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

function engineDraws(): {
  samplingMicros: number;
  simulateMicros: number;
  simulateTo2028Micros: number;
  drawMicros: number;
  drawsPerSecond: number;
  simulateLeadTo2028Micros: number;
  leadDrawMicros: number;
} {
  const resolved = resolvedPreset('scenario-one');
  const short = truncatedTo(resolved, OUTCOME_MONTH);
  const wsShort = createWorkspace(short.nMonths);
  const sampler = new ParamSampler();
  const rng = new DrawRandom();
  const ws = createWorkspace(resolved.nMonths);
  const params = new Float64Array(N_PARAMS);
  const vectors = new Float64Array(DRAWS * N_PARAMS);
  let sink = 0;
  const samplingMicros = medianMicros(ROUNDS, DRAWS, () => {
    for (let d = 0; d < DRAWS; d++) sampler.sampleDraw(rng, 1, d, vectors, d * N_PARAMS);
  });
  const simulateMicros = medianMicros(ROUNDS, DRAWS, () => {
    for (let d = 0; d < DRAWS; d++) {
      params.set(vectors.subarray(d * N_PARAMS, (d + 1) * N_PARAMS));
      simulate(params, resolved.schedule, ws);
      sink += ws.series.leadMonths[71];
    }
  });
  const simulateTo2028Micros = medianMicros(ROUNDS, DRAWS, () => {
    for (let d = 0; d < DRAWS; d++) {
      params.set(vectors.subarray(d * N_PARAMS, (d + 1) * N_PARAMS));
      simulate(params, short.schedule, wsShort);
      sink += wsShort.series.leadMonths[OUTCOME_MONTH];
    }
  });
  const drawMicros = medianMicros(ROUNDS, DRAWS, () => {
    for (let d = 0; d < DRAWS; d++) {
      sampler.sampleDraw(rng, 1, d, params, 0);
      simulate(params, resolved.schedule, ws);
      sink += ws.series.leadMonths[71];
    }
  });
  const simulateLeadTo2028Micros = medianMicros(ROUNDS, DRAWS, () => {
    for (let d = 0; d < DRAWS; d++) {
      params.set(vectors.subarray(d * N_PARAMS, (d + 1) * N_PARAMS));
      simulate(params, short.schedule, wsShort, 'lead');
      sink += wsShort.series.leadMonths[OUTCOME_MONTH];
    }
  });
  const leadDrawMicros = medianMicros(ROUNDS, DRAWS, () => {
    for (let d = 0; d < DRAWS; d++) {
      sampler.sampleDraw(rng, 1, d, params, 0);
      simulate(params, short.schedule, wsShort, 'lead');
      sink += wsShort.series.leadMonths[OUTCOME_MONTH];
    }
  });
  if (!Number.isFinite(sink)) throw new Error('bench: non-finite lead');
  return {
    samplingMicros,
    simulateMicros,
    simulateTo2028Micros,
    drawMicros,
    drawsPerSecond: 1e6 / drawMicros,
    simulateLeadTo2028Micros,
    leadDrawMicros,
  };
}

function sensitivityWall(workers: number): { workers: number; seconds: number; runs: number } {
  const cli = fileURLToPath(new URL('../bin/leadline.js', import.meta.url));
  const started = performance.now();
  const out = execFileSync(
    process.execPath,
    [
      cli,
      'sensitivity',
      'scenario-one',
      '--n',
      String(N),
      '--workers',
      String(workers),
      '--json',
      '--no-report',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const seconds = (performance.now() - started) / 1000;
  return { workers, seconds, runs: JSON.parse(out).runs };
}

const machine = { nproc: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version };
const loadBefore = loadavg()[0];
process.stderr.write('bench: engine-only draws on one core…\n');
const engine = engineDraws();
process.stderr.write(`bench: leadline sensitivity scenario-one --n ${N}, 1 and 2 workers…\n`);
const one = sensitivityWall(1);
const two = sensitivityWall(2);
const report = {
  machine,
  loadAverage1mBefore: loadBefore,
  loadAverage1mAfter: loadavg()[0],
  engine: {
    samplingMicros: Number(engine.samplingMicros.toFixed(2)),
    simulateMicros: Number(engine.simulateMicros.toFixed(2)),
    simulateTo2028Micros: Number(engine.simulateTo2028Micros.toFixed(2)),
    drawMicros: Number(engine.drawMicros.toFixed(2)),
    drawsPerSecond: Math.round(engine.drawsPerSecond),
    simulateLeadTo2028Micros: Number(engine.simulateLeadTo2028Micros.toFixed(2)),
    leadDrawMicros: Number(engine.leadDrawMicros.toFixed(2)),
    leadDrawsPerSecond: Math.round(1e6 / engine.leadDrawMicros),
    target: 60_000,
  },
  sensitivity: { n: N, oneWorker: one, twoWorkers: two, targetSeconds: 3 },
};
console.log(JSON.stringify(report, null, 2));
