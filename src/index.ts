/**
 * `leadline`: the browser-safe entry (no Node built-in is reachable from here;
 * test/architecture.test.ts walks the import graph). Node additions — files, worker threads,
 * report folders — are in `leadline/node` (src/node.ts).
 *
 *   load ─► validate ─► resolve parameters ─► simulate ─► summarize ─► render
 *   presets,           resolveScenario       simulate     runEnsemble   charts (SVG),
 *   parseScenarioText                        evaluateDraws  checks      htmlReport, markdownReport
 */
export * from './analysis/index.ts';
// Two types share a name; the scenario's is the file field, the policy search's a lever and its value.
export type { LeverSetting as PolicyLeverSetting } from './analysis/policy/index.ts';
export * from './core/index.ts';
export * from './params/index.ts';
export * from './report/index.ts';
export type { LeverSetting } from './scenario/index.ts';
export * from './scenario/index.ts';
