/**
 * Table views of the compute, production and fronts charts: the numbers each chart draws, as
 * text. Every cell says what it is: a median of the draws with its 10–90% range, or a value at
 * central parameters (the lines of the charts), never the two mixed without a label.
 */
import {
  annualTotals,
  formatCount,
  formatRatio,
  formatShare,
  type ResultsDocument,
  type RunResult,
  type SeriesName,
  type Table,
} from './lib.ts';
import { type SeriesAt, seriesAt } from './numbers.ts';

/** December of every year shown, and the last month when it is not a December. */
function yearEnds(run: RunResult | undefined): string[] {
  const months = run?.months ?? [];
  const ends = months.filter((m) => m.endsWith('-12'));
  const last = months.at(-1);
  if (last !== undefined && !last.endsWith('-12')) ends.push(last);
  return ends;
}

/** "109M (83.0M to 142M)" from a median with its range, "109M (central)" from a central value. */
function cell(at: SeriesAt | undefined, format: (value: number) => string): string {
  if (!at) return 'n/a';
  if (at.kind === 'central') return `${format(at.value)} (central)`;
  return `${format(at.value)} (${format(at.p10 ?? Number.NaN)} to ${format(at.p90 ?? Number.NaN)})`;
}

function scenarioColumns(doc: ResultsDocument): Table['columns'] {
  return doc.runs.map((run) => ({ header: run.title, align: 'right' as const }));
}

/** Accessible compute of each bloc and their ratio each December. */
export function computeByYearTable(doc: ResultsDocument): Table {
  const quantities: readonly { series: SeriesName; label: string; format: (value: number) => string }[] = [
    { series: 'computeUS', label: 'US bloc (H100e)', format: formatCount },
    { series: 'computeCN', label: 'PRC (H100e)', format: formatCount },
    { series: 'computeRatio', label: 'US ÷ PRC', format: formatRatio },
  ];
  return {
    caption:
      'Compute accessible to each bloc’s labs, each December: median of the draws (10–90% of draws), ' +
      'or “central” without draws',
    columns: [{ header: 'Month and quantity' }, ...scenarioColumns(doc)],
    rows: yearEnds(doc.runs[0]).flatMap((month) =>
      quantities.map((q) => [
        `${month}: ${q.label}`,
        ...doc.runs.map((run) => cell(seriesAt(run, q.series, month), q.format)),
      ]),
    ),
  };
}

/** NVIDIA's and Huawei's annual output (sums of complete calendar years), central parameters. */
export function productionTable(doc: ResultsDocument): Table {
  const totalsOf = (run: RunResult, series: SeriesName) =>
    new Map(annualTotals(run.months, run.series[series] ?? []).map((t) => [t.year, t.total]));
  const perRun = doc.runs.map((run) => ({
    nvidia: totalsOf(run, 'productionNvidia'),
    huawei: totalsOf(run, 'productionHuawei'),
  }));
  const years = [...new Set(perRun.flatMap((r) => [...r.nvidia.keys()]))].sort((a, b) => a - b);
  const text = (value: number | undefined) => (value === undefined ? 'n/a' : formatCount(value));
  return {
    caption:
      'Annual AI-chip output in H100-equivalents per year (sum of the monthly output, complete years), ' +
      'central parameters; Huawei as a share of NVIDIA in brackets',
    columns: [{ header: 'Year and maker' }, ...scenarioColumns(doc)],
    rows: years.flatMap((year) => [
      [`${year}: NVIDIA`, ...perRun.map((r) => text(r.nvidia.get(year)))],
      [
        `${year}: Huawei`,
        ...perRun.map((r) => {
          const huawei = r.huawei.get(year);
          const nvidia = r.nvidia.get(year);
          if (huawei === undefined) return 'n/a';
          return nvidia ? `${formatCount(huawei)} (${formatShare(huawei / nvidia)})` : formatCount(huawei);
        }),
      ],
    ]),
  };
}

const FRONTS_MONTH = '2028-12';

/** The four fronts at 2028-12: the chart's central values, and the medians with their range. */
export function frontsTable(doc: ResultsDocument): Table {
  const months = (value: number) => value.toFixed(1);
  const share = (value: number) => formatShare(value, 0);
  const index = (value: number) => formatShare(value, 1);
  const fronts: readonly { series: SeriesName; label: string; format: (value: number) => string }[] = [
    { series: 'leadMonths', label: 'Intelligence: US lead (months)', format: months },
    { series: 'adoptionUS', label: 'Adoption, US (share of firms)', format: share },
    { series: 'adoptionCN', label: 'Adoption, PRC (share of firms)', format: share },
    { series: 'globalShareUS', label: 'Distribution: US share of third-country AI', format: share },
    { series: 'resilienceUS', label: 'Resilience, US (illustrative; % of jobs/yr)', format: index },
    { series: 'resilienceCN', label: 'Resilience, PRC (illustrative; % of jobs/yr)', format: index },
  ];
  return {
    caption: `The four fronts at ${FRONTS_MONTH}: central parameters (as drawn), then the median of the draws (10–90% of draws)`,
    columns: [{ header: 'Front' }, ...scenarioColumns(doc)],
    rows: fronts.map((front) => [
      front.label,
      ...doc.runs.map((run) => {
        const i = run.months.indexOf(FRONTS_MONTH);
        const central = i < 0 ? undefined : run.series[front.series]?.[i];
        const centralText = central === undefined ? 'n/a' : `${front.format(central)} (central)`;
        const at = seriesAt(run, front.series, FRONTS_MONTH);
        return at?.kind === 'median' ? `${centralText}; median ${cell(at, front.format)}` : centralText;
      }),
    ]),
  };
}
