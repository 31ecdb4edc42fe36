/**
 * `leadline/node`: everything in `leadline` (src/index.ts) and what needs Node: scenario files
 * on disk, worker threads, results files, report folders with PNG charts.
 */
export * from './analysis/node.ts';
// Both entries export a run; this one also takes scenario files and starts worker threads.
export { run } from './analysis/node.ts';
export * from './index.ts';
export * from './report/node.ts';
export * from './scenario/node.ts';
