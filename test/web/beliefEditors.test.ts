/**
 * The belief editors of the explorer, end to end in Chromium.
 * Correlations: a link whose scenario
 * file declares correlations shows them in its panel (parameters, ρ, the file that declared
 * them) and says they apply to every scenario; the sensitivity analysis, which needs independent
 * parameters, says why it cannot run and takes the reader to the control; a coefficient edited
 * in the page is checked by the scenario-file schema, and the edited and the removed link give
 * `leadline run --from-link`'s numbers.
 * Range preview: "my range" pictures the distribution the engine draws (beliefQuantiles), and
 * follows what is typed before it is applied.
 * Set LEADLINE_SKIP_BROWSER=1 to skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beliefQuantiles } from '../../src/analysis/beliefQuantiles.ts';
import { linkForRun, runFromLink } from '../../src/cli/linkOptions.ts';
import { fmt, paramSpec } from '../../src/params/index.ts';
import { loadPreset, parseScenarioText } from '../../src/scenario/index.ts';
import { centralMeaning } from '../../web/src/rangeText.ts';
import { runCli } from '../cli/runCli.ts';
import { CHROMIUM, type Explorer, finalDone, openPage, startExplorer } from './browser.ts';

const skip = process.env.LEADLINE_SKIP_BROWSER === '1';
let explorer: Explorer;
const consoleProblems: string[] = [];

const CORRELATED = `title: Correlated beliefs
correlations:
  - {a: researchElasticity, b: talentCN, rho: 0.5}
  - {a: spilloverPerYear, b: distillationPerYear, rho: -0.3}
`;

function open(hash: string): Promise<Page> {
  return openPage(explorer, hash, consoleProblems);
}

async function pageRuns(page: Page): Promise<unknown> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'results.json' }).click(),
  ]);
  return JSON.parse(readFileSync(await download.path(), 'utf8')).runs;
}

async function cliRuns(link: string): Promise<unknown> {
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
  return JSON.parse(stdout).runs;
}

/** Waits until the hash differs from `before` and the run of the new state is complete. */
async function changedAndDone(page: Page, before: string): Promise<string> {
  await page.waitForFunction((old) => location.hash !== old, before);
  await finalDone(page);
  return page.evaluate(() => location.hash);
}

describe.skipIf(skip || !existsSync(CHROMIUM))('the belief editors in the explorer', () => {
  beforeAll(async () => {
    explorer = await startExplorer();
  }, 240_000);
  afterAll(async () => {
    await explorer?.close();
  });

  it('shows, edits and removes a link’s correlations; each state gives `leadline run --from-link`’s numbers to the bit', async () => {
    const file = parseScenarioText(CORRELATED, 'correlated.yaml');
    const link = linkForRun([file, loadPreset('baseline')], { draws: 300, seed: 5, workers: 1 });
    const start = link.slice(link.indexOf('#'));
    const page = await open(start);
    await finalDone(page);

    // shown in the panel of the scenario that declares them, with the file that declared them
    const box = page.getByTestId('sc0-correlations');
    const text = await box.textContent();
    expect(text).toContain('Declared by the scenario file “correlated” in this link');
    expect(text).toContain('researchElasticity ~ talentCN');
    await expect(page.locator('#sc0-correlations-0-rho').inputValue()).resolves.toBe('0.5');
    await expect(page.locator('#sc0-correlations-1-rho').inputValue()).resolves.toBe('-0.3');
    expect(await page.getByTestId('sc1-correlations').count()).toBe(0);
    // the report's sentence: they apply to the other scenario too
    await expect(page.getByTestId('shared-correlations').textContent()).resolves.toContain(
      'Correlations declared in correlated (researchElasticity ~ talentCN, ρ = 0.5; spilloverPerYear ~ distillationPerYear, ρ = −0.3) apply to every scenario of this run, also to baseline',
    );

    // the sensitivity analysis says why it cannot run and points at the control
    const block = page.getByTestId('correlations-block');
    await expect(block.textContent()).resolves.toContain('assume independent parameters');
    expect(await page.getByRole('button', { name: 'Run the sensitivity analysis' }).isDisabled()).toBe(true);
    await block.getByRole('button').click();
    expect(await page.evaluate(() => document.activeElement?.closest('#sc0-correlations') !== null)).toBe(
      true,
    );

    // edit a coefficient: the link carries it, and the CLI gives the page's numbers
    await page.locator('#sc0-correlations-0-rho').fill('0.8');
    await page.locator('#sc0-correlations-0-rho').press('Enter');
    const edited = await changedAndDone(page, start);
    expect(runFromLink(edited).scenarios[0].correlations).toEqual([
      { a: 'researchElasticity', b: 'talentCN', rho: 0.8 },
      { a: 'spilloverPerYear', b: 'distillationPerYear', rho: -0.3 },
    ]);
    expect(await pageRuns(page)).toEqual(await cliRuns(edited));

    // a coefficient the schema refuses is named, and nothing changes
    await page.locator('#sc0-correlations-1-rho').fill('1.5');
    await page.locator('#sc0-correlations-1-rho').press('Enter');
    await expect(page.locator('#sc0-correlations [role="alert"]').textContent()).resolves.toContain(
      'link s[0].correlations[1].rho: expected a number from -1 to 1, found 1.5',
    );
    expect(await page.evaluate(() => location.hash)).toBe(edited);

    // remove them all: the panel, the notices and the block go, the analysis can run
    await page.getByRole('button', { name: 'Remove all correlations' }).click();
    const removed = await changedAndDone(page, edited);
    expect(runFromLink(removed).scenarios[0].correlations).toEqual([]);
    expect(await page.getByTestId('sc0-correlations').count()).toBe(0);
    expect(await page.getByTestId('shared-correlations').count()).toBe(0);
    expect(await page.getByTestId('correlations-block').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Run the sensitivity analysis' }).isDisabled()).toBe(false);
    expect(await pageRuns(page)).toEqual(await cliRuns(removed));
    // and the numbers are those of the same scenario without correlations
    const plain = linkForRun(
      [parseScenarioText('title: Correlated beliefs\n', 'correlated.yaml'), loadPreset('baseline')],
      {
        draws: 300,
        seed: 5,
        workers: 1,
      },
    );
    expect(await cliRuns(removed)).toEqual(await cliRuns(plain));
    expect(consoleProblems).toEqual([]);
    await page.context().close();
  }, 400_000);

  it('a change the schema refuses (pinning a correlated belief) says the page keeps its settings, not that a link failed', async () => {
    const file = parseScenarioText(CORRELATED, 'correlated.yaml');
    const link = linkForRun([file], { draws: 100, seed: 5, workers: 1 });
    const start = link.slice(link.indexOf('#'));
    const page = await open(start);
    await finalDone(page);
    // the box springs back: the refused state is never applied
    await page.locator('#param-researchElasticity-pin').click();
    const problem = page.getByTestId('link-problem');
    await expect(problem.textContent()).resolves.toContain(
      'This change could not be applied, so the page keeps the settings it had.',
    );
    expect(await problem.textContent()).not.toContain('This link could not be used');
    expect(await page.evaluate(() => location.hash)).toBe(start);
    expect(await page.locator('#param-researchElasticity-pin').isChecked()).toBe(false);
    expect(consoleProblems).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('“my range” pictures the distribution the model draws, and follows what is typed', async () => {
    const link = linkForRun([loadPreset('baseline')], { draws: 200, seed: 3, workers: 1 });
    const start = link.slice(link.indexOf('#'));
    const page = await open(start);
    await finalDone(page);
    const name = 'smugglingLeakShare';
    await page.locator(`#param-${name}-own-range`).check();
    await page.waitForFunction((old) => location.hash !== old, start);
    const applied = await page.evaluate(() => location.hash);
    const text = page.getByTestId(`preview-text-${name}`);
    const expected = (high: number) => {
      const [p5, p50, p95] = beliefQuantiles(name, { low: 0.005, high, central: 0.03 }, [0.05, 0.5, 0.95]);
      return `5th percentile ${fmt(p5)}, median ${fmt(p50)}, 95th percentile ${fmt(p95)}`;
    };
    // the table's range at first: yours and the table's are the same picture
    await expect(text.textContent()).resolves.toContain(expected(0.08));
    const paths = () =>
      page.evaluate(
        (n) =>
          [...document.querySelectorAll(`[data-testid="preview-${n}"] path`)].map((p) => p.getAttribute('d')),
        name,
      );
    const [tableBefore, yoursBefore] = await paths();
    expect(yoursBefore).toBe(tableBefore);
    // typing (before Enter) redraws it with the library's quantiles
    await page.locator(`#range-${name}-high`).fill('0.3');
    await expect(text.textContent()).resolves.toContain(expected(0.3));
    const [tableAfter, yoursAfter] = await paths();
    expect(yoursAfter).not.toBe(yoursBefore);
    expect(yoursAfter).not.toBe(tableAfter);
    // nothing is applied until Enter
    expect(await page.evaluate(() => location.hash)).toBe(applied);
    // (leaving the field applies it) a typed range the schema refuses keeps the last valid
    // picture and says so
    await page.locator(`#range-${name}-low`).fill('0.5');
    await expect(text.textContent()).resolves.toContain('Not a valid range yet; showing the last valid one.');
    await expect(text.textContent()).resolves.toContain(expected(0.3));
    // the editor says what its central value does for this lognormal belief
    const editor = page.locator(`[data-range="${name}"]`);
    await expect(editor.textContent()).resolves.toContain(centralMeaning(paramSpec(name).dist));
    // a number the input cannot read is refused with a message, not dropped in silence
    await page.locator(`#range-${name}-high`).fill('');
    await page.locator(`#range-${name}-high`).pressSequentially('1e400');
    await page.locator(`#range-${name}-high`).press('Enter');
    await expect(editor.getByRole('alert').textContent()).resolves.toContain(
      `ranges.${name}.high: expected a finite number`,
    );
    expect(consoleProblems).toEqual([]);
    await page.context().close();
  }, 240_000);
});
