/** The package version (test/docs/version.test.ts holds it equal to package.json's). */
export const LEADLINE_VERSION = '0.2.0';
