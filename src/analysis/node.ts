/** Analyses' Node-only part: worker threads for the pool. The browser-safe rest is ./index.ts. */
export { nodeWorkers } from './nodeWorkers.ts';
