/**
 * The results document as a zod schema, for reading results.json back (the TypeScript type
 * lives in src/analysis/results.ts; the assertion at the end keeps the two in step).
 * JSON turns NaN into null, so numbers inside series, quantiles and the summary accept null
 * and read it back as NaN. Unknown fields are kept, so newer optional fields survive.
 */
import { z } from 'zod';
import type { ResultsDocument } from '../analysis/results.ts';

/** A number, or null read back as NaN (JSON has no NaN). */
const measured = z
  .number()
  .nullable()
  .transform((value) => value ?? Number.NaN);

const monthString = z.string().regex(/^\d{4}-\d{2}$/, { error: 'a "YYYY-MM" month' });

const quantiles = z.looseObject({
  p5: z.array(measured),
  p10: z.array(measured),
  p50: z.array(measured),
  p90: z.array(measured),
  p95: z.array(measured),
  mean: z.array(measured),
});

const probability = z.looseObject({ p: z.number(), se: z.number() });

const summary = z.looseObject({
  leadMonths2026_05: measured,
  leadMonths2027_12: measured,
  leadMonths2028_12: measured,
  computeUS2028_12: measured,
  computeCN2028_12: measured,
  computeRatio2028_12: measured,
  huaweiShareOfNvidia2026: measured,
  huaweiShareOfNvidia2027: measured,
  openWeightMythosMonth: monthString.nullable(),
  adoptionUS2028_12: measured,
  adoptionCN2028_12: measured,
  globalShareUS2028_12: measured,
  resilienceUS2028_12: measured,
  resilienceCN2028_12: measured,
  safetyMarginMonths2028_12: measured,
  verdict: z.enum(['scenario-one', 'between', 'scenario-two', 'prc-lead']),
  verdictText: z.string(),
});

const run = z.looseObject({
  scenario: z.string(),
  title: z.string(),
  source: z.string(),
  definition: z.record(z.string(), z.unknown()).optional(),
  months: z.array(monthString),
  series: z.record(z.string(), z.array(measured)),
  units: z.record(z.string(), z.string()),
  summary,
  raceThresholdMonths: z.number(),
  quantiles: z.record(z.string(), quantiles).optional(),
  probabilities: z
    .looseObject({
      scenarioOne: probability,
      between: probability,
      scenarioTwo: probability,
      prcLead: probability,
      neckAndNeck: probability,
    })
    .optional(),
  draws: z.number(),
  seed: z.number(),
  failedDraws: z.number(),
  quantileMethod: z.enum(['exact', 'sketch']).optional(),
});

const check = z.looseObject({
  id: z.string(),
  description: z.string(),
  value: z.number().nullable(),
  target: z.tuple([z.number().nullable(), z.number().nullable()]).nullable(),
  pass: z.boolean(),
  source: z.string(),
  detail: z.string().optional(),
});

export const resultsDocumentSchema = z.looseObject({
  schemaVersion: z.number(),
  leadlineVersion: z.string(),
  draws: z.number(),
  seed: z.number(),
  runs: z.array(run),
  checks: z.array(check).optional(),
});

/** Compile-time check: what the schema parses to is a ResultsDocument. */
export type ParsedResults = z.output<typeof resultsDocumentSchema>;
const _parsedIsResults = (parsed: ParsedResults): ResultsDocument => parsed;
void _parsedIsResults;
