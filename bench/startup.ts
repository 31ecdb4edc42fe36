/**
 * Start-up time of the `leadline` command (issue 9, Measure): `leadline --version` and
 * `leadline run --draws 0 --no-report` as installed (bin/leadline.js → dist/, `npm run build`
 * first) and as 0.1.0 ran them (the TypeScript sources through tsx), beside a bare
 * `node -e ""` (the floor no command can beat). Each runs ROUNDS times, interleaved; prints the
 * min and median of wall time and of CPU time (user + system, from /usr/bin/time: less
 * sensitive to the other tenants of a shared machine), and the load average before and after.
 *
 *   npm run bench:startup            # STARTUP_ROUNDS=7 by default
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROUNDS = Number(process.env.STARTUP_ROUNDS ?? 7);
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'leadline.js');
const fromSources = ['--import', 'tsx', join(root, 'scripts', 'leadline.ts')];

const commands: Record<string, string[]> = {
  'node -e ""': ['-e', ''],
  'leadline --version': [bin, '--version'],
  'leadline run --draws 0 --no-report': [bin, 'run', '--draws', '0', '--no-report'],
  'tsx (0.1.0): leadline --version': [...fromSources, '--version'],
  'tsx (0.1.0): leadline run --draws 0 ...': [...fromSources, 'run', '--draws', '0', '--no-report'],
};

/** [wall, cpu] seconds of `node ARGS`, measured by /usr/bin/time. */
function timed(args: string[]): [number, number] {
  const child = spawnSync('/usr/bin/time', ['-f', 'TIMED %e %U %S', process.execPath, ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const line = child.stderr.split('\n').find((l) => l.startsWith('TIMED '));
  if (child.status !== 0 || line === undefined)
    throw new Error(`node ${args.join(' ')} failed: ${child.stderr}`);
  const [wall, user, system] = line.slice(6).split(' ').map(Number);
  return [wall, user + system];
}

const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
const cpu: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
const loadBefore = loadavg()[0];
for (let round = 0; round < ROUNDS; round++)
  for (const [name, args] of Object.entries(commands)) {
    const [wall, used] = timed(args);
    times[name].push(wall);
    cpu[name].push(used);
  }
const loadAfter = loadavg()[0];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`${ROUNDS} rounds; load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`);
console.log(`${'command'.padEnd(42)} wall min / median    CPU min / median`);
for (const [name, xs] of Object.entries(times)) {
  const c = cpu[name];
  console.log(
    `${name.padEnd(42)} ${Math.min(...xs).toFixed(2)} / ${median(xs).toFixed(2)} s      ${Math.min(...c).toFixed(2)} / ${median(c).toFixed(2)} s`,
  );
}
