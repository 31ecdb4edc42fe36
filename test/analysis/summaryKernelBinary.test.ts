import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BINARY_MODULE_PATH, binaryModuleSource, compileSummaryKernel } from '../../scripts/wasm.ts';
import { SUMMARY_KERNEL_BASE64 } from '../../src/analysis/wasm/summaryKernelBinary.ts';

describe('src/analysis/wasm/summaryKernelBinary.ts', () => {
  it('holds the bytes of summaryKernel.wat as it is now (else run `npm run wasm`)', async () => {
    const bytes = await compileSummaryKernel();
    expect(Buffer.from(SUMMARY_KERNEL_BASE64, 'base64').equals(Buffer.from(bytes))).toBe(true);
    expect(readFileSync(BINARY_MODULE_PATH, 'utf8')).toBe(binaryModuleSource(bytes));
  });

  it('is a valid WebAssembly module exporting count and collect', () => {
    const module = new WebAssembly.Module(Buffer.from(SUMMARY_KERNEL_BASE64, 'base64'));
    expect(
      WebAssembly.Module.exports(module)
        .map((e) => e.name)
        .sort(),
    ).toEqual(['collect', 'count']);
  });
});
