/** `npm run wasm`: writes src/analysis/wasm/summaryKernelBinary.ts from the WAT (atomically). */
import { renameSync, writeFileSync } from 'node:fs';
import { BINARY_MODULE_PATH, binaryModuleSource, compileSummaryKernel } from './wasm.ts';

const bytes = await compileSummaryKernel();
const temp = `${BINARY_MODULE_PATH}.${process.pid}.tmp`;
writeFileSync(temp, binaryModuleSource(bytes));
renameSync(temp, BINARY_MODULE_PATH);
console.log(`wrote ${BINARY_MODULE_PATH} (${bytes.length} bytes of WebAssembly)`);
