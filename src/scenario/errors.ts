/**
 * Input errors and every message text about scenario input, in one module (as Vega-Lite keeps
 * log/message.ts). An issue names the file, the path inside it, the line and column when
 * known, what was expected and what came:
 *
 *   scenarios/x.yaml:12:3 levers.chipExports: expected one of none | h20 | h200 | blackwell, found "h100"
 *
 * The CLI maps InputError to exit code 2; core code never throws it.
 */

/** One step into a scenario file: a mapping key or a list index. */
export type PathSegment = string | number;

export interface InputIssue {
  /** The file as the user gave it (or what the input was, e.g. "scenario argument"). */
  readonly file: string;
  /** Keys and list indices from the top of the file; empty for the whole file. */
  readonly path: readonly PathSegment[];
  /** 1-based line, when known. */
  readonly line?: number;
  /** 1-based column, when known. */
  readonly column?: number;
  /** What the value should be, e.g. "one of none | h20 | h200 | blackwell". */
  readonly expected: string;
  /** What came, e.g. `"h100"`, `12`, `a mapping`. */
  readonly found: string;
}

/** Bad user input: one line per issue in `message`. */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.issues = issues;
  }
}

/** `file:line:column path: expected …, found …` (line, column and path only when known). */
export function formatIssue(issue: InputIssue): string {
  let where = issue.file;
  if (issue.line !== undefined) {
    where += `:${issue.line}`;
    if (issue.column !== undefined) where += `:${issue.column}`;
  }
  if (issue.path.length > 0) where += ` ${formatPath(issue.path)}`;
  return `${where}: expected ${issue.expected}, found ${issue.found}`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** `levers.chipExports`, `correlations[0].a`, `params["odd key"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

const MAX_QUOTED_CHARS = 60;

/** The value that came: JSON-quoted strings, plain numbers and booleans, the type of anything larger. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    return JSON.stringify(
      value.length > MAX_QUOTED_CHARS ? `${value.slice(0, MAX_QUOTED_CHARS - 1)}…` : value,
    );
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}

/**
 * Names closest to `input`: optimal-string-alignment edit distance on lower case, within a
 * third of the input's length (at least 2), or one name containing the other. Best first.
 */
export function closestNames(input: string, candidates: readonly string[], max = 3): string[] {
  const needle = input.toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  const scored: { name: string; distance: number }[] = [];
  for (const name of candidates) {
    const hay = name.toLowerCase();
    const distance = editDistance(needle, hay);
    const contains = needle.length >= 4 && (hay.includes(needle) || needle.includes(hay));
    // a misspelt stem of a longer name ("spilover" for spilloverPerYear)
    const prefixDistance =
      needle.length >= 4 ? editDistance(needle, hay.slice(0, needle.length + 1)) : Number.POSITIVE_INFINITY;
    if (distance <= limit || contains) scored.push({ name, distance });
    else if (prefixDistance <= Math.max(1, Math.floor(limit / 2)))
      scored.push({ name, distance: limit + prefixDistance });
  }
  scored.sort((x, y) => x.distance - y.distance || (x.name < y.name ? -1 : 1));
  return scored.slice(0, max).map((s) => s.name);
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  const d = new Array<number>((a.length + 1) * width);
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        d[(i - 1) * width + j] + 1,
        d[i * width + j - 1] + 1,
        d[(i - 1) * width + j - 1] + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[(i - 2) * width + j - 2] + 1);
      }
      d[i * width + j] = best;
    }
  }
  return d[a.length * width + b.length];
}

/** "a, b or c". */
function orList(names: readonly string[]): string {
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** Up to this many choices are listed in full when nothing is close. */
const MAX_LISTED_CHOICES = 12;

/** The `expected` texts: every message about scenario input is built here. */
export const expectedText = {
  text: 'a string',
  boolean: 'true or false',
  validYaml: 'valid YAML',
  readableFile: 'a readable file',
  oneOf: (values: readonly (string | number)[]): string => `one of ${values.join(' | ')}`,
  numberBetween: (low: number, high: number): string => `a number from ${low} to ${high}`,
  integerBetween: (low: number, high: number): string => `an integer from ${low} to ${high}`,
  paramValue: (low: number, high: number, unit: string): string =>
    `a number from ${low} to ${high} (${unit})`,
  month: (first: string, last: string): string => `a month "YYYY-MM" from ${first} to ${last}`,
  mapping: (of: string): string => `a mapping of ${of}`,
  list: (of: string): string => `a list of ${of}`,
  /** An unknown key among `known`: the closest names, else all of them when few. */
  knownKey: (noun: string, key: string, known: readonly string[]): string => {
    const close = closestNames(key, known);
    if (close.length > 0) return `a known ${noun} (did you mean ${orList(close)}?)`;
    if (known.length <= MAX_LISTED_CHOICES) return `a known ${noun}: one of ${known.join(' | ')}`;
    return `a known ${noun} (none of the ${known.length} is close)`;
  },
  paramName: (input: unknown, known: readonly string[]): string => {
    const close = typeof input === 'string' ? closestNames(input, known) : [];
    return close.length > 0 ? `a parameter name (did you mean ${orList(close)}?)` : 'a parameter name';
  },
  monthAfter: (other: string, otherMonth: string, months: number, earliest: string): string =>
    `a month at least ${months} months after ${other} (${otherMonth}): ${earliest} or later`,
  monthBefore: (other: string, otherMonth: string, months: number, latest: string): string =>
    `a month at least ${months} months before ${other} (${otherMonth}): ${latest} or earlier`,
  monthNotAfter: (first: string, other: string, otherMonth: string): string =>
    `a month from ${first} to ${other} (${otherMonth})`,
  atLeast: (other: string, value: number): string => `a number ≥ ${other} (${value})`,
  atMost: (other: string, value: number): string => `a number ≤ ${other} (${value})`,
  otherParam: (name: string): string => `a parameter other than a (${name})`,
  uncertainParam: (name: string): string => `a parameter with an uncertain distribution (${name} is fixed)`,
  unpinnedParam: (name: string, value: number): string =>
    `a parameter not pinned in params (${name} is pinned at ${value})`,
  pairOnce: (earlier: string): string => `each pair at most once (already in ${earlier})`,
  rangeHigh: (low: number): string => `a number above low (${low})`,
  rangePositive: 'a number above 0 (the 5th percentile of a lognormal parameter)',
  rangeCentral: (low: number, high: number): string => `a central value from low (${low}) to high (${high})`,
  rangeCentralNeeded: (central: number, low: number, high: number): string =>
    `central given, since the table's central value ${central} is outside low–high (${low}–${high})`,
  scenarioArg: (presets: readonly string[], arg: string): string => {
    const close = closestNames(arg, presets);
    const hint = close.length > 0 ? ` (did you mean ${orList(close)}?)` : '';
    return `a preset, one of ${presets.join(' | ')}${hint}, or a path to a .yaml or .yml file`;
  },
} as const;

/** The `found` texts that are not a value. */
export const foundText = {
  syntaxError: (reason: string): string => `a syntax error (${reason})`,
  unresolvedAlias: (alias: string): string => `an alias to an undefined anchor (*${alias})`,
  samePair: (a: string, b: string): string => `${a} and ${b} again`,
} as const;
