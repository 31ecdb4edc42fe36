/**
 * zod issues of the scenario-file schema as InputIssues (shared by scenario files and links):
 * an issue about unknown keys becomes one issue per key, a lever's union reports the issues of
 * the form the input has. `locate` gives the line and column where the input has them.
 */
import type { z } from 'zod';
import { describeValue, expectedText, type InputIssue, type PathSegment } from './errors.ts';
import { knownKeysAt } from './schema.ts';

export type Position = { line: number; column: number };
export type Locate = (
  path: readonly PathSegment[],
  part: 'key' | 'value',
) => Position | Record<string, never>;

/** One zod issue as input issues; an issue about unknown keys becomes one issue per key. */
export function issuesFromZod(
  issue: z.core.$ZodIssue,
  data: unknown,
  file: string,
  locate: Locate,
  prefix: readonly PathSegment[] = [],
): InputIssue[] {
  const path = [...prefix, ...issue.path.filter((s): s is PathSegment => typeof s !== 'symbol')];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // A lever is a value or a mapping { value, from, rampMonths }: report the issues of the form
    // the input has (the mapping, the last option, for a mapping; the value otherwise).
    const input = valueAt(data, path);
    const isMapping = input !== null && typeof input === 'object' && !Array.isArray(input);
    const branch = issue.errors[isMapping ? issue.errors.length - 1 : 0];
    return branch.flatMap((inner) => issuesFromZod(inner, data, file, locate, path));
  }
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(path);
    return issue.keys.map((key) => ({
      file,
      path: [...path, key],
      ...locate([...path, key], 'key'),
      expected: known ? expectedText.knownKey(known.noun, key, known.keys) : issue.message,
      found: describeValue(key),
    }));
  }
  const foundOverride = issue.code === 'custom' ? issue.params?.found : undefined;
  return [
    {
      file,
      path,
      ...locate(path, 'value'),
      expected: issue.message,
      found: typeof foundOverride === 'string' ? foundOverride : describeValue(valueAt(data, path)),
    },
  ];
}

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}
