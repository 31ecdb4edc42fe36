/** Runs the CLI in-process and captures what it prints and its exit code. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';

/** A fresh temporary folder, with the given files written into it; returns the folder and their paths. */
export function tempFiles(files: Record<string, string> = {}): {
  dir: string;
  paths: Record<string, string>;
} {
  const dir = mkdtempSync(join(tmpdir(), 'leadline-cli-'));
  const paths: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], text);
  }
  return { dir, paths };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'leadline', ...args], {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}
