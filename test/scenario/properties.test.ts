/** Properties of parsing: what is in range is accepted as written, what is out is rejected. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { monthLabel, parseMonth } from '../../src/core/index.ts';
import { PARAM_TABLE } from '../../src/params/index.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import { leversArbitrary } from '../helpers/leverDraws.ts';
import { inputErrorOf } from './inputError.ts';

describe('parseScenarioText(text, file) properties', () => {
  it('reads back any valid levers written as YAML', () => {
    fc.assert(
      fc.property(leversArbitrary, (levers) => {
        expect(parseScenarioText(stringify({ levers }), 'p.yaml').levers).toEqual(levers);
      }),
    );
  });

  it('accepts start and end exactly when both are in bounds and end − start ≥ 12 months', () => {
    const first = parseMonth('2023-01');
    const last = parseMonth('2040-12');
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: last }),
        fc.integer({ min: first, max: last }),
        (start, end) => {
          const text = `start: ${monthLabel(start)}\nend: ${monthLabel(end)}\n`;
          const valid = end >= parseMonth('2028-12') && end - start >= 12;
          if (valid) expect(parseScenarioText(text, 'p.yaml').end).toBe(monthLabel(end));
          else expect(inputErrorOf(() => parseScenarioText(text, 'p.yaml')).issues).toHaveLength(1);
        },
      ),
    );
  });

  it('accepts every parameter anywhere in its range', () => {
    const row = fc.constantFrom(...PARAM_TABLE.filter((spec) => spec.name !== 'eciReference'));
    fc.assert(
      fc.property(row, fc.double({ min: 0, max: 1, noNaN: true }), (spec, fraction) => {
        const [low, high] = spec.range;
        const value = Math.min(high, low + fraction * (high - low));
        expect(parseScenarioText(stringify({ params: { [spec.name]: value } }), 'p.yaml').params).toEqual({
          [spec.name]: value,
        });
      }),
    );
  });

  it('rejects every parameter just outside its range, naming the range', () => {
    for (const spec of PARAM_TABLE) {
      const [low, high] = spec.range;
      const step = Math.max(1e-9, Math.abs(high - low) * 1e-6, Math.abs(low) * 1e-9, Math.abs(high) * 1e-9);
      for (const value of [low - step, high + step]) {
        const error = inputErrorOf(() =>
          parseScenarioText(stringify({ params: { [spec.name]: value } }), 'p.yaml'),
        );
        expect(error.issues).toHaveLength(1);
        expect(error.issues[0].path).toEqual(['params', spec.name]);
        expect(error.issues[0].expected).toBe(`a number from ${low} to ${high} (${spec.unit})`);
      }
    }
  });
});
