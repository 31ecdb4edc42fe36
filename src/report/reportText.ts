/**
 * The prose of the report, shared by the HTML and Markdown writers: headline findings per
 * scenario, "how to read this", limits, and the sources cited.
 */

import { formatMonths, formatShare } from '../analysis/format.ts';
import {
  formatLeadInWorld,
  SCENARIO_ONE_MIN_LEAD_MONTHS,
  SCENARIO_ONE_PAPER_MAX_LEAD_MONTHS,
  SCENARIO_TWO_MAX_LEAD_MONTHS,
  thresholdText,
} from '../analysis/outcomes.ts';
import type { ResultsDocument, RunResult } from '../analysis/results.ts';
import { sharedCorrelationsNotice } from '../analysis/scenarioSettings.ts';
import { scenarioLabel } from './charts/scenarioLabel.ts';
import { rangeAt } from './charts/seriesAccess.ts';
import { PAPER_TITLE, PAPER_URL } from './charts/sourceLine.ts';

export const REPORT_TITLE = 'leadline: the US–PRC frontier-AI lead in 2028';

/** A link in the sources list. */
export interface Citation {
  text: string;
  url: string;
}

export const CITATIONS: readonly Citation[] = [
  { text: `Anthropic, “${PAPER_TITLE}” (14 May 2026)`, url: PAPER_URL },
  {
    text: 'C. McGuire, “China’s AI Chip Deficit: Why Huawei Can’t Catch Nvidia and U.S. Export Controls Should Remain”, Council on Foreign Relations (Dec 2025)',
    url: 'https://www.cfr.org/article/chinas-ai-chip-deficit-why-huawei-cant-catch-nvidia-and-us-export-controls-should-remain',
  },
];

export interface Finding {
  scenario: string;
  text: string;
}

/** Per scenario: where its lead ends in 2028, which world that is, and how likely each world is. */
export function finding(run: RunResult): Finding {
  const s = run.summary;
  const range = rangeAt(run, 'leadMonths', '2028-12');
  const lead =
    range === undefined
      ? `${formatLeadInWorld(s.leadMonths2028_12)} months at central parameters`
      : `median ${formatLeadInWorld(range.p50)} months (10–90% of draws: ${formatMonths(range.p10)} to ${formatMonths(range.p90)})`;
  let text = `US lead in December 2028: ${lead}. ${s.verdictText}.`;
  const p = run.probabilities;
  if (p !== undefined) {
    text +=
      ` Scenario One world in ${formatShare(p.scenarioOne.p, 0)} of draws, between the two in ${formatShare(p.between.p, 0)},` +
      ` Scenario Two world in ${formatShare(p.scenarioTwo.p, 0)}, PRC lead of more than ${SCENARIO_TWO_MAX_LEAD_MONTHS} months in ${formatShare(p.prcLead.p, 0)}.`;
  }
  return { scenario: scenarioLabel(run), text };
}

/** "How to read this", with the outcome thresholds and the runs' race thresholds. */
export function howToRead(doc: ResultsDocument): string[] {
  const race = thresholdText(doc.runs.map((run) => run.raceThresholdMonths));
  const drawn = doc.runs.some((run) => run.quantiles !== undefined);
  return HOW_TO_READ.map((text) =>
    text.replaceAll('{race}', race).replaceAll('{statistic}', drawn ? STATISTIC_DRAWN : STATISTIC_CENTRAL),
  );
}

/** What the numbers are: one statistic per number (the median with its range, when drawn). */
const STATISTIC_DRAWN =
  'Every number from the draws is their median; lines in the charts are medians too, and shaded bands, error bars and ranges in brackets show where 80% of the Monte Carlo draws fall (10th to 90th percentile). A number computed at central parameters (each uncertain parameter at its central value) is labelled “at central parameters”: the paper checks, Huawei’s share of NVIDIA and the Mythos-class month. It is not the median of the draws and can differ from it.';
const STATISTIC_CENTRAL =
  'No Monte Carlo draws were run: every number and line is the model at central parameters (each uncertain parameter at its central value), with no range.';

const HOW_TO_READ: readonly string[] = [
  'The lead in months is how long ago the US frontier stood where the PRC frontier stands now: a 6-month lead means the best PRC models are as capable as the best US models were six months earlier. Negative values mean the PRC is ahead.',
  'Each scenario is a set of policy choices (export controls, enforcement, remote access, chip-tool and memory controls, distillation deterrence, US AI exports). {statistic}',
  `The paper’s two worlds are judged at December 2028: Scenario One is a US lead of ${SCENARIO_ONE_MIN_LEAD_MONTHS} months or more (the paper: ${SCENARIO_ONE_MIN_LEAD_MONTHS}–${SCENARIO_ONE_PAPER_MAX_LEAD_MONTHS} months); Scenario Two is a lead within ${SCENARIO_TWO_MAX_LEAD_MONTHS} months either way. A lead between the two is neither; a PRC lead of more than ${SCENARIO_TWO_MAX_LEAD_MONTHS} months is an outcome of its own. A “race too close to test carefully” (|lead| < {race}) is the range in which labs are pressed to skip careful pre-deployment testing; it is not the paper’s “neck-and-neck”, which is Scenario Two.`,
  'Compute is counted in H100-equivalents (H100e): the dense BF16 throughput of one NVIDIA H100, 989 TFLOP/s. Accessible compute includes chips a bloc’s labs own, import, smuggle or rent in third countries.',
  'Probabilities are shares of model draws, given the model and its parameter ranges. They are not forecasts of the world; their standard errors measure only the sampling error of a finite number of draws.',
];

export const LIMITS: readonly string[] = [
  'leadline is a simplified, compute-centric model of the paper’s argument. Talent, data, product quality and events outside the model (a breakthrough, a conflict, a change of government) can move the real lead.',
  'Several calibration targets are the paper’s own claims; for some (such as the “about 11×” compute ratio) the underlying study was not identified. Measured leads of the PRC frontier vary by benchmark (roughly 4–8 months in 2025–26).',
  'Policy levers act from a fixed start month and ramp up; real rules are implemented, enforced and evaded unevenly.',
  'The adoption and global-distribution fronts are coarse; the resilience index is illustrative, with no data to calibrate it.',
  'Model uncertainty beyond the stated parameter ranges is not included in the probabilities.',
];

/** Notes about how the numbers were made: shared correlations, failed draws, approximate quantiles. */
export function methodNotes(doc: ResultsDocument): string[] {
  const notes: string[] = [];
  const correlations = sharedCorrelationsNotice(doc);
  if (correlations !== null) notes.push(correlations);
  for (const run of doc.runs) {
    if (run.failedDraws > 0) {
      notes.push(`${scenarioLabel(run)}: ${run.failedDraws} of ${run.draws} draws failed and are left out.`);
    }
    if (run.quantileMethod === 'sketch') {
      notes.push(`${scenarioLabel(run)}: percentiles are approximate (from a mergeable sketch).`);
    }
  }
  return notes;
}
