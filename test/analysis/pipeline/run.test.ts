/**
 * run(scenarios, options): the document `leadline run --json` prints, bit for bit — from the
 * browser entry (presets, Scenario objects, in this thread) and the Node entry (files too,
 * worker threads) — and its options checked at the boundary.
 */
import { describe, expect, it } from 'vitest';
import { drawValues } from '../../../src/analysis/evaluateDraws.ts';
import { run as browserRun, prepareRun, run } from '../../../src/index.ts';
import { run as nodeRun } from '../../../src/node.ts';
import { loadPreset, parseScenarioText } from '../../../src/scenario/index.ts';
import { runCli, tempFiles } from '../../cli/runCli.ts';

const cliJson = async (...args: string[]): Promise<string> => {
  const out = await runCli('run', ...args, '--json', '--no-report');
  expect(out.stderr).toBe('');
  expect(out.code).toBe(0);
  return out.stdout;
};
const asCli = (doc: unknown): string => `${JSON.stringify(doc, null, 2)}\n`;

describe("run (the browser entry, 'leadline')", { timeout: 300_000 }, () => {
  it("run(['baseline', 'scenario-one'], {draws: 400, seed: 3}) is leadline run's --json, byte for byte", async () => {
    const doc = await run(['baseline', 'scenario-one'], { draws: 400, seed: 3 });
    expect(asCli(doc)).toBe(
      await cliJson('baseline', 'scenario-one', '--draws', '400', '--seed', '3', '--workers', '1'),
    );
  });

  it('run([]) runs the three default presets; draws 0 gives the central run alone and records seed 0', async () => {
    const doc = await run([], { draws: 0, seed: 9 });
    expect(doc.runs.map((r) => r.scenario)).toEqual(['baseline', 'scenario-one', 'scenario-two']);
    expect(doc.seed).toBe(0);
    expect(doc.runs[0].quantiles).toBeUndefined();
    expect(doc.checks?.length).toBeGreaterThan(0);
    expect(asCli(doc)).toBe(await cliJson('--draws', '0'));
  });

  it('takes Scenario objects (parsed from YAML text) beside preset names, with the numbers of the same file', async () => {
    const text = 'title: Tighter\nlevers:\n  chipExports: none\n';
    const { paths } = tempFiles({ 'tighter.yaml': text });
    const doc = await browserRun(['baseline', parseScenarioText(text, paths['tighter.yaml'])], {
      draws: 300,
      seed: 2,
    });
    expect(asCli(doc)).toBe(
      await cliJson('baseline', paths['tighter.yaml'], '--draws', '300', '--seed', '2'),
    );
  });

  it('names scenarios that share a name apart, with a warning', async () => {
    const warnings: string[] = [];
    const doc = await run(['baseline', loadPreset('baseline')], {
      draws: 0,
      onWarning: (w) => warnings.push(w),
    });
    expect(doc.runs.map((r) => r.scenario)).toEqual(['baseline', 'baseline-2']);
    expect(warnings).toEqual([
      'leadline: warning: "preset:baseline" has the same scenario name as "baseline" ("baseline"); it is shown as "baseline-2"',
    ]);
  });

  it("keeps per-draw values (perDraw: ['leadMonths@2028-12']) equal to drawValues' for the same draws", async () => {
    const doc = await run(['scenario-one', 'baseline'], {
      draws: 1200,
      seed: 5,
      perDraw: ['leadMonths@2028-12'],
    });
    const { values } = await drawValues(
      prepareRun(['scenario-one', 'baseline']),
      { draws: 1200, seed: 5 },
      {
        outputs: [{ series: 'leadMonths', month: '2028-12' }],
      },
    );
    expect(doc.perDraw?.outputs).toEqual([{ series: 'leadMonths', month: '2028-12' }]);
    expect(doc.perDraw?.values).toEqual(values);
    expect(asCli({ ...doc, perDraw: undefined })).toBe(
      asCli(await run(['scenario-one', 'baseline'], { draws: 1200, seed: 5 })),
    );
  });

  it('refuses a file path (the Node entry reads files), an unknown preset, bad draws and workers without spawn', async () => {
    await expect(run(['my.yaml'])).rejects.toThrow(
      /expected a preset, one of baseline \| .*file paths: run from 'leadline\/node'/,
    );
    await expect(run(['baseline'], { draws: -1 })).rejects.toThrow(
      /draws: expected a whole number ≥ 0, found -1/,
    );
    await expect(run(['baseline'], { draws: 1.5 })).rejects.toThrow(/draws/);
    await expect(run(['baseline'], { draws: 10, workers: 2 })).rejects.toThrow(
      /needs a way to start workers/,
    );
  });

  it("refuses a per-draw month past a scenario's end rather than returning nulls", async () => {
    await expect(run(['baseline'], { draws: 3, perDraw: ['leadMonths@2035-01'] })).rejects.toThrow(
      'run options perDraw: expected a month up to scenario "baseline"\'s end, 2030-12, found "leadMonths@2035-01"',
    );
  });
});

describe("run (the Node entry, 'leadline/node')", { timeout: 300_000 }, () => {
  it('reads scenario files and runs on worker threads: the CLI document, byte for byte', async () => {
    const { paths } = tempFiles({ 'slow.yaml': 'title: Slower\nlevers:\n  chipExports: blackwell\n' });
    const doc = await nodeRun(['scenario-two', paths['slow.yaml']], { draws: 1100, seed: 7, workers: 2 });
    expect(asCli(doc)).toBe(
      await cliJson('scenario-two', paths['slow.yaml'], '--draws', '1100', '--seed', '7', '--workers', '1'),
    );
  });
});
