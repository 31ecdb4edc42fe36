/**
 * The project's own transcendental functions: the same bits in every JavaScript engine.
 *
 * ECMAScript lets each engine approximate Math.exp, Math.log, Math.expm1, Math.log1p, Math.sin
 * and Math.pow / `**` in its own way; only +, −, ×, ÷ and sqrt are correctly rounded by rule.
 * Everything that feeds a reported number calls these instead. They are ports of fdlibm 5.3
 * (Sun Microsystems, 1993; permissive licence, kept in each file) — the code V8 11.3 (Node 20)
 * runs for Math.* — so Node's results are unchanged, to the bit (test/core/math/).
 */
export { exp } from './exp.ts';
export { expm1 } from './expm1.ts';
export { log } from './log.ts';
export { log1p } from './log1p.ts';
export { log10 } from './log10.ts';
export { pow } from './pow.ts';
export { sin } from './sin.ts';
