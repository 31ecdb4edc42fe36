/**
 * Analyses' Node-only part: worker threads for the pool, and the run that also takes scenario
 * files. The browser-safe rest is ./index.ts.
 */
export { nodeWorkers } from './nodeWorkers.ts';
export { run } from './pipeline/runNode.ts';
