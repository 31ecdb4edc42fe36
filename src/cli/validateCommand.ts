/**
 * `leadline validate SCENARIO...`: checks preset names and scenario files without running
 * them: the schema, and the file's rank correlations (they must form a valid correlation
 * matrix). Every argument is checked, not only up to the first bad one; the good ones are
 * listed on stdout, the problems of all the bad ones are one InputError (exit 2).
 */
import { checkRunCorrelations } from '../analysis/index.ts';
import { InputError, type InputIssue, resolveScenario } from '../scenario/index.ts';
import { resolveScenarioArg } from '../scenario/node.ts';

export interface ValidateReport {
  /** One "ok" line per valid argument. */
  readonly text: string;
  /** Problems of the invalid arguments, in argument order (empty when all are valid). */
  readonly issues: readonly InputIssue[];
}

export function validateScenarios(args: readonly string[]): ValidateReport {
  const lines: string[] = [];
  const issues: InputIssue[] = [];
  for (const arg of args) {
    try {
      const s = resolveScenarioArg(arg);
      checkRunCorrelations([resolveScenario(s)]);
      const levers = Object.keys(s.levers).length;
      const params = Object.keys(s.params).length;
      lines.push(
        `ok  ${arg}: "${s.title}", ${levers} lever(s), ${params} parameter override(s), ${s.correlations.length} correlation(s), policy from ${s.policyStart}, ${s.start} to ${s.end}`,
      );
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      issues.push(...error.issues);
    }
  }
  return { text: lines.join('\n'), issues };
}

/** The report's text, or an InputError holding every problem found. */
export function validateFiles(args: readonly string[]): string {
  const { text, issues } = validateScenarios(args);
  if (issues.length > 0) throw new InputError(issues);
  return text;
}
