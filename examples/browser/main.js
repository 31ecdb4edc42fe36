// leadline in a browser page (any bundler: Vite, esbuild, webpack): every preset, 2,000 paired
// draws on two Web Workers. Without `spawn` and `workers`, run computes in the page's thread.
import { PRESET_NAMES, run, webWorkers } from 'leadline';

const spawn = webWorkers(() => new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }));
const doc = await run(PRESET_NAMES, { draws: 2000, seed: 1, workers: 2, spawn });
document.querySelector('#results').textContent = JSON.stringify(doc, null, 2);
