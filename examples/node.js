// leadline from Node: two presets and a scenario of your own (an object here; a path to a
// .yaml file works too), 2,000 paired draws on worker threads. Run: node examples/node.js
import { parseScenarioText } from 'leadline';
import { run } from 'leadline/node';

const mine = parseScenarioText('title: No chip exports\nlevers:\n  chipExports: none\n', 'no-exports.yaml');
const doc = await run(['baseline', 'scenario-one', mine], { draws: 2000, seed: 1 });
for (const r of doc.runs) {
  const lead = r.quantiles.leadMonths.p50[r.months.indexOf('2028-12')];
  console.log(
    `${r.scenario}: median lead at 2028-12 ${lead.toFixed(1)} months, P(Scenario One world) ${r.probabilities.scenarioOne.p}`,
  );
}
