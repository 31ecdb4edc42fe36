/**
 * The `leadline` command run from the TypeScript sources, no build needed (for development):
 * `npm run dev -- run baseline --draws 0`. The installed command, bin/leadline.js, runs dist/.
 */
import { main } from '../src/cli/main.ts';

process.exitCode = await main(process.argv);
