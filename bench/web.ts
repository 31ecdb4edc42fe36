/**
 * `npm run bench:web`: the explorer in Chromium (figures in docs/PERFORMANCE.md). Not a test.
 *
 *   1. page weight: every file of the built site, gzipped (level 9), summed
 *   2. lever change → first updated fan chart: remoteAccess of the first scenario toggled in the
 *      page, time until the lead chart's SVG is replaced (the first estimate), median of runs
 *   3. the same change → 2,000 draws × 3 scenarios complete (the status says "final")
 *   4. screenshots at 1280×800 and 390×844 into bench/out/ (look at them)
 *   5. where the time goes: the page is opened with `?trace` (web/src/engine/trace.ts), and the
 *      median time from the lever's input event to the end of each phase is printed
 *      (`phasesMs`: the page's and the coordinator worker's marks, on one clock)
 * Runs: BENCH_WEB_RUNS (default 7).
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startExplorer } from '../test/web/browser.ts';

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 7);
const OUT = fileURLToPath(new URL('./out/', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function waitForFinal(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="status"][data-stage="final"]', { timeout: 60_000 });
}

/** The charts below the fan chart are drawn when near the screen or idle (useLazyValue.ts). */
async function waitForCharts(page: Page): Promise<void> {
  await page.waitForFunction(
    () => [...document.querySelectorAll('figure.chart .chart-svg')].every((el) => el.querySelector('svg')),
    undefined,
    { timeout: 60_000 },
  );
}

/** ms from a lever change to the first new fan chart, and to the full count. */
async function timeChange(
  page: Page,
  value: string,
): Promise<{ first: number; full: number; phases: Record<string, number> }> {
  return page.evaluate(async (next) => {
    performance.clearMarks();
    const holder = document.querySelector('#chart-lead .chart-svg');
    const select = document.getElementById('lever-0-remoteAccess') as HTMLSelectElement | null;
    const status = document.querySelector('[data-testid="status"]');
    if (!holder || !select || !status) throw new Error('page not ready');
    const start = performance.now();
    const first = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve(performance.now() - start);
      });
      observer.observe(holder, { childList: true });
    });
    const full = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (status.getAttribute('data-stage') === 'final' && performance.now() - start > 0) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      observer.observe(status, { attributes: true, childList: true, subtree: true, characterData: true });
    });
    select.value = next;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const times = { first: await first, full: await full };
    // the page's last mark comes from an effect after the final render
    await new Promise((resolve) => setTimeout(resolve, 50));
    const phases: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark')) {
      if (m.name.startsWith('leadline:')) phases[m.name.slice('leadline:'.length)] = m.startTime - start;
    }
    return { ...times, phases };
  }, value);
}

async function main(): Promise<void> {
  const explorer = await startExplorer();
  try {
    const dist = explorer.outDir;
    const files = filesUnder(dist);
    const gzipBytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    const rawBytes = files.reduce((sum, f) => sum + statSync(f).size, 0);

    const context = await explorer.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${explorer.url}?trace`);
    await waitForFinal(page);
    const firsts: number[] = [];
    const fulls: number[] = [];
    const phaseRuns = new Map<string, number[]>();
    for (let i = 0; i < RUNS; i++) {
      const { first, full, phases } = await timeChange(page, i % 2 === 0 ? 'closed' : 'open');
      firsts.push(first);
      fulls.push(full);
      for (const [name, ms] of Object.entries(phases))
        phaseRuns.set(name, [...(phaseRuns.get(name) ?? []), ms]);
    }
    const phasesMs = Object.fromEntries(
      [...phaseRuns]
        .map(([name, all]) => [name, Math.round(median(all))] as const)
        .sort((a, b) => a[1] - b[1]),
    );
    mkdirSync(OUT, { recursive: true });
    await waitForCharts(page);
    await page.screenshot({ path: join(OUT, 'explorer-1280x800.png') });
    await page.screenshot({ path: join(OUT, 'explorer-1280x800-full.png'), fullPage: true });
    const phone = await explorer.browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
    });
    const phonePage = await phone.newPage();
    await phonePage.goto(explorer.url);
    await waitForFinal(phonePage);
    await waitForCharts(phonePage);
    await phonePage.screenshot({ path: join(OUT, 'explorer-390x844.png') });
    await phonePage.screenshot({ path: join(OUT, 'explorer-390x844-full.png'), fullPage: true });

    const result = {
      date: new Date().toISOString(),
      loadAverage1m: loadavg()[0],
      hardwareConcurrency: await page.evaluate(() => navigator.hardwareConcurrency),
      runs: RUNS,
      pageWeight: { files: files.length, rawBytes, gzipBytes },
      leverToFirstChartMs: { median: median(firsts), all: firsts.map(Math.round) },
      leverToFullMs: { median: median(fulls), all: fulls.map(Math.round) },
      phasesMs,
    };
    console.log(JSON.stringify(result, null, 2));
    console.log(
      `page weight ${(gzipBytes / 1024).toFixed(0)} KiB gzipped (${(rawBytes / 1024).toFixed(0)} KiB raw, ${files.length} files); ` +
        `lever → first fan chart ${median(firsts).toFixed(0)} ms; → 2,000 draws × 3 scenarios ${median(fulls).toFixed(0)} ms ` +
        `(median of ${RUNS}; load average ${loadavg()[0].toFixed(2)})`,
    );
  } finally {
    await explorer.close();
  }
}

await main();
