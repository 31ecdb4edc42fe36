/**
 * The scenario file's schema, declared once. zod validates files with it, and the JSON Schema
 * in schema/scenario.schema.json is generated from it (`npm run schema`). Every mapping is
 * strict: an unknown key is an error. Every leaf carries the `expected` text of errors.ts.
 *
 * Two phases: field checks (types, enums, ranges, month forms) first; then, on a file whose
 * fields are all valid, the cross-field checks (months against each other, boost threshold
 * against ECI reference, correlations against params), on the values after defaults.
 */
import { z } from 'zod';
import {
  EPOCH_YEAR,
  LAST_MODEL_YEAR,
  monthLabel,
  PARAM_NAMES,
  type ParamName,
  parseMonth,
} from '../core/index.ts';
import {
  boundsMeaning,
  boundsOf,
  describeDistribution,
  fmt,
  PARAM_TABLE,
  paramSpec,
} from '../params/index.ts';
import { expectedText, foundText, type PathSegment } from './errors.ts';
import { LEVER_NAMES, LEVER_TABLE, type LeverName, type LeverRow, type Levers, leverRow } from './levers.ts';
import { SCENARIO_DEFAULTS } from './scenario.ts';

/** "YYYY-MM" with a month 01–12. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The engine's first month: no scenario month lies before it. */
export const FIRST_MONTH = `${EPOCH_YEAR}-01`;
/** `end` must reach the paper's horizon (2028-12) and stay within the engine's tested span. */
export const END_RANGE = ['2028-12', `${LAST_MODEL_YEAR}-12`] as const;
/** Months shown between `start` and `end`, at least. */
export const MIN_SHOWN_MONTHS = 12;
/** Months for the levers to reach full effect. */
export const RAMP_MONTHS_RANGE = [1, 60] as const;
/** Multiple of the 2025 anti-smuggling budget. */
export const ENFORCEMENT_RANGE = LEVER_TABLE.smugglingEnforcement.range;

function numberBetween(low: number, high: number, text = expectedText.numberBetween(low, high)): z.ZodNumber {
  const error = (): string => text;
  return z.number({ error }).min(low, { error }).max(high, { error });
}

function integerBetween(low: number, high: number): z.ZodNumber {
  const error = (): string => expectedText.integerBetween(low, high);
  return z.number({ error }).int({ error }).min(low, { error }).max(high, { error });
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: () => expectedText.oneOf(values) });
}

/** A "YYYY-MM" month from `first` to `last` (zero-padded labels compare as text). */
function month(first: string, last: string) {
  const error = (): string => expectedText.month(first, last);
  return z
    .string({ error })
    .regex(MONTH_PATTERN, { error, abort: true })
    .refine((label) => label >= first && label <= last, { error });
}

/** A lever's value in the short form: what the lever's row allows. */
function leverValueSchema(row: LeverRow): z.ZodType {
  switch (row.kind) {
    case 'choice':
      return oneOf(row.values);
    case 'boolean':
      return z.boolean({ error: () => expectedText.boolean });
    case 'number':
      return numberBetween(...row.range);
  }
}

/** The keys of a lever's long form, for unknown-key messages. */
export const LEVER_TIMING_KEYS = ['value', 'from', 'rampMonths'] as const;

/**
 * A lever is its value (`remoteAccess: closed`), or its value with its own timing
 * (`remoteAccess: { value: closed, from: 2027-01, rampMonths: 6 }`).
 */
function leverSchema(name: LeverName) {
  const value = leverValueSchema(leverRow(name));
  const timed = z.strictObject(
    {
      value: value.describe("The lever's value, as in the short form."),
      from: month(FIRST_MONTH, END_RANGE[1])
        .optional()
        .describe(
          'Month this lever starts to act, "YYYY-MM", at most end; default the scenario\'s policyStart.',
        ),
      rampMonths: integerBetween(...RAMP_MONTHS_RANGE)
        .optional()
        .describe("Months for this lever to reach full effect; default the scenario's rampMonths."),
    },
    { error: () => expectedText.mapping(LEVER_TIMING_KEYS.join(', ')) },
  );
  return z.union([value, timed]).optional().describe(LEVER_TABLE[name].help);
}

/** A lever as a file may state it: the value, or the value with its timing. */
export type LeverSetting<K extends LeverName> =
  | Levers[K]
  | { value: Levers[K]; from?: string | undefined; rampMonths?: number | undefined };

type LeverShape = { [K in LeverName]: z.ZodOptional<z.ZodType<LeverSetting<K>>> };

const LEVER_SHAPE = Object.fromEntries(
  LEVER_NAMES.map((name) => [name, leverSchema(name)]),
) as unknown as LeverShape;

/** One optional number per row of the parameter table, within the row's `range`. */
function paramShape(): Record<ParamName, z.ZodOptional<z.ZodNumber>> {
  const shape = {} as Record<ParamName, z.ZodOptional<z.ZodNumber>>;
  for (const spec of PARAM_TABLE) {
    const [low, high] = spec.range;
    shape[spec.name] = numberBetween(low, high, expectedText.paramValue(low, high, spec.unit))
      .optional()
      .describe(`${spec.note} [${spec.unit}; central ${fmt(spec.central)}]`);
  }
  return shape;
}

const PARAM_SHAPE = paramShape();

/** The keys of a range, for unknown-key messages. */
export const RANGE_KEYS = ['low', 'high', 'central'] as const;

/**
 * One optional `{low, high, central}` per uncertain parameter: the table's distribution with
 * new bounds (boundsOf: the range of a uniform, triangular or beta; the 5th–95th percentiles of a
 * lognormal90), and optionally a new central value; each number within the row's `range`.
 */
function rangeShape(): Partial<Record<ParamName, z.ZodOptional<z.ZodType>>> {
  const shape: Partial<Record<ParamName, z.ZodOptional<z.ZodType>>> = {};
  for (const spec of PARAM_TABLE) {
    const bounds = boundsOf(spec.dist);
    if (bounds === undefined) continue;
    const [low, high] = spec.range;
    const value = () => numberBetween(low, high, expectedText.paramValue(low, high, spec.unit));
    const meaning =
      boundsMeaning(spec.dist) === 'range' ? 'lowest and highest draw' : '5th and 95th percentiles';
    shape[spec.name] = z
      .strictObject(
        {
          low: value().describe(`New low end (${meaning}) [${spec.unit}].`),
          high: value().describe(`New high end (${meaning}) [${spec.unit}].`),
          central: value().optional().describe(`New central value [${spec.unit}]; default the table's.`),
        },
        { error: () => expectedText.mapping(RANGE_KEYS.join(', ')) },
      )
      .optional()
      .describe(
        `${spec.name}: ${describeDistribution(spec.dist)} in the table (${meaning} ${fmt(bounds[0])}–${fmt(bounds[1])}, central ${fmt(spec.central)} ${spec.unit}).`,
      );
  }
  return shape;
}

const RANGE_SHAPE = rangeShape();

const paramName = z.enum(PARAM_NAMES, { error: (issue) => expectedText.paramName(issue.input, PARAM_NAMES) });

const CORRELATION_SHAPE = {
  a: paramName.describe('First parameter.'),
  b: paramName.describe('Second parameter (not a).'),
  rho: numberBetween(-1, 1).describe('Spearman rank correlation, −1 to 1.'),
};

const SCENARIO_SHAPE = {
  title: z
    .string({ error: () => expectedText.text })
    .optional()
    .describe('Title shown in reports; defaults to the file name.'),
  description: z
    .string({ error: () => expectedText.text })
    .optional()
    .describe('A sentence or two on the scenario.'),
  policyStart: month(FIRST_MONTH, END_RANGE[1])
    .optional()
    .describe(
      `Month the levers start to act, "YYYY-MM", at most end; default ${SCENARIO_DEFAULTS.policyStart}.`,
    ),
  rampMonths: integerBetween(...RAMP_MONTHS_RANGE)
    .optional()
    .describe(`Months for the levers to reach full effect; default ${SCENARIO_DEFAULTS.rampMonths}.`),
  start: month(FIRST_MONTH, END_RANGE[1])
    .optional()
    .describe(
      `First month shown, "YYYY-MM", at least ${MIN_SHOWN_MONTHS} months before end; default ${SCENARIO_DEFAULTS.start}.`,
    ),
  end: month(...END_RANGE)
    .optional()
    .describe(`Last month simulated, "YYYY-MM"; default ${SCENARIO_DEFAULTS.end}.`),
  levers: z
    .strictObject(LEVER_SHAPE, { error: () => expectedText.mapping('levers') })
    .optional()
    .describe('Policy levers (spec §7); a lever left out keeps the policy timeline.'),
  params: z
    .strictObject(PARAM_SHAPE, { error: () => expectedText.mapping('parameter values') })
    .optional()
    .describe('Parameters pinned at these values (also in Monte Carlo); each within its range.'),
  ranges: z
    .strictObject(RANGE_SHAPE, { error: () => expectedText.mapping('uncertain parameters') })
    .optional()
    .describe(
      "Your beliefs: uncertain parameters drawn from the table's family of distribution with these bounds (low, high) and central value, in every Monte Carlo draw (paired with other scenarios).",
    ),
  correlations: z
    .array(z.strictObject(CORRELATION_SHAPE, { error: () => expectedText.mapping('a, b and rho') }), {
      error: () => expectedText.list('correlations {a, b, rho}'),
    })
    .optional()
    .describe('Rank correlations between uncertain parameters, for Monte Carlo draws.'),
};

type ScenarioFields = z.output<z.ZodObject<typeof SCENARIO_SHAPE, z.core.$strict>>;

/** The schema of a scenario file; the cross-field checks run only when every field is valid. */
export const scenarioFileSchema = z
  .strictObject(SCENARIO_SHAPE, { error: () => expectedText.mapping('scenario fields') })
  .superRefine(checkAcrossFields, { when: (payload) => payload.issues.length === 0 });

/** A scenario file as validated, before defaults. */
export type ScenarioFile = z.output<typeof scenarioFileSchema>;

function checkAcrossFields(file: ScenarioFields, ctx: z.RefinementCtx): void {
  const add = (path: PathSegment[], expected: string, input: unknown, found?: string): void => {
    ctx.addIssue({
      code: 'custom',
      path,
      message: expected,
      input,
      params: found === undefined ? {} : { found },
    });
  };
  checkMonths(file, add);
  checkBoostThreshold(file, add);
  checkCorrelations(file, add);
  checkRanges(file, add);
}

/** low < high; a lognormal's low > 0; low ≤ central ≤ high (central: given, else the table's); not pinned. */
function checkRanges(file: ScenarioFields, add: AddIssue): void {
  const ranges = (file.ranges ?? {}) as Partial<
    Record<ParamName, { low: number; high: number; central?: number }>
  >;
  for (const [name, range] of Object.entries(ranges) as [
    ParamName,
    { low: number; high: number; central?: number },
  ][]) {
    const spec = paramSpec(name);
    const pinnedValue = file.params?.[name];
    if (pinnedValue !== undefined) {
      add(['ranges', name], expectedText.unpinnedParam(name, pinnedValue), range);
      continue;
    }
    if (!(range.high > range.low)) {
      add(['ranges', name, 'high'], expectedText.rangeHigh(range.low), range.high);
      continue;
    }
    if (spec.dist.kind === 'lognormal90' && !(range.low > 0)) {
      add(['ranges', name, 'low'], expectedText.rangePositive, range.low);
      continue;
    }
    const central = range.central ?? spec.central;
    if (central >= range.low && central <= range.high) continue;
    if (range.central !== undefined) {
      add(['ranges', name, 'central'], expectedText.rangeCentral(range.low, range.high), range.central);
    } else {
      add(['ranges', name], expectedText.rangeCentralNeeded(spec.central, range.low, range.high), range);
    }
  }
}

type AddIssue = (path: PathSegment[], expected: string, input: unknown, found?: string) => void;

/** start ≤ end − 12 months; policyStart ≤ end. */
function checkMonths(file: ScenarioFields, add: AddIssue): void {
  const startLabel = file.start ?? SCENARIO_DEFAULTS.start;
  const endLabel = file.end ?? SCENARIO_DEFAULTS.end;
  const start = parseMonth(startLabel);
  const end = parseMonth(endLabel);
  if (start > end - MIN_SHOWN_MONTHS) {
    if (file.end !== undefined) {
      add(
        ['end'],
        expectedText.monthAfter('start', startLabel, MIN_SHOWN_MONTHS, monthLabel(start + MIN_SHOWN_MONTHS)),
        file.end,
      );
    } else {
      add(
        ['start'],
        expectedText.monthBefore('end', endLabel, MIN_SHOWN_MONTHS, monthLabel(end - MIN_SHOWN_MONTHS)),
        file.start,
      );
    }
  }
  if (file.policyStart !== undefined && parseMonth(file.policyStart) > end) {
    add(['policyStart'], expectedText.monthNotAfter(FIRST_MONTH, 'end', endLabel), file.policyStart);
  }
  for (const name of LEVER_NAMES) {
    const setting = file.levers?.[name];
    if (typeof setting === 'object' && setting.from !== undefined && parseMonth(setting.from) > end) {
      add(['levers', name, 'from'], expectedText.monthNotAfter(FIRST_MONTH, 'end', endLabel), setting.from);
    }
  }
}

/** boostThresholdECI ≥ eciReference, each as pinned or else at its central value. */
function checkBoostThreshold(file: ScenarioFields, add: AddIssue): void {
  const pinnedThreshold = file.params?.boostThresholdECI;
  const pinnedReference = file.params?.eciReference;
  const threshold = pinnedThreshold ?? paramSpec('boostThresholdECI').central;
  const reference = pinnedReference ?? paramSpec('eciReference').central;
  if (threshold >= reference) return;
  if (pinnedThreshold !== undefined) {
    add(['params', 'boostThresholdECI'], expectedText.atLeast('eciReference', reference), pinnedThreshold);
  } else {
    add(['params', 'eciReference'], expectedText.atMost('boostThresholdECI', threshold), pinnedReference);
  }
}

/** Two different uncertain parameters, neither pinned, each pair once. */
function checkCorrelations(file: ScenarioFields, add: AddIssue): void {
  const pinned: Partial<Record<ParamName, number>> = file.params ?? {};
  const firstIndexOfPair = new Map<string, number>();
  (file.correlations ?? []).forEach((correlation, i) => {
    const { a, b } = correlation;
    if (a === b) add(['correlations', i, 'b'], expectedText.otherParam(a), b);
    for (const key of a === b ? (['a'] as const) : (['a', 'b'] as const)) {
      const name = correlation[key];
      const pinnedValue = pinned[name];
      if (paramSpec(name).dist.kind === 'fixed') {
        add(['correlations', i, key], expectedText.uncertainParam(name), name);
      } else if (pinnedValue !== undefined) {
        add(['correlations', i, key], expectedText.unpinnedParam(name, pinnedValue), name);
      }
    }
    const pair = a < b ? `${a} ${b}` : `${b} ${a}`;
    const earlier = firstIndexOfPair.get(pair);
    if (earlier === undefined) {
      firstIndexOfPair.set(pair, i);
    } else {
      const where = `correlations[${earlier}]`;
      add(['correlations', i], expectedText.pairOnce(where), correlation, foundText.samePair(a, b));
    }
  });
}

/** The keys a mapping of the file may hold, and what to call one, for unknown-key messages. */
export interface KnownKeys {
  readonly noun: string;
  readonly keys: readonly string[];
}

/** Known keys of the mapping at `path` (where zod reports an unknown key), or undefined. */
export function knownKeysAt(path: readonly PathSegment[]): KnownKeys | undefined {
  if (path.length === 0) return { noun: 'scenario field', keys: Object.keys(SCENARIO_SHAPE) };
  if (path.length === 1 && path[0] === 'levers') return { noun: 'lever', keys: Object.keys(LEVER_SHAPE) };
  if (path.length === 2 && path[0] === 'levers') return { noun: 'lever field', keys: LEVER_TIMING_KEYS };
  if (path.length === 1 && path[0] === 'params') return { noun: 'parameter', keys: Object.keys(PARAM_SHAPE) };
  if (path.length === 1 && path[0] === 'ranges') {
    return { noun: 'uncertain parameter', keys: Object.keys(RANGE_SHAPE) };
  }
  if (path.length === 2 && path[0] === 'ranges') return { noun: 'range field', keys: RANGE_KEYS };
  if (path.length === 2 && path[0] === 'correlations') {
    return { noun: 'correlation field', keys: Object.keys(CORRELATION_SHAPE) };
  }
  return undefined;
}

/** The JSON Schema's identity (a URN: the project has no published schema URL yet). */
export const SCENARIO_SCHEMA_ID = 'urn:leadline:schema:scenario:v1';

/** The JSON Schema (draft 2020-12) of a scenario file, generated from scenarioFileSchema. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(scenarioFileSchema, {
    target: 'draft-2020-12',
    io: 'input',
  });
  return {
    $schema,
    $id: SCENARIO_SCHEMA_ID,
    title: 'leadline scenario',
    description:
      'A leadline scenario file (YAML): policy levers, timing and parameter overrides. Generated from src/scenario/schema.ts by `npm run schema`; do not edit. Month order, boostThresholdECI ≥ eciReference and the correlation rules are checked by leadline, not by this schema.',
    ...generated,
  };
}
