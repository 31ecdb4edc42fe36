/**
 * The explorer under test: built fresh from web/ into a temporary folder, served by the same
 * static server as `leadline explore`, opened in Debian's Chromium through playwright-core.
 */
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { portOf, serveStatic } from '../../src/cli/exploreCommand.ts';

export const CHROMIUM = process.env.LEADLINE_CHROMIUM ?? '/usr/bin/chromium';
const CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));

/** Flags that work headless in a container (../shared/STACK.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Explorer {
  readonly url: string;
  /** The built site. */
  readonly outDir: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Builds the site into a temporary folder, serves it on a free port and starts Chromium. */
export async function startExplorer(): Promise<Explorer> {
  const outDir = mkdtempSync(join(tmpdir(), 'leadline-web-'));
  const vite = await import('vite');
  await vite.build({ configFile: CONFIG, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server: Server = await serveStatic(outDir, 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    url: `http://127.0.0.1:${portOf(server)}/`,
    outDir,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Opens the explorer at `hash` (a link's fragment, or '') in a context of its own that accepts
 * downloads; every console error or warning and every uncaught page error is pushed onto
 * `problems`, for the test to assert it stays empty.
 */
export async function openPage(
  explorer: Explorer,
  hash: string,
  problems: string[],
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  const context = await explorer.browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${explorer.url}${hash}`);
  return page;
}

/** Waits until the page shows the full count of the run of its current state. */
export async function finalDone(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForSelector('[data-testid="status"][data-stage="final"]', { timeout });
}
