/**
 * `npm run bench`: speed of the engine and of the Monte Carlo (figures in docs/PERFORMANCE.md).
 *
 *   1. one deterministic run of the baseline preset, 2023-01 … 2030-12 (tinybench, median),
 *      and the other parts of a draw alone: sampling and the summary kernel (floors.ts) — their
 *      sum bounds the draws per second a core can reach with everything else free
 *   2. ensemble throughput, draws/s, in the calling thread and with 2 workers, for the default
 *      exact quantiles (two passes) and for the sketch (one pass) — full ensembles, summaries included
 *   3. 1,000,000 draws of one preset on 2 workers in a child process: wall time and peak RSS
 * Prints a JSON object, then a readable table. Not part of the tests.
 * Sizes: BENCH_EXACT_DRAWS (default 50,000), BENCH_SKETCH_DRAWS (200,000), BENCH_MILLION (1,000,000).
 */

import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { runEnsemble } from '../src/analysis/ensemble.ts';
import { nodeWorkers } from '../src/analysis/node.ts';
import { createWorkspace, simulate } from '../src/core/index.ts';
import { measureFloors } from './floors.ts';
import { resolvedPreset } from './presets.ts';

const EXACT_DRAWS = Number(process.env.BENCH_EXACT_DRAWS ?? 50_000);
const SKETCH_DRAWS = Number(process.env.BENCH_SKETCH_DRAWS ?? 200_000);
const MILLION = Number(process.env.BENCH_MILLION ?? 1_000_000);
const TARGET_DRAWS_PER_CORE = 100_000;
const TARGET_SPEEDUP = 1.7;
const TARGET_MILLION_SECONDS = 10;
const TARGET_RSS_MB = 300;

async function deterministicRunMicros(): Promise<number> {
  const resolved = resolvedPreset('baseline');
  const ws = createWorkspace(resolved.nMonths);
  const bench = new Bench({ time: 2000, warmup: true });
  bench.add('simulate(baseline)', () => {
    simulate(resolved.params, resolved.schedule, ws);
  });
  await bench.run();
  const result = bench.tasks[0].result;
  if (!('latency' in result)) throw new Error('tinybench: simulate(baseline) did not complete');
  return result.latency.p50 * 1000;
}

interface Throughput {
  draws: number;
  workers: number;
  seconds: number;
  drawsPerSecond: number;
}

async function throughput(
  draws: number,
  workers: number,
  quantileMethod: 'exact' | 'sketch',
): Promise<Throughput> {
  const resolved = [resolvedPreset('baseline')];
  const started = performance.now();
  await runEnsemble(resolved, { draws, seed: 2026, workers, quantileMethod, spawn: nodeWorkers });
  const seconds = (performance.now() - started) / 1000;
  return { draws, workers, seconds, drawsPerSecond: draws / seconds };
}

function millionInChild(): { draws: number; workers: number; seconds: number; peakRssMB: number } {
  const script = fileURLToPath(new URL('./peakRss.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, String(MILLION), '2'], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

const machine = { nproc: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version };
process.stderr.write('bench: deterministic run…\n');
const runMicros = await deterministicRunMicros();
process.stderr.write('bench: sampling and summary kernel alone…\n');
const parts = measureFloors();
const floorMicros = runMicros + parts.samplingMicrosPerDraw + parts.kernelMicrosPerDraw;
const floors = {
  columns: parts.columns,
  engineMicros: Number(runMicros.toFixed(2)),
  samplingMicros: Number(parts.samplingMicrosPerDraw.toFixed(2)),
  kernelMicros: Number(parts.kernelMicrosPerDraw.toFixed(2)),
  kernelNanosPerValue: Number(parts.kernelNanosPerValue.toFixed(2)),
  sumMicros: Number(floorMicros.toFixed(2)),
  ceilingDrawsPerSecond: Math.round(1e6 / floorMicros),
};
process.stderr.write(`bench: exact, ${EXACT_DRAWS} draws…\n`);
const exact1 = await throughput(EXACT_DRAWS, 1, 'exact');
const exact2 = await throughput(EXACT_DRAWS, 2, 'exact');
process.stderr.write(`bench: sketch, ${SKETCH_DRAWS} draws…\n`);
const sketch1 = await throughput(SKETCH_DRAWS, 1, 'sketch');
const sketch2 = await throughput(SKETCH_DRAWS, 2, 'sketch');
process.stderr.write(`bench: ${MILLION} draws in a child process…\n`);
const million = millionInChild();

const speedupExact = exact2.drawsPerSecond / exact1.drawsPerSecond;
const speedupSketch = sketch2.drawsPerSecond / sketch1.drawsPerSecond;
const targets = [
  {
    target: `≥ ${TARGET_DRAWS_PER_CORE} draws/s per core (sketch, 1 thread)`,
    measured: Math.round(sketch1.drawsPerSecond),
    met: sketch1.drawsPerSecond >= TARGET_DRAWS_PER_CORE,
  },
  {
    target: `2-worker speedup ≥ ${TARGET_SPEEDUP} (sketch)`,
    measured: Number(speedupSketch.toFixed(2)),
    met: speedupSketch >= TARGET_SPEEDUP,
  },
  {
    target: `${MILLION} draws within ${TARGET_MILLION_SECONDS} s on 2 workers`,
    measured: Number(million.seconds.toFixed(1)),
    met: million.seconds <= TARGET_MILLION_SECONDS,
  },
  {
    target: `peak RSS < ${TARGET_RSS_MB} MB at ${MILLION} draws`,
    measured: Math.round(million.peakRssMB),
    met: million.peakRssMB < TARGET_RSS_MB,
  },
];
const report = {
  machine,
  deterministicRunMicros: Number(runMicros.toFixed(2)),
  floors,
  exact: { oneThread: exact1, twoWorkers: exact2, speedup: Number(speedupExact.toFixed(2)) },
  sketch: { oneThread: sketch1, twoWorkers: sketch2, speedup: Number(speedupSketch.toFixed(2)) },
  million,
  targets,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n\n`);

const rows: [string, string][] = [
  ['machine', `${machine.nproc} × ${machine.cpu}, Node ${machine.node}`],
  ['deterministic run (median)', `${runMicros.toFixed(1)} µs`],
  ['sampling alone, per draw', `${floors.samplingMicros.toFixed(1)} µs`],
  [
    `summary kernel alone, per draw (${floors.columns} columns)`,
    `${floors.kernelMicros.toFixed(1)} µs (${floors.kernelNanosPerValue.toFixed(2)} ns a value)`,
  ],
  [
    'sum of the parts: ceiling per core',
    `${floors.sumMicros.toFixed(1)} µs a draw, ≤ ${floors.ceilingDrawsPerSecond} draws/s`,
  ],
  [
    `exact, ${EXACT_DRAWS} draws, 1 thread`,
    `${Math.round(exact1.drawsPerSecond)} draws/s (${exact1.seconds.toFixed(1)} s)`,
  ],
  [
    `exact, ${EXACT_DRAWS} draws, 2 workers`,
    `${Math.round(exact2.drawsPerSecond)} draws/s (${exact2.seconds.toFixed(1)} s)`,
  ],
  ['exact speedup', speedupExact.toFixed(2)],
  [
    `sketch, ${SKETCH_DRAWS} draws, 1 thread`,
    `${Math.round(sketch1.drawsPerSecond)} draws/s (${sketch1.seconds.toFixed(1)} s)`,
  ],
  [
    `sketch, ${SKETCH_DRAWS} draws, 2 workers`,
    `${Math.round(sketch2.drawsPerSecond)} draws/s (${sketch2.seconds.toFixed(1)} s)`,
  ],
  ['sketch speedup', speedupSketch.toFixed(2)],
  [
    `${MILLION} draws, 2 workers`,
    `${million.seconds.toFixed(1)} s, peak RSS ${Math.round(million.peakRssMB)} MB`,
  ],
  ...targets.map((t): [string, string] => [
    `target: ${t.target}`,
    `${t.measured} — ${t.met ? 'met' : 'NOT met'}`,
  ]),
];
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
