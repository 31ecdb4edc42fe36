/**
 * Reads a scenario file's text, refusing what is not a small UTF-8 text file before parsing:
 *   - not a regular file (a FIFO would block the read for ever; a folder, a device, a socket):
 *     refused from its type, without opening it;
 *   - larger than MAX_SCENARIO_FILE_BYTES (1 MiB; the presets are about 1 KB, a long scenario
 *     with every parameter pinned about 5 KB): refused, and at most that many bytes + 1 are
 *     read, however large the file says or turns out to be;
 *   - not valid UTF-8: refused with the line and byte of the first bad sequence, instead of
 *     silently turning it into U+FFFD replacement characters.
 * Every failure is an InputError naming the file, what was expected and what was found.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { InputError } from './errors.ts';

/** Largest scenario file accepted [bytes]. */
export const MAX_SCENARIO_FILE_BYTES = 1024 * 1024;

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or −1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i; // truncated at the end
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // overlong forms, UTF-16 surrogates and code points beyond U+10FFFF are invalid
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/** The text of the scenario file at `path` (see the header for what is refused). */
export function readScenarioFile(path: string, osReason: (error: unknown) => string): string {
  const unreadable = (error: unknown) =>
    new InputError([{ file: path, path: [], expected: 'a readable file', found: osReason(error) }]);
  const notRegular = (stats: Stats) =>
    new InputError([
      { file: path, path: [], expected: 'a regular file (a scenario in YAML)', found: kindOf(stats) },
    ]);
  // the type is checked before opening: opening a FIFO for reading waits for a writer
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw unreadable(error);
  }
  if (!stats.isFile()) throw notRegular(stats);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw unreadable(error);
  }
  try {
    stats = fstatSync(fd); // the file opened, should the path have changed since
    if (!stats.isFile()) throw notRegular(stats);
    const tooLarge = () =>
      new InputError([
        {
          file: path,
          path: [],
          expected: `a scenario file of at most ${MAX_SCENARIO_FILE_BYTES / 1024 / 1024} MiB`,
          found: `${stats.size > MAX_SCENARIO_FILE_BYTES ? (stats.size / 1024 / 1024).toFixed(1) : 'more than 1'} MiB`,
        },
      ]);
    if (stats.size > MAX_SCENARIO_FILE_BYTES) throw tooLarge();
    const buffer = new Uint8Array(MAX_SCENARIO_FILE_BYTES + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > MAX_SCENARIO_FILE_BYTES) throw tooLarge();
    }
    const bytes = buffer.subarray(0, length);
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      let line = 1;
      let lineStart = 0;
      for (let i = 0; i < bad; i++) {
        if (bytes[i] === 0x0a) {
          line++;
          lineStart = i + 1;
        }
      }
      throw new InputError([
        {
          file: path,
          path: [],
          line,
          column: bad - lineStart + 1,
          expected: 'text in UTF-8',
          found: `the byte 0x${bytes[bad].toString(16).padStart(2, '0')}, which is not valid UTF-8 there`,
        },
      ]);
    }
    return new TextDecoder('utf-8').decode(bytes);
  } finally {
    closeSync(fd);
  }
}
