/**
 * The detail charts on a 390×844 phone, in Chromium: each is drawn at the column's width in its
 * compact form (not a wide chart scaled down), its text is at least 12 px on screen, no two of
 * its text boxes overlap, and the page never scrolls sideways. Set LEADLINE_SKIP_BROWSER=1 to skip.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkForRun } from '../../src/cli/linkOptions.ts';
import { loadPreset } from '../../src/scenario/index.ts';
import { CHROMIUM, type Explorer, startExplorer } from './browser.ts';

const skip = process.env.LEADLINE_SKIP_BROWSER === '1';
let explorer: Explorer;

const DETAIL = ['probabilities', 'compute', 'production', 'fronts'] as const;

describe.skipIf(skip || !existsSync(CHROMIUM))('the detail charts on a phone', () => {
  beforeAll(async () => {
    explorer = await startExplorer();
  }, 240_000);
  afterAll(async () => {
    await explorer?.close();
  });

  it('are drawn compact at 390×844: not scaled down, text ≥ 12 px, no text overlapping, no sideways scroll', async () => {
    const link = linkForRun(
      (['baseline', 'scenario-one', 'scenario-two'] as const).map((name) => loadPreset(name)),
      { draws: 200, seed: 1, workers: 1 },
    );
    const context = await explorer.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${explorer.url}${link.slice(link.indexOf('#'))}`);
    await page.waitForSelector('[data-testid="status"][data-stage="final"]', { timeout: 120_000 });
    for (const id of DETAIL) {
      // drawn after the fan chart, when near the screen or when the page is idle (useLazyValue.ts)
      await page.locator(`#chart-${id} .chart-svg svg`).waitFor({ state: 'attached', timeout: 60_000 });
      const found = await page.evaluate((chartId) => {
        const svg = document.querySelector(`#chart-${chartId} .chart-svg svg`);
        if (!(svg instanceof SVGSVGElement)) return { missing: true, scale: 0, smallest: 0, overlaps: [] };
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const texts = [...svg.querySelectorAll('text')]
          .map((el) => ({
            text: el.textContent ?? '',
            box: el.getBoundingClientRect(),
            size: Number.parseFloat(getComputedStyle(el).fontSize) * scale,
          }))
          .filter(({ text, box }) => text.trim() !== '' && box.width > 0);
        const overlaps: string[] = [];
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            const a = texts[i].box;
            const b = texts[j].box;
            // a pixel of slack: glyph boxes of neighbouring lines touch
            const apart =
              a.right <= b.left + 1 ||
              b.right <= a.left + 1 ||
              a.bottom <= b.top + 1 ||
              b.bottom <= a.top + 1;
            if (!apart) overlaps.push(`"${texts[i].text}" and "${texts[j].text}"`);
          }
        }
        return { missing: false, scale, smallest: Math.min(...texts.map((t) => t.size)), overlaps };
      }, id);
      expect(found.missing, id).toBe(false);
      expect(found.scale, `${id}: drawn at the column's width`).toBeGreaterThan(0.97);
      expect(found.smallest, `${id}: smallest text on screen [px]`).toBeGreaterThanOrEqual(11.9);
      expect(found.overlaps, id).toEqual([]);
    }
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await context.close();
  }, 240_000);
});
