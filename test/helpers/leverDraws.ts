/**
 * The one fast-check generator of levers for every test, built from the lever table
 * (src/scenario/levers.ts): each value inside what the schema accepts.
 */
import fc from 'fast-check';
import { monthLabel, parseMonth } from '../../src/core/index.ts';
import {
  LEVER_NAMES,
  type LeverName,
  type Levers,
  type LeverTiming,
  leverRow,
} from '../../src/scenario/index.ts';

/** Any value lever `name` may take. */
export function leverValueArbitrary<K extends LeverName>(name: K): fc.Arbitrary<Levers[K]> {
  const row = leverRow(name);
  switch (row.kind) {
    case 'choice':
      return fc.constantFrom(...row.values) as fc.Arbitrary<Levers[K]>;
    case 'boolean':
      return fc.boolean() as fc.Arbitrary<Levers[K]>;
    case 'number':
      return fc.double({ min: row.range[0], max: row.range[1], noNaN: true }) as fc.Arbitrary<Levers[K]>;
  }
}

/**
 * Levers `names` (default: all), each present (`required`) or any subset of them.
 */
export function leversOf(
  names: readonly LeverName[] = LEVER_NAMES,
  { required = false }: { required?: boolean } = {},
): fc.Arbitrary<Partial<Levers>> {
  const shape = Object.fromEntries(names.map((name) => [name, leverValueArbitrary(name)])) as {
    [K in LeverName]: fc.Arbitrary<Levers[K]>;
  };
  return fc.record(shape, { requiredKeys: required ? [...names] : [] }) as fc.Arbitrary<Partial<Levers>>;
}

/** Any subset of the levers, each value inside what the schema accepts. */
export const leversArbitrary: fc.Arbitrary<Partial<Levers>> = leversOf();

/** A lever's own timing: a start from 2023-01 to `lastMonth`, a ramp of 1–60 months, either or both left out. */
export function leverTimingArbitrary(lastMonth = '2030-12'): fc.Arbitrary<LeverTiming> {
  return fc.record(
    {
      from: fc.integer({ min: 0, max: parseMonth(lastMonth) }).map(monthLabel),
      rampMonths: fc.integer({ min: 1, max: 60 }),
    },
    { requiredKeys: [] },
  );
}
