/**
 * Writes schema/scenario.schema.json, the JSON Schema generated from the zod schema in
 * src/scenario/schema.ts. Run with `npm run schema`; test/scenario checks the file is current.
 * The file is written atomically: a temporary file in the same folder, then a rename.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scenarioJsonSchema } from '../src/scenario/index.ts';

/** Where the generated schema is checked in. */
export const SCHEMA_PATH = fileURLToPath(new URL('../schema/scenario.schema.json', import.meta.url));

/** The text of schema/scenario.schema.json: the generated schema, 2-space JSON, final newline. */
export function scenarioSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/** Writes `text` to `path` atomically (temporary file beside it, then rename). */
export function writeFileAtomic(path: string, text: string): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  const temporary = join(folder, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  writeFileAtomic(SCHEMA_PATH, scenarioSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
