/**
 * Each constant of src/core/math is written as its shortest decimal, with fdlibm's bit pattern
 * in a comment beside it ("// 0x3FE62E42 FEE00000"); the two must name the same double.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { doubleOfWords } from '../../helpers/mathInputs.ts';

const MATH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src', 'core', 'math');
const CONSTANT = /^\s*(?:const \w+ = )?(-?[\d.e+-]+|Math\.\w+)[,;]? \/\/ 0x([0-9A-F]{8}) ([0-9A-F]{8})/;

describe('constants of src/core/math', () => {
  const rows = readdirSync(MATH_DIR).flatMap((file) =>
    readFileSync(join(MATH_DIR, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        const match = CONSTANT.exec(line);
        return match === null
          ? []
          : [{ where: `${file}:${i + 1}`, text: match[1], high: match[2], low: match[3] }];
      }),
  );

  it('finds the annotated constants', () => {
    expect(rows.length).toBeGreaterThan(60);
  });

  it('every decimal (or Math constant) equals the bit pattern in its comment', () => {
    const wrong = rows.flatMap(({ where, text, high, low }) => {
      const value = text.startsWith('Math.')
        ? Math[text.slice(5) as 'E' | 'LN2' | 'LOG2E' | 'LOG10E']
        : Number(text);
      return Object.is(value, doubleOfWords(Number.parseInt(high, 16), Number.parseInt(low, 16)))
        ? []
        : [`${where}: ${text} is not 0x${high} ${low}`];
    });
    expect(wrong).toEqual([]);
  });
});
