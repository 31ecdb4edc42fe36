/** The package version (one constant, browser-safe, in src/analysis/version.ts). */
export { LEADLINE_VERSION } from '../analysis/version.ts';
