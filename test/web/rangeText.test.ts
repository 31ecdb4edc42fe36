/** The range editor's words that depend on the table's distribution, and its number check. */
import { describe, expect, it } from 'vitest';
import { paramSpec } from '../../src/params/index.ts';
import { centralMeaning, numberProblem } from '../../web/src/rangeText.ts';

describe('centralMeaning(dist)', () => {
  it('says a uniform, beta or lognormal belief draws without its central value, a triangular with it', () => {
    expect(centralMeaning({ kind: 'uniform', low: 0, high: 0.4 })).toContain('central parameters only');
    expect(centralMeaning({ kind: 'lognormal90', p5: 1, p95: 4 })).toContain('√(low × high)');
    expect(centralMeaning({ kind: 'triangular', low: 0, high: 1 })).toContain('peak');
  });

  it('covers researchElasticity, the uniform the reviewer edited', () => {
    const spec = paramSpec('researchElasticity');
    expect(spec.dist.kind).toBe('uniform');
    expect(centralMeaning(spec.dist)).toContain('does not move with it');
  });
});

describe('numberProblem(field, text, unreadable)', () => {
  it('takes finite numbers', () => {
    expect(numberProblem('ranges.x.high', '0.35')).toBeNull();
    expect(numberProblem('ranges.x.high', ' -2e3 ')).toBeNull();
  });

  it('names the field, what was expected and what was found', () => {
    expect(numberProblem('ranges.x.high', '')).toBe('ranges.x.high: expected a finite number, found nothing');
    expect(numberProblem('ranges.x.high', '1e400')).toBe(
      'ranges.x.high: expected a finite number, found “1e400”',
    );
    expect(numberProblem('ranges.x.low', '', true)).toBe(
      'ranges.x.low: expected a finite number, found text that is not one',
    );
  });
});
