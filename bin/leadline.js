#!/usr/bin/env node
// Entry point of the `leadline` command: compiled JavaScript in dist/ (built by `npm run build`,
// which `prepare` runs on `npm ci` in a checkout); nothing is compiled at run time. The command
// is dist/cli/leadline.js, one bundle of dist/cli/main.js, for start-up time; `--version` alone
// needs only the version constant. From the TypeScript sources without a build: `npm run dev -- ARGS`.
const args = process.argv.slice(2);
try {
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    const { LEADLINE_VERSION } = await import('../dist/analysis/version.js');
    process.stdout.write(`${LEADLINE_VERSION}\n`);
  } else {
    const { main } = await import('../dist/cli/leadline.js');
    process.exitCode = await main(process.argv);
  }
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/dist/')) throw error;
  process.stderr.write(
    'leadline: the package is not built (dist/ is missing): run `npm run build` in the checkout\n',
  );
  process.exit(3);
}
