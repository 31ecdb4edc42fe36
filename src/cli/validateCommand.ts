/** `leadline validate FILE...`: checks scenario files without running them. */
import { loadScenarioFile } from '../scenario/index.ts';

export function validateFiles(files: readonly string[]): string {
  return files
    .map((file) => {
      const s = loadScenarioFile(file);
      const levers = Object.keys(s.levers).length;
      const params = Object.keys(s.params).length;
      return `ok  ${file}: "${s.title}", ${levers} lever(s), ${params} parameter override(s), ${s.correlations.length} correlation(s), policy from ${s.policyStart}, ${s.start} to ${s.end}`;
    })
    .join('\n');
}
