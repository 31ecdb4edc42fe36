/**
 * `npx tsx bench/drawsMemory.ts`: does `leadline draws` run in constant memory? Runs the
 * compiled command (`node bin/leadline.js draws baseline --workers 2 --params`, run `npm run
 * build` first) at each size in BENCH_DRAWS_SIZES (default 20000,200000,2000000) under
 * /usr/bin/time, the CSV going to /dev/null (a file: writes are synchronous) or, with
 * BENCH_DRAWS_SINK=pipe, to this process through a pipe it drains (the command awaits 'drain').
 * Prints one JSON line per size: wall seconds, peak RSS of the command's process and its
 * worker threads (MB), bytes written when piped, and the 1-minute load average before and
 * after. Not a test: a run of 2,000,000 draws takes minutes.
 */
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const sizes = (process.env.BENCH_DRAWS_SIZES ?? '20000,200000,2000000').split(',').map(Number);
const sink = process.env.BENCH_DRAWS_SINK === 'pipe' ? 'pipe' : 'file';
const extra = (process.env.BENCH_DRAWS_ARGS ?? '--params').split(' ').filter(Boolean);
const cli = fileURLToPath(new URL('../bin/leadline.js', import.meta.url));

function measure(draws: number): Promise<Record<string, number | string>> {
  const loadBefore = loadavg()[0];
  const args = ['-f', '%e %M', process.execPath, cli, 'draws', 'baseline', '--draws', String(draws)];
  args.push('--workers', '2', ...extra);
  const stdout = sink === 'pipe' ? 'pipe' : openSync('/dev/null', 'w');
  const child = spawn('/usr/bin/time', args, { stdio: ['ignore', stdout, 'pipe'] });
  let bytes = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      const last = stderr.trim().split('\n').at(-1) ?? '';
      const [seconds, maxKB] = last.split(' ').map(Number);
      if (code !== 0 || !Number.isFinite(maxKB)) {
        reject(new Error(`draws ${draws} failed (exit ${code}): ${stderr.slice(-500)}`));
        return;
      }
      resolve({
        draws,
        sink,
        args: extra.join(' '),
        seconds,
        peakRssMB: Math.round(maxKB / 1024),
        ...(sink === 'pipe' ? { bytes } : {}),
        loadAverage1mBefore: Number(loadBefore.toFixed(2)),
        loadAverage1mAfter: Number(loadavg()[0].toFixed(2)),
      });
    });
  });
}

for (const draws of sizes) process.stdout.write(`${JSON.stringify(await measure(draws))}\n`);
