/** Writes docs/parameters.md from the parameter table (atomically: temp file, then rename). */
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parametersMarkdown } from '../src/params/markdown.ts';

const target = fileURLToPath(new URL('../docs/parameters.md', import.meta.url));
const temp = `${target}.${process.pid}.tmp`;
writeFileSync(temp, parametersMarkdown());
renameSync(temp, target);
console.log(`wrote ${target}`);
