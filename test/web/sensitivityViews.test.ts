/**
 * The sensitivity views end to end, in Debian's Chromium at 1280×800: the tornado and the
 * Sobol' chart each have a table view and the CSV and JSON downloads of `leadline sensitivity
 * --csv|--json` (the page's JSON equals the CLI's, character for character); then every other
 * analysis runs in the order a reviewer ran them (sensitivity → attribution → window → target →
 * discover → history), and the page logs no console error or warning (it once logged ~200
 * "<rect> attribute width: A negative value is not valid"). Set LEADLINE_SKIP_BROWSER=1 to skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkForRun } from '../../src/cli/linkOptions.ts';
import { loadPreset } from '../../src/scenario/index.ts';
import { runCli } from '../cli/runCli.ts';
import { CHROMIUM, type Explorer, finalDone, openPage, startExplorer } from './browser.ts';

const skip = process.env.LEADLINE_SKIP_BROWSER === '1';
const SEED = 5;

let explorer: Explorer;
let page: Page;
const problems: string[] = [];

async function download(name: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

const rows = (testId: string) => page.locator(`[data-testid="${testId}"] tbody tr`).count();

describe.skipIf(skip || !existsSync(CHROMIUM))('the sensitivity views, then every analysis in turn', () => {
  beforeAll(async () => {
    explorer = await startExplorer();
    const link = linkForRun([loadPreset('baseline'), loadPreset('scenario-one')], {
      draws: 200,
      seed: SEED,
      workers: 1,
    });
    page = await openPage(explorer, link.slice(link.indexOf('#')), problems);
    await finalDone(page);
  }, 300_000);
  afterAll(async () => {
    await explorer?.close();
  });

  it('tornado and Sobol’ each have a table view and the CLI’s CSV and JSON', async () => {
    await page.getByRole('button', { name: 'Run the sensitivity analysis' }).click();
    await page.getByTestId('sobol-table').waitFor({ state: 'attached', timeout: 300_000 });
    const json = await download('sobol.json');
    const shown = JSON.parse(json) as { n: number; tornado: unknown[]; sobol: unknown[] };
    expect(await rows('tornado-table')).toBe(shown.tornado.length);
    expect(await rows('sobol-table')).toBe(shown.sobol.length);
    expect(await download('tornado.json')).toBe(json);
    const cli = await runCli(
      'sensitivity',
      'baseline',
      '--n',
      String(shown.n),
      '--seed',
      String(SEED),
      '--json',
      '--no-report',
    );
    expect(cli.code, cli.stderr).toBe(0);
    expect(json).toBe(cli.stdout);
    const csv = await download('sobol.csv');
    expect(csv.split('\n')[0]).toMatch(/^kind,name,group,first,/);
    expect(await download('tornado.csv')).toBe(csv);
  }, 400_000);

  it('attribution, window, target, discover and history after it: no console error', async () => {
    await page.locator('button[data-policy="attribution"]').click();
    await page.getByTestId('attribution-table').waitFor({ state: 'attached', timeout: 300_000 });
    await page.locator('button[data-policy="window"]').click();
    await page.getByTestId('window-table').waitFor({ state: 'attached', timeout: 300_000 });
    for (const kind of ['target', 'discover', 'history']) {
      await page.locator(`button[data-analysis="${kind}"]`).click();
      await page.getByTestId(`${kind}-table`).waitFor({ state: 'attached', timeout: 300_000 });
    }
    const negative = await page.evaluate(
      () =>
        [...document.querySelectorAll('rect')].filter(
          (r) => Number(r.getAttribute('width')) < 0 || Number(r.getAttribute('height')) < 0,
        ).length,
    );
    expect(negative).toBe(0);
    expect(problems).toEqual([]);
  }, 900_000);
});
