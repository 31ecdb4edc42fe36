#!/usr/bin/env node
// Entry point of the `leadline` command. The sources are TypeScript run through tsx,
// so there is no build step between a checkout and a run.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
