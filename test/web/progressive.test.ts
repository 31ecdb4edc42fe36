/**
 * The explorer after a change, in Chromium: a first estimate from FIRST_ESTIMATE_DRAWS draws is
 * shown before the full count, and a second change during a run cancels the first (the numbers
 * shown at the end are the second state's, and the first state's full count is never shown).
 * Not timed: speed is measured by `npm run bench:web`. Set LEADLINE_SKIP_BROWSER=1 to skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFromLink } from '../../src/cli/linkOptions.ts';
import { FIRST_ESTIMATE_DRAWS } from '../../web/src/components/useModelRuns.ts';
import { runCli } from '../cli/runCli.ts';
import { CHROMIUM, type Explorer, startExplorer } from './browser.ts';

const skip = process.env.LEADLINE_SKIP_BROWSER === '1';
let explorer: Explorer;

interface Seen {
  readonly stage: string;
  readonly status: string;
  readonly answer: string;
  readonly hash: string;
}

/** Records every state the status line goes through (stage, its text, the answer, the URL). */
async function recordStatus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const status = document.querySelector('[data-testid="status"]');
    if (!status) throw new Error('no status line');
    const seen: Seen[] = [];
    (window as unknown as { seen: Seen[] }).seen = seen;
    new MutationObserver(() => {
      const entry = {
        stage: status.getAttribute('data-stage') ?? '',
        status: status.textContent ?? '',
        answer: document.querySelector('[data-testid="answer"]')?.textContent ?? '',
        hash: location.hash,
      };
      const last = seen.at(-1);
      if (!last || last.stage !== entry.stage || last.status !== entry.status || last.answer !== entry.answer)
        seen.push(entry);
    }).observe(status, { attributes: true, childList: true, subtree: true, characterData: true });
  });
}

const seenSoFar = (page: Page): Promise<Seen[]> =>
  page.evaluate(() => (window as unknown as { seen: Seen[] }).seen);

async function finalDone(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="status"][data-stage="final"]', { timeout: 180_000 });
}

async function pageRuns(page: Page): Promise<unknown> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'results.json' }).click(),
  ]);
  return JSON.parse(readFileSync(await download.path(), 'utf8')).runs;
}

describe.skipIf(skip || !existsSync(CHROMIUM))('the explorer after a change', () => {
  beforeAll(async () => {
    explorer = await startExplorer();
  }, 240_000);
  afterAll(async () => {
    await explorer?.close();
  });

  it(`shows a first estimate from ${FIRST_ESTIMATE_DRAWS} draws, then the full 2,000`, async () => {
    const context = await explorer.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(explorer.url);
    await finalDone(page);
    await recordStatus(page);
    await page.selectOption('#lever-0-remoteAccess', 'closed');
    await page.waitForFunction(() => {
      const seen = (window as unknown as { seen: Seen[] }).seen;
      return seen.some((s) => s.stage === 'final');
    });
    const seen = await seenSoFar(page);
    const estimate = seen.findIndex((s) => s.stage === 'estimate');
    const final = seen.findIndex((s) => s.stage === 'final');
    expect(estimate, JSON.stringify(seen)).toBeGreaterThanOrEqual(0);
    expect(estimate).toBeLessThan(final);
    expect(seen[estimate].status).toContain(
      `First estimate from ${FIRST_ESTIMATE_DRAWS} draws; refining to 2,000`,
    );
    expect(seen[estimate].answer).toContain(`median of ${FIRST_ESTIMATE_DRAWS} draws`);
    expect(seen[final].status).toBe('2,000 draws, seed 1.');
    expect(seen[final].answer).toContain('median of 2,000 draws');
    await context.close();
  }, 300_000);

  it('a second change during a run cancels the first: the numbers at the end are the second state’s', async () => {
    const context = await explorer.browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(explorer.url);
    await finalDone(page);
    await recordStatus(page);
    // first change, then a second one as soon as its first estimate is shown (its full count of
    // 2,000 × 3 draws is then still running)
    await page.selectOption('#lever-0-remoteAccess', 'closed');
    const firstHash = await page.evaluate(() => location.hash);
    await page.waitForSelector('[data-testid="status"][data-stage="estimate"]', { timeout: 180_000 });
    await page.selectOption('#lever-0-chipExports', 'none');
    const secondHash = await page.evaluate(() => location.hash);
    expect(secondHash).not.toBe(firstHash);
    await finalDone(page);
    const seen = await seenSoFar(page);
    // the first change's full count never reached the page
    const finals = seen.filter((s) => s.stage === 'final');
    expect(finals.map((s) => s.hash)).toEqual([secondHash]);
    const state = runFromLink(secondHash).scenarios[0].levers;
    expect(state.remoteAccess).toBe('closed');
    expect(state.chipExports).toBe('none');
    // and they are the second state's numbers, bit for bit
    const { code, stdout, stderr } = await runCli(
      'run',
      '--from-link',
      secondHash,
      '--json',
      '--no-report',
      '--workers',
      '1',
    );
    expect(code, stderr).toBe(0);
    expect(await pageRuns(page)).toEqual(JSON.parse(stdout).runs);
    await context.close();
  }, 400_000);
});
