/**
 * The policy analyses on the command line: `attribute`, `window`, `target`, `discover`.
 * Each prints a table (or --json, or --csv) and, with --out DIR, writes a report folder with
 * the chart (analysisReport.ts). Exit codes as every command: 0 ok, 2 bad input, 3 environment.
 */
import { OUTCOME_MONTH_LABEL, SCENARIO_ONE_MIN_LEAD_MONTHS } from '../analysis/outcomes.ts';
import { attribute } from '../analysis/policy/attribution.ts';
import { DEFAULT_DISCOVER_DRAWS, DEFAULT_MIN_COVERAGE, discover } from '../analysis/policy/discover.ts';
import { attributionCsv, discoverCsv, targetCsv, windowCsv } from '../analysis/policy/policyCsv.ts';
import { attributionJson, windowJson } from '../analysis/policy/policyJson.ts';
import { policyWindow } from '../analysis/policy/policyWindow.ts';
import { leastPolicy } from '../analysis/policy/target.ts';
import { parseMonth } from '../core/index.ts';
import { type AnalysisReport, writeAnalysisReport } from '../report/analysisReport.ts';
import { attributionChart } from '../report/charts/attributionChart.ts';
import { primChart } from '../report/charts/primChart.ts';
import { targetChart } from '../report/charts/targetChart.ts';
import { windowChart } from '../report/charts/windowChart.ts';
import { createNodeDocument } from '../report/nodeDocument.ts';
import { openReportFolder } from '../report/reportFolder.ts';
import { InputError, MONTH_PATTERN, type Scenario } from '../scenario/index.ts';
import { resolveScenarioArg } from '../scenario/node.ts';
import { parseDrawOptions } from './drawOptions.ts';
import { pairedRunnerFor } from './pairedWorkers.ts';
import { ATTRIBUTE_DEFAULT_DRAWS, TARGET_DEFAULT_DRAWS, WINDOW_DEFAULT_DRAWS } from './policyProgram.ts';
import { renderAttribution, renderDiscover, renderTarget, renderWindow } from './policyText.ts';
import { progressBar } from './progress.ts';
import { withReportOutput } from './reportOutput.ts';
import { LEADLINE_VERSION } from './version.ts';

interface Io {
  out(text: string): void;
  err(text: string): void;
}

export interface CommonOptions {
  draws?: string;
  seed?: string;
  workers?: string;
  json?: boolean;
  csv?: boolean;
  out?: string;
  force?: boolean;
}

/** Each command's options as commander parses them (policyProgram.ts declares them). */
export interface AttributeOptions extends CommonOptions {
  from: string;
  month?: string;
}
export interface WindowOptions extends CommonOptions {
  starts?: string;
  months?: string;
}
export interface TargetOptions extends CommonOptions {
  from: string;
  pScenarioOne?: string;
  medianLead?: string;
  lead?: string;
  probability?: string;
  month?: string;
}
export interface DiscoverOptions extends CommonOptions {
  lead?: string;
  month?: string;
  minCoverage?: string;
}

function bad(option: string, expected: string, found: string): InputError {
  return new InputError([{ file: `option ${option}`, path: [], expected, found: JSON.stringify(found) }]);
}

/** A month "YYYY-MM" within the scenario (2023-01 … end). */
function monthOption(option: string, text: string, scenario: Scenario): number {
  if (!MONTH_PATTERN.test(text) || parseMonth(text) > parseMonth(scenario.end)) {
    throw bad(option, `a month "YYYY-MM" from 2023-01 to the scenario's end (${scenario.end})`, text);
  }
  return parseMonth(text);
}

function monthList(option: string, text: string, scenario: Scenario): string[] {
  const months = text.split(',').map((m) => m.trim());
  for (const m of months) monthOption(option, m, scenario);
  if (months.length === 0 || new Set(months).size !== months.length) {
    throw bad(option, 'a comma-separated list of different months "YYYY-MM"', text);
  }
  return months;
}

function numberOption(
  option: string,
  text: string | undefined,
  fallback: number,
  low: number,
  high: number,
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < low || value > high) {
    throw bad(option, `a number from ${low} to ${high}`, text);
  }
  return value;
}

/**
 * Opens --out (checked and locked before the analysis runs, as `leadline run` does), runs the
 * analysis, prints it and writes the folder; on failure the staging folder and lock go.
 */
async function analyse(io: Io, opts: CommonOptions, work: () => Promise<AnalysisReport>): Promise<void> {
  const folder = opts.out === undefined ? undefined : await openReportFolder(opts.out, { force: opts.force });
  await withReportOutput(folder, async () => {
    const report = await work();
    io.out(opts.json ? `${JSON.stringify(report.json, null, 2)}\n` : opts.csv ? report.csv : report.text);
    if (folder !== undefined) {
      const { reportPath } = await writeAnalysisReport(report, folder);
      (opts.json || opts.csv ? io.err : io.out)(`Report: ${reportPath}\n`);
    }
  });
}

function drawOptions(opts: CommonOptions, defaultDraws: number) {
  return parseDrawOptions({ ...opts, draws: opts.draws ?? String(defaultDraws) });
}

/** The action of `leadline attribute` (policyProgram.ts declares its options). */
export async function attributeAction(io: Io, to: string, opts: AttributeOptions): Promise<void> {
  const a = resolveScenarioArg(to);
  const b = resolveScenarioArg(opts.from);
  const month = monthOption('--month', opts.month ?? OUTCOME_MONTH_LABEL, a);
  const draws = drawOptions(opts, ATTRIBUTE_DEFAULT_DRAWS);
  await analyse(io, opts, async () => {
    const bar = progressBar('attribution');
    try {
      const result = await attribute(a, b, {
        draws: draws.draws,
        seed: draws.seed,
        month,
        runner: pairedRunnerFor(draws.workers),
        onProgress: (done, total) => bar.update(done, total),
      });
      bar.stop();
      return {
        name: 'attribution',
        title: `Attribution: ${result.to} from ${result.from}`,
        json: attributionJson(result),
        csv: attributionCsv(result),
        text: renderAttribution(result),
        svg: attributionChart(result, { document: createNodeDocument(), version: LEADLINE_VERSION }),
      };
    } finally {
      bar.stop();
    }
  });
}

/** The action of `leadline window` (policyProgram.ts declares its options). */
export async function windowAction(io: Io, name: string, opts: WindowOptions): Promise<void> {
  const scenario = resolveScenarioArg(name);
  const starts = opts.starts === undefined ? undefined : monthList('--starts', opts.starts, scenario);
  const months = opts.months === undefined ? undefined : monthList('--months', opts.months, scenario);
  const draws = drawOptions(opts, WINDOW_DEFAULT_DRAWS);
  await analyse(io, opts, async () => {
    const bar = progressBar('window');
    try {
      const result = await policyWindow(scenario, {
        draws: draws.draws,
        seed: draws.seed,
        ...(starts ? { starts } : {}),
        ...(months ? { months } : {}),
        runner: pairedRunnerFor(draws.workers),
        onProgress: (done, total) => bar.update(done, total),
      });
      bar.stop();
      return {
        name: 'window',
        title: `Window: ${result.scenario} started later`,
        json: windowJson(result),
        csv: windowCsv(result),
        text: renderWindow(result),
        svg: windowChart(result, { document: createNodeDocument(), version: LEADLINE_VERSION }),
      };
    } finally {
      bar.stop();
    }
  });
}

/** The action of `leadline target` (policyProgram.ts declares its options). */
export async function targetAction(io: Io, opts: TargetOptions): Promise<void> {
  const base = resolveScenarioArg(opts.from);
  const goals = [opts.pScenarioOne, opts.medianLead, opts.lead].filter((g) => g !== undefined);
  if (goals.length > 1)
    throw bad('--p-scenario-one/--median-lead/--lead', 'at most one goal', goals.join(', '));
  let minLeadMonths = SCENARIO_ONE_MIN_LEAD_MONTHS;
  let minProbability = 0.5;
  if (opts.pScenarioOne !== undefined)
    minProbability = numberOption('--p-scenario-one', opts.pScenarioOne, 0.5, 0, 1);
  if (opts.medianLead !== undefined)
    minLeadMonths = numberOption('--median-lead', opts.medianLead, 12, -120, 120);
  if (opts.lead !== undefined) minLeadMonths = numberOption('--lead', opts.lead, 12, -120, 120);
  if (opts.probability !== undefined) {
    if (opts.lead === undefined) throw bad('--probability', 'to be given with --lead', opts.probability);
    minProbability = numberOption('--probability', opts.probability, 0.5, 0, 1);
  }
  const month = monthOption('--month', opts.month ?? OUTCOME_MONTH_LABEL, base);
  const draws = drawOptions(opts, TARGET_DEFAULT_DRAWS);
  await analyse(io, opts, async () => {
    const bar = progressBar('settings evaluated');
    try {
      const result = await leastPolicy(base, {
        goal: { month, minLeadMonths, minProbability },
        draws: draws.draws,
        seed: draws.seed,
        runner: pairedRunnerFor(draws.workers),
        onProgress: (done) => bar.update(done, Math.max(done, 1)),
      });
      bar.stop();
      return {
        name: 'target',
        title: `Least policy from ${result.base}`,
        json: result,
        csv: targetCsv(result),
        text: renderTarget(result),
        svg: targetChart(result, { document: createNodeDocument(), version: LEADLINE_VERSION }),
      };
    } finally {
      bar.stop();
    }
  });
}

/** The action of `leadline discover` (policyProgram.ts declares its options). */
export async function discoverAction(io: Io, name: string, opts: DiscoverOptions): Promise<void> {
  const scenario = resolveScenarioArg(name);
  const month = monthOption('--month', opts.month ?? OUTCOME_MONTH_LABEL, scenario);
  const minLeadMonths = numberOption('--lead', opts.lead, SCENARIO_ONE_MIN_LEAD_MONTHS, -120, 120);
  const minCoverage = numberOption('--min-coverage', opts.minCoverage, DEFAULT_MIN_COVERAGE, 0, 1);
  const draws = drawOptions(opts, DEFAULT_DISCOVER_DRAWS);
  if (draws.draws < 100)
    throw bad('--draws', 'at least 100 draws for scenario discovery', String(draws.draws));
  await analyse(io, opts, async () => {
    const bar = progressBar('draws');
    try {
      const result = await discover(scenario, {
        draws: draws.draws,
        seed: draws.seed,
        month,
        minLeadMonths,
        minCoverage,
        runner: pairedRunnerFor(draws.workers),
        onProgress: (done, total) => bar.update(done, total),
      });
      bar.stop();
      return {
        name: 'discover',
        title: `Scenario discovery: ${result.scenario}`,
        json: result,
        csv: discoverCsv(result),
        text: renderDiscover(result),
        svg: primChart(result, { document: createNodeDocument(), version: LEADLINE_VERSION }),
      };
    } finally {
      bar.stop();
    }
  });
}
