/**
 * The explorer end to end, in Debian's Chromium (playwright-core): it loads without console
 * errors; levers move the numbers the way the library says; links round-trip, bad links fall
 * back to the defaults with a message; a link's numbers equal `leadline run --from-link` to the
 * bit; downloads load back into the CLI; every control is reachable by keyboard; no horizontal
 * scroll on a phone. Set LEADLINE_SKIP_BROWSER=1 to skip (the CI installs chromium).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSignedMonths } from '../../src/analysis/format.ts';
import { attribute, printedAttribution } from '../../src/analysis/policy/index.ts';
import { linkForRun, nodeLinkContext, runFromLink } from '../../src/cli/linkOptions.ts';
import { renderAttribution } from '../../src/cli/policyText.ts';
import {
  explorerLink,
  LEVER_NAMES,
  LEVER_TABLE,
  type LeverRow,
  loadPreset,
  parseScenarioText,
} from '../../src/scenario/index.ts';
import { runCli, tempFiles } from '../cli/runCli.ts';
import { CHROMIUM, type Explorer, finalDone, openPage, startExplorer } from './browser.ts';

const skip = process.env.LEADLINE_SKIP_BROWSER === '1';
if (!skip && !existsSync(CHROMIUM)) {
  throw new Error(
    `${CHROMIUM} not found: install Debian's chromium (.ci/run does) or set LEADLINE_SKIP_BROWSER=1`,
  );
}

let explorer: Explorer;

/** Outputs at 2028-12 whose direction each lever must share with the library. */
const OUTPUTS = ['leadMonths', 'computeRatio', 'globalShareUS', 'adoptionUS', 'adoptionCN'] as const;

interface RunResultLike {
  months: string[];
  quantiles: Record<string, { p50: number[] }>;
}
const consoleProblems: string[] = [];

function open(hash = '', viewport = { width: 1280, height: 800 }): Promise<Page> {
  return openPage(explorer, hash, consoleProblems, viewport);
}

/** The results document the page offers for download. */
async function pageResults(page: Page): Promise<{ runs: RunResultLike[]; checks?: unknown }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'results.json' }).click(),
  ]);
  const path = await download.path();
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** A link's run through the CLI (one worker), as the results document. */
async function cliResults(link: string): Promise<{ runs: RunResultLike[]; checks?: unknown }> {
  const { code, stdout, stderr } = await runCli(
    'run',
    '--from-link',
    link,
    '--json',
    '--no-report',
    '--workers',
    '1',
  );
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout);
}

/** The path of the first value that differs (numbers bit for bit, or within a relative tolerance), or null. */
function firstDifference(a: unknown, b: unknown, tolerance: number, path = 'runs'): string | null {
  if (typeof a === 'number' && typeof b === 'number') {
    const close = Object.is(a, b) || Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
    return close ? null : `${path}: ${a} in the page, ${b} from the CLI`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: length ${a.length} in the page, ${b.length} from the CLI`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], tolerance, `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const d = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        tolerance,
        `${path}.${key}`,
      );
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} in the page, ${JSON.stringify(b)} from the CLI`;
}

describe.skipIf(skip)('the explorer in Chromium', () => {
  beforeAll(async () => {
    explorer = await startExplorer();
  }, 240_000);
  afterAll(async () => {
    await explorer?.close();
  });

  it('loads the default page with its answer and no console errors', async () => {
    const page = await open();
    await finalDone(page);
    await expect(page.locator('h1').textContent()).resolves.toContain('2028');
    const answer = await page.getByTestId('answer').textContent();
    expect(answer).toContain('Baseline');
    expect(answer).toMatch(/median of 2,000 draws/);
    // the model's Scenario Two: −4 ≤ lead ≤ 4 (analysis/outcomes.ts), not "4 months or less"
    expect(answer).toContain('within 4 months either way');
    expect(answer).not.toContain('or less');
    // a number lever not set sits at its May-2026 value (muted), not at its minimum
    for (const [lever, may] of [
      ['smugglingEnforcement', '1'],
      ['distillationDeterrence', '0.1'],
      ['prcAdoptionPush', '0.6'],
    ]) {
      const slider = page.locator(`#lever-0-${lever}`);
      await expect(slider.inputValue(), lever).resolves.toBe(may);
      await expect(slider.getAttribute('class'), lever).resolves.toBe('unset');
      await expect(page.locator(`output[for="lever-0-${lever}"]`).textContent()).resolves.toBe(
        `not set (May 2026: ${may})`,
      );
    }
    expect(await page.locator('#chart-lead svg').count()).toBe(1);
    // every chart has a table view with rows
    for (const id of ['lead', 'probabilities', 'compute', 'production', 'fronts']) {
      const rows = await page.locator(`#chart-${id} details.table-view tbody tr`).count();
      expect(rows, `table view of ${id}`).toBeGreaterThan(0);
    }
    expect(consoleProblems).toEqual([]);
  }, 180_000);

  // Chromium's and Node's Math.exp/log/pow may differ in the last bit; the engine computes the
  // same bits everywhere once it uses its own fdlibm port (src/core/math). Until then: within
  // 1e-12 of max(1, |value|) (a difference of two close numbers near 0 keeps the absolute error).
  const exact = existsSync(new URL('../../src/core/math/index.ts', import.meta.url));
  it(`for three links, the numbers in the page equal \`leadline run --from-link\` ${exact ? 'to the bit' : 'within 1e-12 × max(1, |value|)'}`, async () => {
    const { paths } = tempFiles({ 'closed.yaml': 'title: Closed\nlevers:\n  remoteAccess: closed\n' });
    const closed = parseScenarioText(readFileSync(paths['closed.yaml'], 'utf8'), 'closed.yaml');
    const links = [
      linkForRun([loadPreset('baseline')], { draws: 300, seed: 7, workers: 1 }),
      linkForRun([loadPreset('scenario-one'), closed], { draws: 1200, seed: 3, workers: 1 }),
      linkForRun([loadPreset('no-controls'), loadPreset('scenario-two'), loadPreset('baseline')], {
        draws: 2000,
        seed: 11,
        workers: 1,
      }),
    ];
    for (const link of links) {
      const hash = link.slice(link.indexOf('#'));
      const page = await open(hash);
      await finalDone(page);
      const fromPage = await pageResults(page);
      const fromCli = await cliResults(link);
      // the same pipeline (runResolved) builds both: the runs and the paper checks
      expect(firstDifference(fromPage.runs, fromCli.runs, exact ? 0 : 1e-12)).toBe(null);
      expect(firstDifference(fromPage.checks, fromCli.checks, exact ? 0 : 1e-12)).toBe(null);
      await page.context().close();
    }
  }, 600_000);

  it('a tampered, malformed or future link shows what was wrong and the defaults', async () => {
    const good = linkForRun([loadPreset('scenario-one')], { draws: 200, seed: 2, workers: 1 });
    const payload = good.slice(good.indexOf('#l=') + 3);
    const tampered = `#l=${payload.slice(0, 10)}$${payload.slice(11)}`;
    const future = `#l=${Buffer.from(JSON.stringify({ v: 99, m: '0.1.0' })).toString('base64url')}`;
    const badLever = `#l=${Buffer.from(JSON.stringify({ v: 1, m: '0.1.0', s: [{ p: 'baseline', levers: { chipExports: '<b>h100</b>' } }] })).toString('base64url')}`;
    const expected = [
      [tampered, 'expected base64url text'],
      [future, 'link v: expected link format 1 or older'],
      [
        badLever,
        'link s[0].levers.chipExports: expected one of none | h20 | h200 | blackwell, found "<b>h100</b>"',
      ],
    ];
    for (const [hash, message] of expected) {
      const page = await open(hash);
      const problem = page.getByTestId('link-problem');
      await expect(problem.textContent()).resolves.toContain(message);
      // shown as text, never as markup
      expect(await page.locator('.problem b').count()).toBe(0);
      // the defaults: the three presets
      for (const title of ['Baseline', 'Scenario One', 'Scenario Two']) {
        expect(await page.locator('.scenario-panel h3', { hasText: title }).count()).toBe(1);
      }
      await page.context().close();
    }
  }, 180_000);

  it('a link round-trips: a change in the page is in its URL, and the URL opens the same state and numbers', async () => {
    const start = linkForRun([loadPreset('baseline')], { draws: 200, seed: 4, workers: 1 });
    const page = await open(start.slice(start.indexOf('#')));
    await finalDone(page);
    await page.selectOption('#lever-0-remoteAccess', 'closed');
    await page.waitForFunction(() => location.hash.length > 4);
    await finalDone(page);
    const lead = await page.getByTestId('lead-0').getAttribute('data-value');
    const hash = await page.evaluate(() => location.hash);
    const again = await open(hash);
    await finalDone(again);
    await expect(again.locator('#lever-0-remoteAccess').inputValue()).resolves.toBe('closed');
    await expect(again.getByTestId('lead-0').getAttribute('data-value')).resolves.toBe(lead);
    // and the CLI reads the same link
    const decoded = runFromLink(hash);
    expect(decoded.scenarios[0].levers.remoteAccess).toBe('closed');
    await page.context().close();
    await again.context().close();
  }, 180_000);

  it(`a belief's range edited in the page changes the numbers, is refused when out of order, and its link equals \`leadline run --from-link\` ${exact ? 'to the bit' : 'within 1e-12'}`, async () => {
    const start = linkForRun([loadPreset('baseline')], { draws: 300, seed: 7, workers: 1 });
    const page = await open(start.slice(start.indexOf('#')));
    await finalDone(page);
    const before = Number(await page.getByTestId('lead-0').getAttribute('data-value'));
    await page.locator('#param-smugglingLeakShare-own-range').check();
    await page.locator('#range-smugglingLeakShare-high').fill('0.3');
    await page.locator('#range-smugglingLeakShare-high').press('Enter');
    // more smuggling: PRC labs have more compute, the US lead is shorter
    await page.waitForFunction(
      (old) => {
        const el = document.querySelector('[data-testid="lead-0"]');
        const stage = document.querySelector('[data-testid="status"]')?.getAttribute('data-stage');
        return stage === 'final' && el !== null && Number(el.getAttribute('data-value')) !== old;
      },
      before,
      { timeout: 120_000 },
    );
    const after = Number(await page.getByTestId('lead-0').getAttribute('data-value'));
    expect(after).toBeLessThan(before);
    const hash = await page.evaluate(() => location.hash);
    const decoded = runFromLink(hash);
    expect(decoded.scenarios[0].ranges).toEqual({
      smugglingLeakShare: { low: 0.005, high: 0.3, central: 0.03 },
    });
    const fromPage = await pageResults(page);
    const fromCli = await cliResults(hash);
    expect(firstDifference(fromPage.runs, fromCli.runs, exact ? 0 : 1e-12)).toBe(null);
    // a low above the high is refused with the schema's message, and nothing changes
    await page.locator('#range-smugglingLeakShare-low').fill('0.5');
    await page.locator('#range-smugglingLeakShare-low').press('Enter');
    await expect(
      page.locator('[data-range="smugglingLeakShare"] [role="alert"]').textContent(),
    ).resolves.toContain('ranges.smugglingLeakShare.high: expected a number above low (0.5)');
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    await page.context().close();
  }, 240_000);

  it('the policy views: attribution and the window run in the page and give the library’s numbers', async () => {
    const link = linkForRun([loadPreset('baseline'), loadPreset('scenario-one')], {
      draws: 200,
      seed: 9,
      workers: 1,
    });
    const page = await open(link.slice(link.indexOf('#')));
    await finalDone(page);
    await page.locator('button[data-policy="attribution"]').click();
    const total = page.locator('[data-testid="attribution-table"] tbody tr', { hasText: 'All levers' });
    await total.waitFor({ state: 'attached', timeout: 180_000 });
    const library = await attribute(loadPreset('scenario-one'), loadPreset('baseline'), {
      draws: 200,
      seed: 9,
    });
    // the page prints what `leadline attribute` prints: mean shares that add up to the total
    const printed = printedAttribution(library);
    const totalCells = await total.locator('th, td').allTextContents();
    expect(totalCells[2]).toBe(formatSignedMonths(printed.total / 10));
    const cli = renderAttribution(library);
    for (const [i, lever] of library.levers.entries()) {
      const cells = await page
        .locator('[data-testid="attribution-table"] tbody tr', { hasText: lever.lever })
        .first()
        .locator('th, td')
        .allTextContents();
      expect(cells[2], lever.lever).toBe(formatSignedMonths(printed.shares[i] / 10));
      const cliRow = cli.split('\n').find((line) => line.includes(lever.lever)) ?? '';
      expect(cliRow).toContain(cells[2]);
    }
    const summary = await page.locator('#policy-heading ~ figure .chart-summary').first().textContent();
    expect(summary).toMatch(/on average over 200 paired draws \(median /);
    expect(await page.locator('#policy-heading ~ figure svg').count()).toBe(1);
    await page.locator('button[data-policy="window"]').click();
    const never = page.locator('[data-testid="window-table"] tbody tr', { hasText: 'never' });
    await never.waitFor({ state: 'attached', timeout: 180_000 });
    expect(await page.locator('[data-testid="window-table"] tbody tr').count()).toBeGreaterThan(2);
    expect(consoleProblems).toEqual([]);
    await page.context().close();
  }, 400_000);

  it('each lever moves the numbers the way the library says', async () => {
    const base = linkForRun([loadPreset('baseline')], { draws: 200, seed: 5, workers: 1 });
    const outputs = (doc: { runs: RunResultLike[] }): number[] => {
      const run = doc.runs[0];
      const i = run.months.indexOf('2028-12');
      return OUTPUTS.map((name) => run.quantiles[name].p50[i]);
    };
    const basePage = await open(base.slice(base.indexOf('#')));
    await finalDone(basePage);
    const pageBase = outputs(await pageResults(basePage));
    await basePage.context().close();
    const libBase = outputs(await cliResults(base));
    for (const name of LEVER_NAMES) {
      const page = await open(base.slice(base.indexOf('#')));
      await finalDone(page);
      const row = LEVER_TABLE[name] as LeverRow;
      const id = `#lever-0-${name}`;
      let setting: string | number | boolean;
      if (row.kind === 'choice') {
        const current = await page.locator(id).inputValue();
        const ladder = row.intensity.filter((v) => v !== current);
        setting = ladder[ladder.length - 1];
        await page.selectOption(id, String(setting));
      } else if (row.kind === 'boolean') {
        setting = !(await page.locator(id).isChecked());
        await page.locator(id).setChecked(setting);
      } else {
        // keyboard: End moves a slider to its maximum
        await page.focus(id);
        await page.keyboard.press('End');
        setting = row.range[1];
      }
      await page.waitForFunction((hashBefore) => location.hash !== hashBefore, base.slice(base.indexOf('#')));
      await finalDone(page);
      const pageChanged = outputs(await pageResults(page));
      const hash = await page.evaluate(() => location.hash);
      await page.context().close();
      expect(runFromLink(hash).scenarios[0].levers[name], name).toBe(setting);
      const libChanged = outputs(await cliResults(hash));
      const pageSigns = pageChanged.map((v, k) => Math.sign(v - pageBase[k]));
      const libSigns = libChanged.map((v, k) => Math.sign(v - libBase[k]));
      expect(pageSigns, `${name} → ${setting}`).toEqual(libSigns);
    }
  }, 900_000);

  it('downloads load back: the scenario YAML through `leadline validate`, the results JSON through `leadline report`', async () => {
    const link = linkForRun([loadPreset('scenario-two')], { draws: 200, seed: 6, workers: 1 });
    const page = await open(link.slice(link.indexOf('#')));
    await finalDone(page);
    await page.selectOption('#lever-0-hbmControls', 'tightened');
    await finalDone(page);
    // one scenario: the policy section says attribution needs a second, not "X's lead over X"
    await expect(page.getByTestId('policy-needs-two').textContent()).resolves.toContain(
      'Attribution needs a second scenario',
    );
    await expect(page.locator('section.policy').textContent()).resolves.not.toContain('Attribution splits');
    const [yamlDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'scenario-two.yaml' }).click(),
    ]);
    const { dir } = tempFiles();
    const yamlPath = join(dir, 'scenario-two.yaml');
    await yamlDownload.saveAs(yamlPath);
    // its header gives the command with the page's draws and seed, not the CLI's defaults
    expect(readFileSync(yamlPath, 'utf8').split('\n')[0]).toContain(
      'Run it with: leadline run scenario-two.yaml --draws 200 --seed 6',
    );
    const validated = await runCli('validate', yamlPath);
    expect(validated.code, validated.stderr).toBe(0);
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'results.json' }).click(),
    ]);
    const jsonPath = join(dir, 'results.json');
    await jsonDownload.saveAs(jsonPath);
    const reported = await runCli('report', jsonPath, '--out', join(dir, 'report'));
    expect(reported.code, reported.stderr).toBe(0);
    expect(existsSync(join(dir, 'report', 'report.html'))).toBe(true);
    // the page's document carries the paper checks, as `leadline run --json` does
    expect(readFileSync(join(dir, 'report', 'report.md'), 'utf8')).toContain('PC1');
    // the YAML runs to the page's numbers (the page's scenario, from a file)
    const fromYaml = await runCli(
      'run',
      yamlPath,
      '--draws',
      '200',
      '--seed',
      '6',
      '--json',
      '--no-report',
      '--workers',
      '1',
    );
    const pageDoc = JSON.parse(readFileSync(jsonPath, 'utf8'));
    const yamlDoc = JSON.parse(fromYaml.stdout);
    // (to the bit is the three-links test's claim; here the file must describe the same scenario)
    const fromFile: number[] = yamlDoc.runs[0].quantiles.leadMonths.p50;
    const inPage: number[] = pageDoc.runs[0].quantiles.leadMonths.p50;
    expect(fromFile.length).toBe(inPage.length);
    fromFile.forEach((v, i) => {
      expect(v).toBeCloseTo(inPage[i], 9);
    });
    await page.context().close();
  }, 300_000);

  it('every lever, option and button is reachable with the Tab key', async () => {
    const link = linkForRun([loadPreset('baseline')], { draws: 200, seed: 1, workers: 1 });
    const page = await open(link.slice(link.indexOf('#')));
    await finalDone(page);
    const wanted = await page.evaluate(() =>
      [...document.querySelectorAll('#controls input, #controls select, .share button')]
        .filter(
          (el) =>
            (el as HTMLElement).offsetParent !== null &&
            !(el as HTMLInputElement).disabled &&
            el.closest('details:not([open])') === null,
        )
        .map((el) => el.id || el.textContent || ''),
    );
    const reached = new Set<string>();
    for (let i = 0; i < 3 * wanted.length + 100 && reached.size < wanted.length; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? el.id || el.textContent || '' : '';
      });
      if (wanted.includes(id)) reached.add(id);
    }
    expect(wanted.filter((id) => !reached.has(id))).toEqual([]);
    expect(wanted.length).toBeGreaterThan(LEVER_NAMES.length);
    await page.context().close();
  }, 180_000);

  it('on a 390×844 phone, the first screen shows the answer and the whole fan chart, whose text does not overlap', async () => {
    const link = linkForRun(
      (['baseline', 'scenario-one', 'scenario-two'] as const).map((name) => loadPreset(name)),
      { draws: 200, seed: 1, workers: 1 },
    );
    const page = await open(link.slice(link.indexOf('#')), { width: 390, height: 844 });
    await finalDone(page);
    const answer = await page.getByTestId('answer').boundingBox();
    const chart = await page.locator('#chart-lead .chart-svg svg').boundingBox();
    expect(answer, 'answer sentence').not.toBeNull();
    expect(chart, 'fan chart').not.toBeNull();
    if (!answer || !chart) return;
    expect(answer.y).toBeGreaterThanOrEqual(0);
    expect(answer.y + answer.height).toBeLessThanOrEqual(844);
    expect(chart.y).toBeGreaterThanOrEqual(0);
    expect(chart.y + chart.height).toBeLessThanOrEqual(844);
    // every pair of text boxes in the chart (ticks, date labels, margin labels, legend)
    const overlaps = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll('#chart-lead .chart-svg svg text')]
        .map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect() }))
        .filter(({ text, box }) => text.trim() !== '' && box.width > 0);
      const found: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].box;
          const b = boxes[j].box;
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          if (!apart) found.push(`"${boxes[i].text}" and "${boxes[j].text}"`);
        }
      }
      return found;
    });
    expect(overlaps).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('an embed: "Embed this chart" offers the iframe code; in a 600×450 frame the chart, its source line and the link back fit; an unknown chart links back to the top', async () => {
    const link = linkForRun([loadPreset('baseline')], { draws: 200, seed: 2, workers: 1 });
    const page = await open(link.slice(link.indexOf('#')));
    await finalDone(page);
    await page.locator('details.embed-code[data-embed="lead"] > summary').click();
    const code = await page.locator('details.embed-code[data-embed="lead"] textarea').inputValue();
    expect(code).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#[^"]+" width="600" height="450" title="[^"]+"/,
    );
    const src = (/src="([^"]+)"/.exec(code)?.[1] ?? '').replaceAll('&amp;', '&');
    await page.context().close();
    const frame = await open(src.slice(src.indexOf('#')), { width: 600, height: 450 });
    await frame.locator('.embed svg').waitFor({ timeout: 120_000 });
    const back = frame.getByRole('link', { name: 'Open the full view' });
    expect(await back.getAttribute('target')).toBe('_top');
    const box = await back.boundingBox();
    expect(box, 'link back').not.toBeNull();
    if (box) expect(box.y + box.height).toBeLessThanOrEqual(450);
    const svg = await frame.locator('.embed svg').boundingBox();
    if (svg) expect(svg.y + svg.height).toBeLessThanOrEqual(450);
    await frame.context().close();
    const unknown = explorerLink(
      { draws: 200, seed: 2, scenarios: [{ preset: 'baseline', fields: {} }], chart: 'no-such-chart' },
      nodeLinkContext(),
    );
    const lost = await open(unknown.slice(unknown.indexOf('#')), { width: 600, height: 450 });
    const home = lost.getByRole('link', { name: 'Open the full view' });
    await home.waitFor({ timeout: 60_000 });
    expect(await home.getAttribute('target')).toBe('_top');
    await lost.context().close();
  }, 240_000);

  it('has no horizontal scroll on a 390×844 phone', async () => {
    const link = linkForRun([loadPreset('baseline'), loadPreset('scenario-one')], {
      draws: 200,
      seed: 1,
      workers: 1,
    });
    const page = await open(link.slice(link.indexOf('#')), { width: 390, height: 844 });
    await finalDone(page);
    await page.locator('.advanced > summary').click();
    const widths = () =>
      page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
    const { scrollWidth, clientWidth } = await widths();
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // every table view opened (a wide table scrolls inside its own box, not the page)
    const tables = page.locator('details.table-view > summary');
    const count = await tables.count();
    expect(count).toBeGreaterThan(4);
    for (let i = 0; i < count; i++) {
      await tables.nth(i).scrollIntoViewIfNeeded();
      await tables.nth(i).click();
      const opened = await widths();
      expect(opened.scrollWidth, `after opening table view ${i}`).toBeLessThanOrEqual(opened.clientWidth);
    }
    await page.context().close();
  }, 180_000);
});
