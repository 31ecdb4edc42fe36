/** Scenario files on disk (Node only); the browser-safe rest is ./index.ts. */
export { loadScenarioFile, presetDirectory, resolveScenarioArg } from './scenarioFiles.ts';
