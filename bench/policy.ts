/**
 * Policy analyses, timed (not a test): attribution of scenario-one from baseline with 1,000
 * paired draws (the 7 lead-moving levers that differ: 128 scenarios), and PRIM alone on 10,000
 * draws of scenario-one's parameters. Run: `npx tsx bench/policy.ts`. Record `uptime` beside
 * the figures: the machine is shared.
 */
import { loadavg } from 'node:os';
import { OUTCOME_MONTH } from '../src/analysis/outcomes.ts';
import { attribute } from '../src/analysis/policy/attribution.ts';
import { drawnInputs } from '../src/analysis/policy/discover.ts';
import { drawnParameters, inProcessPairedRunner } from '../src/analysis/policy/pairedRuns.ts';
import { chooseBox, primPeel, primRestrictions } from '../src/analysis/policy/prim.ts';
import { P } from '../src/core/index.ts';
import { loadPreset, resolveScenario } from '../src/scenario/index.ts';

const one = loadPreset('scenario-one');
const baseline = loadPreset('baseline');

let t = performance.now();
const cpu0 = process.cpuUsage();
const result = await attribute(one, baseline, { draws: 1000, seed: 1 });
const cpu = process.cpuUsage(cpu0);
console.log(
  `attribution scenario-one from baseline, 1000 draws, ${result.coalitions} scenarios: ` +
    `${((performance.now() - t) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (one thread)`,
);

const base = resolveScenario({ ...one, end: '2028-12' });
const [leads] = await inProcessPairedRunner({
  base,
  schedules: [base.schedule],
  draws: 10_000,
  seed: 1,
  months: [OUTCOME_MONTH],
});
const all = drawnParameters(base, 10_000, 1);
const inputs = drawnInputs(one);
const holds = new Uint8Array(10_000);
for (let d = 0; d < 10_000; d++) holds[d] = leads[d] >= 12 ? 1 : 0;
const data = { columns: inputs.map((name) => all[P[name]]), holds };
t = performance.now();
const primCpu0 = process.cpuUsage();
const trajectory = primPeel(data);
const box = trajectory.steps[chooseBox(trajectory, 0.5)];
primRestrictions(data, trajectory, box);
const primCpu = process.cpuUsage(primCpu0);
console.log(
  `PRIM on 10000 draws × ${inputs.length} inputs: ${(performance.now() - t).toFixed(0)} ms wall, ` +
    `${((primCpu.user + primCpu.system) / 1000).toFixed(0)} ms CPU (${trajectory.steps.length - 1} peels, quasi-p-values included)`,
);
console.log(
  `load average: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
