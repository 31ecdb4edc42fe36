#!/usr/bin/env node
// Entry point of the `leadline` command: the compiled JavaScript in dist/ (built by `npm run
// build`, which `prepare` runs on `npm ci`/`npm install` in a checkout). Nothing is compiled
// at run time. From the TypeScript sources without a build: `npm run dev -- ARGS`.
let main;
try {
  ({ main } = await import('../dist/cli/main.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/main.js')) throw error;
  process.stderr.write('leadline: the package is not built (no dist/cli/main.js): run `npm run build` in the checkout\n');
  process.exit(3);
}
process.exitCode = await main(process.argv);
