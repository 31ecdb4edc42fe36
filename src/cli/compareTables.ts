/**
 * The tables of `leadline compare` beside its lead and probabilities: the settings in which the
 * two scenarios differ, and the paired differences A − B of the fronts and compute at 2028-12
 * (median and 10–90% of the per-draw difference).
 */

import {
  formatMillions,
  formatSignedMonths,
  formatSignedPoints,
  NOT_A_NUMBER,
  withMinus,
} from '../analysis/format.ts';
import type { PairedDifference, SettingDifference } from '../analysis/index.ts';
import { TextTable } from './textTable.ts';

type Format = (value: number) => string;

/** A signed number with one decimal: 2.04 → "+2.0", −0.3 → "−0.3". */
function signed(format: Format): Format {
  return (value) => {
    if (!Number.isFinite(value)) return NOT_A_NUMBER;
    const text = format(Math.abs(value));
    if (Number(text.replace(/[^\d.]/g, '')) === 0) return text;
    return `${value < 0 ? '−' : '+'}${text}`;
  };
}

const points: Format = (value) => formatSignedPoints(value, 1);

/** How each compared series reads: its row label and the format of a difference. */
const DIFFERENCE_ROWS: Readonly<Record<string, { label: string; format: Format }>> = {
  leadMonths: { label: 'Intelligence: US lead (months)', format: formatSignedMonths },
  adoptionUS: { label: 'Adoption, US: share of firms (points)', format: points },
  adoptionCN: { label: 'Adoption, PRC: share of firms (points)', format: points },
  globalShareUS: { label: 'Distribution: US share of third-country AI (points)', format: points },
  resilienceUS: { label: 'Resilience, US (illustrative; points of jobs/yr)', format: points },
  resilienceCN: { label: 'Resilience, PRC (illustrative; points of jobs/yr)', format: points },
  computeUS: { label: 'US accessible compute (M H100e)', format: signed(formatMillions) },
  computeCN: { label: 'PRC accessible compute (M H100e)', format: signed(formatMillions) },
  computeRatio: { label: 'US : PRC compute ratio (×)', format: signed((v) => withMinus(v.toFixed(1))) },
};

/** "Settings that differ" as a table (setting, A, B), or a sentence when they are the same. */
export function renderSettingDifferences(
  a: string,
  b: string,
  differences: readonly SettingDifference[],
): string {
  if (differences.length === 0) return `Settings: ${a} and ${b} set the same levers, timing and pins.`;
  const table = new TextTable({
    head: ['setting that differs', a, b],
  });
  for (const d of differences) {
    const name =
      d.kind === 'param'
        ? `pinned ${d.name}`
        : d.kind === 'range'
          ? `range of ${d.name}`
          : d.kind === 'horizon'
            ? 'horizon (end)'
            : d.name;
    table.push([name, d.a, d.b]);
  }
  return table.toString();
}

/** The paired differences as a table, or '' when there are none. */
export function renderPairedDifferences(
  a: string,
  b: string,
  differences: readonly PairedDifference[],
): string {
  if (differences.length === 0) return '';
  const month = differences[0].month;
  const table = new TextTable({
    head: [`At ${month}, ${a} minus ${b}, paired draws`, 'median', '10–90% of the differences'],
    colAligns: ['left', 'right', 'right'],
  });
  for (const d of differences) {
    const row = DIFFERENCE_ROWS[d.series] ?? { label: d.output, format: (v: number) => String(v) };
    const q = d.difference;
    table.push([row.label, row.format(q.p50), `${row.format(q.p10)} to ${row.format(q.p90)}`]);
  }
  return table.toString();
}
