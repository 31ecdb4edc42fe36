/** The .ts files under a folder, recursively (node_modules skipped); none when it does not exist. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function tsFilesUnder(folder: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return entry === 'node_modules' ? [] : tsFilesUnder(path);
    return path.endsWith('.ts') || path.endsWith('.tsx') ? [path] : [];
  });
}
