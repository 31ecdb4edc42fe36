/**
 * The explorer's target, discover and history views end to end, in Debian's Chromium: each
 * runs on request in the coordinator worker, and the result it offers as JSON is, character for
 * character, what `leadline target|discover|history --json` prints for the same inputs (so every
 * number is the same to the bit); its table view shows the library's numbers, its chart and text
 * summary are there, and the page logs no errors. The window (a policy view) is checked the
 * same way. Set LEADLINE_SKIP_BROWSER=1 to skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkForRun } from '../../src/cli/linkOptions.ts';
import { loadPreset } from '../../src/scenario/index.ts';
import { estimateText, shareStandardError } from '../../web/src/analysisText.ts';
import { runCli } from '../cli/runCli.ts';
import { CHROMIUM, type Explorer, finalDone, openPage, startExplorer } from './browser.ts';

const skip = process.env.LEADLINE_SKIP_BROWSER === '1';

/** The page's draws and seed: target takes them all (≤ 100), discover at least 100, history all. */
const DRAWS = 40;
const SEED = 3;

let explorer: Explorer;
let page: Page;
/** The page's link: baseline and scenario-one, DRAWS draws, seed SEED. */
let pageLink = '';
const problems: string[] = [];

/** Runs the view `kind` and returns the JSON it offers for download, as text. */
async function runView(kind: 'target' | 'discover' | 'history'): Promise<string> {
  await page.locator(`button[data-analysis="${kind}"]`).click();
  await page.getByTestId(`${kind}-table`).waitFor({ state: 'attached', timeout: 300_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `${kind}.json` }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

async function cliJson(...args: string[]): Promise<string> {
  const { code, stdout, stderr } = await runCli(...args, '--json');
  expect(code, stderr).toBe(0);
  return stdout;
}

describe.skipIf(skip || !existsSync(CHROMIUM))('the target, discover and history views', () => {
  beforeAll(async () => {
    explorer = await startExplorer();
    pageLink = linkForRun([loadPreset('baseline'), loadPreset('scenario-one')], {
      draws: DRAWS,
      seed: SEED,
      workers: 1,
    });
    page = await openPage(explorer, pageLink.slice(pageLink.indexOf('#')), problems);
    await finalDone(page);
  }, 300_000);
  afterAll(async () => {
    await explorer?.close();
  });

  it('history: the page’s JSON equals `leadline history --json` with the same draws, seed, cutoff and month', async () => {
    const text = await runView('history');
    const shown = JSON.parse(text) as { until: string; draws: number; observations: { id: string }[] };
    expect(shown.draws).toBe(DRAWS);
    const cli = await cliJson(
      'history',
      'baseline',
      '--draws',
      String(DRAWS),
      '--seed',
      String(SEED),
      '--cutoff',
      '2024-12',
      '--until',
      shown.until,
      '--no-report',
    );
    expect(text).toBe(cli);
    expect(await pageRows('history-table')).toBe(shown.observations.length);
    expect(await pageRows('history-fit-table')).toBeGreaterThan(1);
  }, 300_000);

  it('discover: the page’s JSON equals `leadline discover --json` (at least 100 draws), and its box table shows the same limits', async () => {
    await page.getByTestId('discover-lead').fill('6');
    await page.getByTestId('discover-lead').dispatchEvent('change');
    const text = await runView('discover');
    const cli = await cliJson(
      'discover',
      'scenario-one',
      '--draws',
      '100',
      '--seed',
      String(SEED),
      '--lead',
      '6',
    );
    expect(text).toBe(cli);
    const result = JSON.parse(text) as { box: { density: number; mass: number; restrictions: unknown[] } };
    expect(await pageRows('discover-table')).toBe(result.box.restrictions.length);
    // the caption labels the density with its binomial standard error
    const se = shareStandardError(result.box.density, Math.round(result.box.mass * 100));
    await expect(page.getByTestId('discover-table').locator('caption').textContent()).resolves.toContain(
      `± ${(100 * se).toFixed(1)}`,
    );
  }, 300_000);

  it('target: the page’s JSON equals `leadline target --json` for the goal P(lead ≥ 12) ≥ 30% from the baseline', async () => {
    await page.getByTestId('target-p').fill('30');
    await page.getByTestId('target-p').dispatchEvent('change');
    const text = await runView('target');
    const cli = await cliJson(
      'target',
      '--from',
      'baseline',
      '--p-scenario-one',
      '0.3',
      '--draws',
      String(DRAWS),
      '--seed',
      String(SEED),
    );
    expect(text).toBe(cli);
    const result = JSON.parse(text);
    expect(result.reachable).toBe(true);
    const first = page.getByTestId('target-table').locator('tbody tr').first();
    const sorted = [...result.minimal].sort((a, b) => b.estimate.value - a.estimate.value);
    await expect(first.textContent()).resolves.toContain(estimateText(result, sorted[0]));
    expect(await page.locator('#target-heading ~ figure svg').count()).toBe(1);
    expect(problems).toEqual([]);
  }, 400_000);

  it('the window’s JSON download equals `leadline window --json` (the shape lives in the library: windowJson)', async () => {
    await page.locator('button[data-policy="window"]').click();
    await page.getByTestId('window-table').waitFor({ state: 'attached', timeout: 300_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'window.json' }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toBe(
      await cliJson('window', 'scenario-one', '--draws', String(DRAWS), '--seed', String(SEED)),
    );
  }, 300_000);

  it('on a 390×844 phone: a newer request cancels the search in flight, and the results leave no horizontal scroll', async () => {
    const context = await explorer.browser.newContext({ viewport: { width: 390, height: 844 } });
    const phone = await context.newPage();
    phone.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await phone.goto(`${explorer.url}${pageLink.slice(pageLink.indexOf('#'))}`);
    await phone.waitForSelector('[data-testid="status"][data-stage="final"]', { timeout: 120_000 });
    // a goal whose search visits ~2,700 settings (seconds), not one the first setting settles
    await phone.getByTestId('target-p').fill('30');
    await phone.getByTestId('target-p').dispatchEvent('change');
    const targetButton = phone.locator('button[data-analysis="target"]');
    await targetButton.click();
    await phone
      .locator('button[data-analysis="target"]', { hasText: 'Running' })
      .waitFor({ timeout: 30_000 });
    await phone.locator('button[data-analysis="history"]').click();
    await phone.getByTestId('history-table').waitFor({ state: 'attached', timeout: 120_000 });
    // the search was cancelled: its button is back, it shows no result and no error
    await expect(targetButton.textContent()).resolves.toBe('Find the least policy');
    expect(await phone.getByTestId('target-table').count()).toBe(0);
    expect(await phone.locator('#target-heading ~ [role="alert"]').count()).toBe(0);
    await phone.locator('button[data-analysis="discover"]').click();
    await phone.getByTestId('discover-table').waitFor({ state: 'attached', timeout: 120_000 });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);
});

async function pageRows(testId: string): Promise<number> {
  return page.getByTestId(testId).locator('tbody tr').count();
}
