/**
 * The README's "Use it from code" examples (examples/): the README shows each file verbatim, and
 * the browser example runs in Debian's Chromium — the browser entry bundled by esbuild from the
 * sources, every preset at central parameters and 2,000 paired draws on two Web Workers — with
 * a results document identical, byte for byte (SHA-256), to Node's `run` of the same presets.
 * (pack.test.ts runs the Node example against the packed package.)
 * Set LEADLINE_SKIP_BROWSER=1 to skip the browser part (the CI installs chromium).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { portOf, serveStatic } from '../../src/cli/exploreCommand.ts';
import { PRESET_NAMES, run } from '../../src/index.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../web/browser.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const skipBrowser = process.env.LEADLINE_SKIP_BROWSER === '1';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('README "Use it from code"', () => {
  it.each(['node.js', 'browser/main.js', 'browser/worker.js'])('shows examples/%s verbatim', (file) => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(readFileSync(join(EXAMPLES, file), 'utf8'));
  });
});

describe.skipIf(skipBrowser)('the browser example in Chromium', () => {
  it('runs every preset (central and 2,000 draws on 2 Web Workers) to the document Node computes, to the bit', async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} not found: install Debian's chromium (.ci/run does)`);
    const site = mkdtempSync(join(tmpdir(), 'leadline-browser-example-'));
    const esbuild = await import('esbuild');
    const leadlineFromSources = {
      name: 'leadline-from-sources',
      setup(build: import('esbuild').PluginBuild) {
        build.onResolve({ filter: /^leadline$/ }, () => ({ path: join(ROOT, 'src', 'index.ts') }));
      },
    };
    for (const file of ['main.js', 'worker.js'])
      await esbuild.build({
        entryPoints: [join(EXAMPLES, 'browser', file)],
        outfile: join(site, file),
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        plugins: [leadlineFromSources],
        logLevel: 'silent',
      });
    copyFileSync(join(EXAMPLES, 'browser', 'index.html'), join(site, 'index.html'));
    const server: Server = await serveStatic(site, 0);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`http://127.0.0.1:${portOf(server)}/index.html`);
      await page.waitForFunction(
        () => document.querySelector('#results')?.textContent?.startsWith('{'),
        null,
        {
          timeout: 240_000,
        },
      );
      const inPage = (await page.textContent('#results')) ?? '';
      expect(problems).toEqual([]);
      const inNode = JSON.stringify(await run(PRESET_NAMES, { draws: 2000, seed: 1 }), null, 2);
      expect(JSON.parse(inPage).runs.map((r: { scenario: string }) => r.scenario)).toEqual([...PRESET_NAMES]);
      expect(sha256(inPage)).toBe(sha256(inNode));
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }, 300_000);
});
