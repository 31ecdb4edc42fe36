import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DIRECTIONS_MODULE_PATH,
  directionsModuleSource,
  readJoeKuoText,
} from '../../../scripts/sobolDirections.ts';
import { JOE_KUO_ROWS, parseJoeKuo } from '../../../src/analysis/sensitivity/joeKuoTable.ts';

describe('src/analysis/sensitivity/joeKuoDirections.ts', () => {
  it('holds data/new-joe-kuo-6.21201-first-512.txt as it is now (else run `npm run sobol-directions`)', () => {
    expect(readFileSync(DIRECTIONS_MODULE_PATH, 'utf8')).toBe(directionsModuleSource(readJoeKuoText()));
  });

  it("starts and ends like Joe & Kuo's file (d = 2: s 1 a 0 m 1; d = 512: s 13 a 224 …)", () => {
    expect(JOE_KUO_ROWS.length).toBe(511);
    expect(JOE_KUO_ROWS[0]).toEqual({ d: 2, s: 1, a: 0, m: [1] });
    expect(JOE_KUO_ROWS[5]).toEqual({ d: 7, s: 4, a: 4, m: [1, 3, 5, 13] });
    expect(JOE_KUO_ROWS[510]).toEqual({
      d: 512,
      s: 13,
      a: 224,
      m: [1, 1, 1, 1, 25, 9, 23, 225, 385, 629, 603, 3747, 4241],
    });
  });
});

describe('parseJoeKuo(text)', () => {
  it('refuses a row out of order, a wrong count, or an even or too large m_k', () => {
    const head = 'd s a m_i\n';
    expect(() => parseJoeKuo(`${head}3 1 0 1\n`)).toThrow(/dimension 2 is malformed/);
    expect(() => parseJoeKuo(`${head}2 2 0 1\n`)).toThrow(/malformed/);
    expect(() => parseJoeKuo(`${head}2 1 0 2\n`)).toThrow(/malformed/);
    expect(() => parseJoeKuo(`${head}2 2 1 1 5\n`)).toThrow(/malformed/);
  });
});
