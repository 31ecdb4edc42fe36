/**
 * Child process of the benchmark: runs one ensemble of the baseline preset and prints, as
 * JSON, its wall time and the process's peak resident set size (worker threads included:
 * they share the process). Usage: node --import tsx bench/peakRss.ts <draws> <workers>
 */
import { runEnsemble } from '../src/analysis/ensemble.ts';
import { nodeWorkers } from '../src/analysis/node.ts';
import { resolvedPreset } from './presets.ts';

const draws = Number(process.argv[2] ?? 1_000_000);
const workers = Number(process.argv[3] ?? 2);
const started = performance.now();
const [ensemble] = await runEnsemble([resolvedPreset('baseline')], {
  draws,
  seed: 2026,
  workers,
  spawn: nodeWorkers,
});
const seconds = (performance.now() - started) / 1000;
const peakRssMB = process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes
process.stdout.write(
  `${JSON.stringify({ draws, workers, seconds, peakRssMB, quantileMethod: ensemble.quantileMethod })}\n`,
);
