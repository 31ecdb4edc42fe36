/**
 * Joe & Kuo's direction-number table (joeKuoDirections.ts) parsed once: per dimension d ≥ 2, the
 * degree s of its primitive polynomial, the polynomial's code a (its inner coefficients as bits)
 * and the initial direction integers m_1 … m_s.
 */

import { pow } from '../../core/math/index.ts';
import { JOE_KUO_TEXT } from './joeKuoDirections.ts';

export interface JoeKuoRow {
  readonly d: number;
  readonly s: number;
  readonly a: number;
  readonly m: readonly number[];
}

/** Parses Joe & Kuo's text layout (a header line, then `d s a m_1 … m_s` from d = 2 on). */
export function parseJoeKuo(text: string): JoeKuoRow[] {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.slice(1).map((line, i) => {
    const [d, s, a, ...m] = line.trim().split(/\s+/).map(Number);
    if (d !== i + 2 || m.length !== s || !m.every((mk, k) => mk % 2 === 1 && mk < pow(2, k + 1))) {
      throw new Error(`Joe–Kuo table: row for dimension ${i + 2} is malformed: ${line}`);
    }
    return { d, s, a, m };
  });
}

/** Rows for dimensions 2, 3, … (index r is dimension r + 2). */
export const JOE_KUO_ROWS: readonly JoeKuoRow[] = parseJoeKuo(JOE_KUO_TEXT);
