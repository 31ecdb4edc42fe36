import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstInvalidUtf8, MAX_SCENARIO_FILE_BYTES } from '../../src/scenario/readScenarioFile.ts';
import { loadScenarioFile } from '../../src/scenario/scenarioFiles.ts';

const dir = mkdtempSync(join(tmpdir(), 'leadline-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadScenarioFile(path) refuses what is not a small UTF-8 text file', () => {
  it('a FIFO is refused at once from its type (opening it would wait for a writer)', () => {
    const fifo = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expect(() => loadScenarioFile(fifo)).toThrow(
      `${fifo}: expected a regular file (a scenario in YAML), found a FIFO (named pipe)`,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a folder and a character device are refused', () => {
    expect(() => loadScenarioFile(dir)).toThrow('found a folder');
    expect(() => loadScenarioFile('/dev/zero')).toThrow('found a character device');
  });

  it(`a file over ${MAX_SCENARIO_FILE_BYTES} bytes is refused; one at the limit is read`, () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `# ${'x'.repeat(MAX_SCENARIO_FILE_BYTES)}\n`);
    expect(() => loadScenarioFile(big)).toThrow(
      `${big}: expected a scenario file of at most 1 MiB, found 1.0 MiB`,
    );
    const limit = join(dir, 'limit.yaml');
    writeFileSync(limit, `title: t\n# ${'x'.repeat(MAX_SCENARIO_FILE_BYTES - 12)}\n`);
    expect(loadScenarioFile(limit).title).toBe('t');
  });

  it('invalid UTF-8 is refused with its line and column, not turned into U+FFFD', () => {
    const latin1 = join(dir, 'latin1.yaml');
    writeFileSync(latin1, Buffer.from('description: ok\ntitle: caf\xe9\n', 'latin1'));
    expect(() => loadScenarioFile(latin1)).toThrow(
      `${latin1}:2:11: expected text in UTF-8, found the byte 0xe9, which is not valid UTF-8 there`,
    );
    const utf8 = join(dir, 'utf8.yaml');
    writeFileSync(utf8, 'title: café 中文 🙂\n');
    expect(loadScenarioFile(utf8).title).toBe('café 中文 🙂');
  });
});

describe('firstInvalidUtf8(bytes)', () => {
  it('agrees with a fatal TextDecoder on valid text, overlong forms, surrogates and truncation', () => {
    const cases: number[][] = [
      [0x41, 0xc3, 0xa9],
      [0xc0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0x41, 0xe4, 0xb8],
      [0xf0, 0x9f, 0x99, 0x82],
      [0xff],
    ];
    for (const bytes of cases) {
      const array = Uint8Array.from(bytes);
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(array);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(array) === -1, bytes.join(',')).toBe(valid);
    }
  });
});
