/**
 * Scenario files, from text to Scenario:
 *
 *   text ─1─► YAML document ─2─► plain data ─3─► ScenarioFile ─4─► Scenario
 *
 *   1. parse YAML, keeping a LineCounter   (syntax errors, with line and column)
 *   2. to plain data; the top level must be a mapping (an empty file is all defaults)
 *   3. validate with scenarioFileSchema    (each zod issue is mapped back to its YAML node)
 *   4. apply SCENARIO_DEFAULTS             (name from the file stem, source = the path given)
 *
 * Every failure is an InputError listing all issues found in that phase.
 */
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
} from 'yaml';
import {
  describeValue,
  expectedText,
  foundText,
  InputError,
  type InputIssue,
  type PathSegment,
} from './errors.ts';
import type { Scenario } from './scenario.ts';
import { knownKeysAt, scenarioFileSchema } from './schema.ts';
import { toScenario } from './toScenario.ts';
import { issuesFromZod, type Position } from './zodIssues.ts';

/** Parses and validates the text of a scenario file; `file` names it in errors and in `source`. */
export function parseScenarioText(text: string, file: string): Scenario {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.map((error) => ({
        file,
        path: [],
        ...at(error.pos[0]),
        expected: expectedText.validYaml,
        found: foundText.syntaxError(error.message),
      })),
    );
  }
  const data = toPlainData(doc, file, at);
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new InputError([
      {
        file,
        path: [],
        ...(doc.contents?.range ? at(doc.contents.range[0]) : {}),
        expected: expectedText.mapping(`scenario fields (${knownKeysAt([])?.keys.join(', ')})`),
        found: describeValue(data),
      },
    ]);
  }
  const result = scenarioFileSchema.safeParse(data ?? {});
  if (!result.success) {
    const issues = result.error.issues.flatMap((issue) =>
      issuesFromZod(issue, data, file, (path, part) => locate(doc, path, part, at)),
    );
    throw new InputError(sortByPosition(issues));
  }
  return toScenario(result.data, scenarioName(file), file);
}

/**
 * Validates a scenario given as plain data (what a YAML file holds, e.g. parsed JSON or an object
 * built in code) with the same schema and messages as a file, without line numbers; `name` is
 * the scenario's id and `file` names it in errors and in `source`.
 */
export function parseScenarioObject(data: unknown, name: string, file = name): Scenario {
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new InputError([
      {
        file,
        path: [],
        expected: expectedText.mapping(`scenario fields (${knownKeysAt([])?.keys.join(', ')})`),
        found: describeValue(data),
      },
    ]);
  }
  const result = scenarioFileSchema.safeParse(data ?? {});
  if (!result.success) {
    throw new InputError(
      result.error.issues.flatMap((issue) => issuesFromZod(issue, data, file, () => ({}))),
    );
  }
  return toScenario(result.data, name, file);
}

/** The file stem: "scenarios/scenario-one.yaml" → "scenario-one". */
export function scenarioName(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? base : base.slice(0, dot);
}

/** Plain data of the document; an alias to an undefined anchor is an input error. */
function toPlainData(doc: Document, file: string, at: (offset: number) => Position): unknown {
  const unresolved: InputIssue[] = [];
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) === undefined) {
        unresolved.push({
          file,
          path: [],
          ...(alias.range ? at(alias.range[0]) : {}),
          expected: expectedText.validYaml,
          found: foundText.unresolvedAlias(alias.source),
        });
      }
    },
  });
  if (unresolved.length > 0) throw new InputError(unresolved);
  try {
    return doc.toJS();
  } catch (error) {
    // e.g. too many aliases (yaml's guard against "billion laughs")
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError([
      { file, path: [], expected: expectedText.validYaml, found: foundText.syntaxError(reason) },
    ]);
  }
}

/**
 * Line and column of the YAML node at `path`: the key of the last step when `part` is 'key' or
 * the value is empty; the deepest node that exists when the path runs out (a missing key).
 */
function locate(
  doc: Document,
  path: readonly PathSegment[],
  part: 'key' | 'value',
  at: (offset: number) => Position,
) {
  let node: unknown = doc.contents;
  let offset = offsetOf(node);
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) node = node.resolve(doc);
    const segment = path[i];
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (!pair) break;
      const keyOffset = offsetOf(pair.key);
      const last = i === path.length - 1;
      node = pair.value;
      const valueOffset = isEmpty(node) ? undefined : offsetOf(node);
      offset = last && part === 'key' ? (keyOffset ?? offset) : (valueOffset ?? keyOffset ?? offset);
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      node = node.items[segment];
      offset = offsetOf(node) ?? offset;
    } else {
      break;
    }
  }
  return offset === undefined ? {} : at(offset);
}

function offsetOf(node: unknown): number | undefined {
  if (isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)) return node.range?.[0];
  return undefined;
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

/** `key:` with nothing after it. */
function isEmpty(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null && node.source === '');
}

function sortByPosition(issues: InputIssue[]): InputIssue[] {
  const rank = (issue: InputIssue): number => (issue.line ?? 0) * 1e6 + (issue.column ?? 0);
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((x, y) => rank(x.issue) - rank(y.issue) || x.index - y.index)
    .map((x) => x.issue);
}

/** "no such file or directory (ENOENT)", from Node's "ENOENT: no such file or directory, open 'x'". */
/** The reason of an OS error, "no such file or directory (ENOENT)". */
export function osReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const match = /^[A-Z]+: ([^,]+)/.exec(error.message);
  if (code && match) return `${match[1]} (${code})`;
  return error.message;
}
