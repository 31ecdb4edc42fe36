/**
 * Golden outputs: headline numbers of each preset at central parameters, compared within a
 * relative 1e-9 with test/core/golden/presets.json.
 *
 * Where the numbers come from: this engine (src/core, src/params, src/scenario/schedule.ts and
 * timeline.ts) at the commit recorded in the file's `provenance`, run by this test. They are not an
 * outside calculation: a change here means the engine's output changed, which must be deliberate.
 * To regenerate after a deliberate change (the file is written atomically: temp file, then rename):
 *   UPDATE_GOLDEN=1 npx vitest run test/core/golden.test.ts
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { huaweiShareOfNvidia } from '../../src/analysis/summary.ts';
import { monthIndex, simulate } from '../../src/core/index.ts';
import { PRESET_NAMES, type PresetName, presetWorkspace, resolvedPreset } from '../helpers/presets.ts';
import { relativeDifference } from '../helpers/seriesHelpers.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const GOLDEN_FILE = join(HERE, 'golden', 'presets.json');
const REPO_ROOT = join(HERE, '..', '..');
const RELATIVE_TOLERANCE = 1e-9;
const UPDATING = process.env.UPDATE_GOLDEN === '1';

const HEADLINE_NAMES = [
  'leadMonths2026_05',
  'leadMonths2027_12',
  'leadMonths2028_12',
  'computeRatio2026_06',
  'computeRatio2028_12',
  'huaweiShareOfNvidia2026',
  'huaweiShareOfNvidia2027',
] as const;
type Headlines = Record<(typeof HEADLINE_NAMES)[number], number>;

interface GoldenFile {
  provenance: string;
  presets: Record<PresetName, Headlines>;
}

function headlines(preset: PresetName): Headlines {
  const { params, schedule } = resolvedPreset(preset);
  const ws = simulate(params, schedule, presetWorkspace());
  const s = ws.series;
  return {
    leadMonths2026_05: s.leadMonths[monthIndex(2026, 5)],
    leadMonths2027_12: s.leadMonths[monthIndex(2027, 12)],
    leadMonths2028_12: s.leadMonths[monthIndex(2028, 12)],
    computeRatio2026_06: s.computeRatio[monthIndex(2026, 6)],
    computeRatio2028_12: s.computeRatio[monthIndex(2028, 12)],
    huaweiShareOfNvidia2026: huaweiShareOfNvidia(ws, 2026),
    huaweiShareOfNvidia2027: huaweiShareOfNvidia(ws, 2027),
  };
}

/**
 * Commit of the working tree, read from .git without running git; "unknown" when it cannot be
 * read. In a linked worktree .git is a file "gitdir: …" and the branch refs live in the common
 * directory named by that gitdir's `commondir` file.
 */
function headCommit(): string {
  try {
    let gitDir = join(REPO_ROOT, '.git');
    if (statSync(gitDir).isFile())
      gitDir = resolve(
        REPO_ROOT,
        readFileSync(gitDir, 'utf8')
          .replace(/^gitdir:/, '')
          .trim(),
      );
    const commonFile = join(gitDir, 'commondir');
    const commonDir = existsSync(commonFile)
      ? resolve(gitDir, readFileSync(commonFile, 'utf8').trim())
      : gitDir;
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head;
    const ref = head.slice(5);
    for (const dir of [gitDir, commonDir]) {
      const loose = join(dir, ref);
      if (existsSync(loose)) return readFileSync(loose, 'utf8').trim();
    }
    const packed = readFileSync(join(commonDir, 'packed-refs'), 'utf8');
    const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`));
    return line === undefined ? 'unknown' : line.split(' ')[0];
  } catch {
    return 'unknown';
  }
}

function readGolden(): GoldenFile {
  if (!existsSync(GOLDEN_FILE)) {
    throw new Error(`${GOLDEN_FILE} is missing: run UPDATE_GOLDEN=1 npx vitest run test/core/golden.test.ts`);
  }
  return JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as GoldenFile;
}

describe('golden outputs', () => {
  it.runIf(UPDATING)('writes test/core/golden/presets.json (UPDATE_GOLDEN=1)', () => {
    const presets = Object.fromEntries(PRESET_NAMES.map((preset) => [preset, headlines(preset)])) as Record<
      PresetName,
      Headlines
    >;
    const golden: GoldenFile = {
      provenance:
        `Headline numbers of the four presets at central parameters, computed by test/core/golden.test.ts ` +
        `(UPDATE_GOLDEN=1) from this engine at commit ${headCommit()} on ${new Date().toISOString().slice(0, 10)}. ` +
        'Regression reference, not an outside calculation.',
      presets,
    };
    const temporary = `${GOLDEN_FILE}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(golden, null, 2)}\n`);
    renameSync(temporary, GOLDEN_FILE);
    expect(readGolden().presets).toEqual(presets);
  });

  it('the golden file lists every preset and headline', () => {
    const golden = readGolden();
    expect(Object.keys(golden.presets).sort()).toEqual([...PRESET_NAMES].sort());
    for (const preset of PRESET_NAMES)
      expect(Object.keys(golden.presets[preset]).sort()).toEqual([...HEADLINE_NAMES].sort());
  });

  for (const preset of PRESET_NAMES) {
    it(`simulate(${preset} at central parameters) matches its golden headline numbers within 1e-9`, () => {
      const expected = readGolden().presets[preset];
      const got = headlines(preset);
      for (const name of HEADLINE_NAMES) {
        expect(
          relativeDifference(got[name], expected[name]),
          `${name}: got ${got[name]}, golden ${expected[name]}`,
        ).toBeLessThanOrEqual(RELATIVE_TOLERANCE);
      }
    });
  }
});
