/**
 * The two 32-bit halves of an IEEE-754 double, read and written through one shared scratch
 * buffer (fdlibm's GET_HIGH_WORD, GET_LOW_WORD, INSERT_WORDS, SET_HIGH_WORD, SET_LOW_WORD).
 * No allocation per call: the buffer is made once, when the module loads. JavaScript runs one
 * thread per realm, so no call can interleave with another between a write and its read.
 */

const scratch = new Float64Array(1);
const words = new Int32Array(scratch.buffer);
scratch[0] = 1;
/** Index of the high (sign, exponent, top 20 fraction bits) word: 1 on little-endian hosts. */
const HI = words[1] === 0x3ff00000 ? 1 : 0;
const LO = 1 - HI;

/** The high word of x as a signed 32-bit integer (sign bit → negative). */
export function highWord(x: number): number {
  scratch[0] = x;
  return words[HI];
}

/** The low word of x as an unsigned 32-bit integer. */
export function lowWord(x: number): number {
  scratch[0] = x;
  return words[LO] >>> 0;
}

/** The double whose high word is `high` and low word is `low` (each taken mod 2³²). */
export function fromWords(high: number, low: number): number {
  words[HI] = high;
  words[LO] = low;
  return scratch[0];
}

/** x with its low word replaced by `low`. */
export function withLowWord(x: number, low: number): number {
  scratch[0] = x;
  words[LO] = low;
  return scratch[0];
}

/** x with its high word replaced by `high`. */
export function withHighWord(x: number, high: number): number {
  scratch[0] = x;
  words[HI] = high;
  return scratch[0];
}
