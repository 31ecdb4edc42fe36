import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_PATH, scenarioSchemaText, writeFileAtomic } from '../../scripts/write-schema.ts';
import { PARAM_TABLE } from '../../src/params/index.ts';
import { LEVER_HELP, LEVER_NAMES, SCENARIO_SCHEMA_ID, scenarioJsonSchema } from '../../src/scenario/index.ts';
import { knownKeysAt } from '../../src/scenario/schema.ts';

interface JsonSchemaNode {
  type?: string;
  description?: string;
  minimum?: number;
  maximum?: number;
  enum?: string[];
  additionalProperties?: boolean;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  required?: string[];
}

const schema = scenarioJsonSchema() as JsonSchemaNode & Record<string, unknown>;
const properties = schema.properties ?? {};

describe('scenarioSchemaText()', () => {
  it('matches the checked-in schema/scenario.schema.json (run `npm run schema` when this fails)', () => {
    expect(
      readFileSync(SCHEMA_PATH, 'utf8'),
      'schema/scenario.schema.json is stale: run `npm run schema`',
    ).toBe(scenarioSchemaText());
  });
});

describe('writeFileAtomic(path, text)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'leadline-schema-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes (and overwrites) the file and leaves no temporary file', () => {
    const path = join(folder, 'out.json');
    writeFileAtomic(path, 'one\n');
    writeFileAtomic(path, 'two\n');
    expect(readFileSync(path, 'utf8')).toBe('two\n');
    expect(readdirSync(folder)).toEqual(['out.json']);
  });
});

describe('scenarioJsonSchema()', () => {
  it('names its dialect, identity and title first', () => {
    expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCENARIO_SCHEMA_ID);
  });

  it('forbids unknown keys at every level', () => {
    expect(schema.additionalProperties).toBe(false);
    expect(properties.levers.additionalProperties).toBe(false);
    expect(properties.params.additionalProperties).toBe(false);
    expect(properties.correlations.items?.additionalProperties).toBe(false);
  });

  it('describes every lever with its help text', () => {
    const levers = properties.levers.properties ?? {};
    expect(Object.keys(levers)).toEqual([...LEVER_NAMES]);
    for (const name of LEVER_NAMES) expect(levers[name].description).toBe(LEVER_HELP[name]);
    expect(levers.chipExports.anyOf?.[0].enum).toEqual(['none', 'h20', 'h200', 'blackwell']);
  });

  it('gives every lever a short form (its value) and a long form { value, from, rampMonths }', () => {
    const levers = properties.levers.properties ?? {};
    for (const name of LEVER_NAMES) {
      const [short, long] = levers[name].anyOf ?? [];
      expect(long.type, name).toBe('object');
      expect(long.additionalProperties, name).toBe(false);
      expect(Object.keys(long.properties ?? {}), name).toEqual(['value', 'from', 'rampMonths']);
      expect(long.required, name).toEqual(['value']);
      const { description: _, ...value } = long.properties?.value ?? {};
      expect(value, name).toEqual(short);
    }
  });

  it('bounds every parameter by its table range', () => {
    const params = properties.params.properties ?? {};
    expect(Object.keys(params)).toEqual(PARAM_TABLE.map((spec) => spec.name));
    for (const spec of PARAM_TABLE) {
      expect([params[spec.name].minimum, params[spec.name].maximum]).toEqual([...spec.range]);
      expect(params[spec.name].description).toContain(spec.unit);
    }
  });

  it('writes months as a "YYYY-MM" pattern', () => {
    const pattern = new RegExp((properties.end as { pattern: string }).pattern);
    expect(pattern.test('2030-12')).toBe(true);
    expect(pattern.test('2030-13')).toBe(false);
    expect(pattern.test('2030-1')).toBe(false);
  });
});

describe('knownKeysAt(path)', () => {
  it('gives the keys of each mapping of the file', () => {
    expect(knownKeysAt([])?.keys).toEqual(Object.keys(properties));
    expect(knownKeysAt(['levers'])?.keys).toEqual([...LEVER_NAMES]);
    expect(knownKeysAt(['params'])?.keys).toHaveLength(PARAM_TABLE.length);
    expect(knownKeysAt(['correlations', 3])?.keys).toEqual(['a', 'b', 'rho']);
    expect(knownKeysAt(['levers', 'remoteAccess'])?.keys).toEqual(['value', 'from', 'rampMonths']);
    expect(knownKeysAt(['title'])).toBeUndefined();
  });
});
