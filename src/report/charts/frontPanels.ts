/**
 * The panels of the fronts chart: which series each needs, how its values read, its axis.
 * A panel appears when at least one run has its series.
 */

import * as Plot from '@observablehq/plot';
import { formatShare } from '../../analysis/format.ts';
import { formatLeadInWorld } from '../../analysis/outcomes.ts';
import type { RunResult } from '../../analysis/results.ts';
import type { SeriesName } from '../../core/index.ts';
import { INK } from './palette.ts';
import { SCENARIO_ONE_BAND, SCENARIO_TWO_HALF_WIDTH } from './paperMarks.ts';
import { rangeAt, seriesOf, shownValueAt } from './seriesAccess.ts';

export interface FrontPanel {
  id: 'lead' | 'adoption' | 'distribution' | 'resilience';
  title: string;
  axisLabel: string;
  /** 'bar': one value per scenario; 'pair': US (filled dot) and PRC (open dot). */
  kind: 'bar' | 'pair';
  /** Series of the value (US for pairs) and, for pairs, of the PRC value. */
  series: SeriesName;
  otherSeries?: SeriesName;
  format: (value: number) => string;
  tickFormat: (value: number) => string;
  domain: (rows: readonly PanelRow[]) => [number, number];
  referenceMarks: Plot.Markish[];
}

export interface PanelRow {
  scenario: string;
  color: string;
  value: number;
  /** PRC value of a pair panel. */
  other: number;
  p10?: number;
  p90?: number;
}

/**
 * How a unit string reads: a share in [0, 1] ("share", "share of firms"), a share per year
 * ("share of jobs/year"), both shown as percentages, or anything else, shown as is.
 */
export interface UnitReading {
  kind: 'share' | 'sharePerYear' | 'raw';
  /** "of firms" from "share of firms"; "" when absent. */
  of: string;
}

export function readUnit(unit: string | undefined): UnitReading {
  const match = /^\s*(?:share|fraction)(\s+of\s+[^/]+?)?\s*(\/\s*(?:year|yr))?\s*$/i.exec(unit ?? '');
  if (match === null) return { kind: 'raw', of: '' };
  return { kind: match[2] === undefined ? 'share' : 'sharePerYear', of: (match[1] ?? '').trim() };
}

function unitOf(runs: readonly RunResult[], name: SeriesName): string | undefined {
  for (const run of runs) {
    const unit = run.units[name];
    if (unit !== undefined) return unit;
  }
  return undefined;
}

function extent(rows: readonly PanelRow[], floor: [number, number]): [number, number] {
  let [low, high] = floor;
  for (const row of rows) {
    for (const v of [row.value, row.other, row.p10, row.p90]) {
      if (v === undefined || !Number.isFinite(v)) continue;
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
  }
  return [low, high];
}

const percentTick = (v: number) => `${Math.round(v * 100)}%`;

/** Axis label, formats and domain for a panel of series `series`, named `name` on its axis. */
function scaleFor(
  runs: readonly RunResult[],
  series: SeriesName,
  name: string,
): Pick<FrontPanel, 'axisLabel' | 'format' | 'tickFormat' | 'domain'> {
  const unit = unitOf(runs, series);
  const reading = readUnit(unit);
  const of = reading.of === '' ? '' : ` ${reading.of}`;
  if (reading.kind === 'share') {
    return {
      axisLabel: `${name} (%${of})`,
      format: (v) => formatShare(v, 0),
      tickFormat: percentTick,
      domain: (rows) => extent(rows, [0, 1]),
    };
  }
  const padded = (rows: readonly PanelRow[]): [number, number] => {
    const [low, high] = extent(rows, [0, 0]);
    const pad = Math.max((high - low) * 0.08, 1e-9);
    return [low < 0 ? low - pad : 0, high > 0 ? high + pad : 0];
  };
  if (reading.kind === 'sharePerYear') {
    return {
      axisLabel: `${name} (%${of} per year)`,
      format: (v) => `${formatShare(v, 1)}/yr`,
      tickFormat: (v) => formatShare(v, 1),
      domain: padded,
    };
  }
  const named = unit === undefined || unit === '' || unit === 'index' ? name : `${name} (${unit})`;
  return {
    axisLabel: named,
    format: (v) => v.toPrecision(3),
    tickFormat: (v) => String(v).replace('-', '−'),
    domain: (rows) => {
      const [low, high] = extent(rows, [0, 0]);
      return low >= 0 && high <= 1 ? [0, 1] : padded(rows);
    },
  };
}

/** The panels the runs have data for, in the paper's order of the fronts. */
export function frontPanels(runs: readonly RunResult[]): FrontPanel[] {
  const has = (name: SeriesName) => runs.some((run) => seriesOf(run, name) !== undefined);
  const panels: FrontPanel[] = [];
  if (has('leadMonths')) {
    const [oneLow, oneHigh] = SCENARIO_ONE_BAND;
    const two = SCENARIO_TWO_HALF_WIDTH;
    panels.push({
      id: 'lead',
      title: 'Intelligence: US lead',
      axisLabel: 'Lead (months)',
      kind: 'bar',
      series: 'leadMonths',
      // The panel's month is Dec 2028, where the lead decides the world: printed in its own world.
      format: formatLeadInWorld,
      tickFormat: (v) => String(v).replace('-', '−'),
      domain: (rows) => {
        const [low, high] = extent(rows, [-two - 1, oneHigh + 1]);
        return [low, high * 1.12];
      },
      referenceMarks: [
        Plot.rectX(
          [
            { x1: oneLow, x2: oneHigh },
            { x1: -two, x2: two },
          ],
          { x1: 'x1', x2: 'x2', fill: INK.band },
        ),
        Plot.text(['Scenario One', 'Scenario Two'], {
          x: [(oneLow + oneHigh) / 2, 0],
          frameAnchor: 'top',
          dy: -10,
          fontSize: 12,
          fill: INK.muted,
        }),
      ],
    });
  }
  if (has('adoptionUS') && has('adoptionCN')) {
    panels.push({
      id: 'adoption',
      title: 'Domestic adoption',
      kind: 'pair',
      series: 'adoptionUS',
      otherSeries: 'adoptionCN',
      referenceMarks: [],
      ...scaleFor(runs, 'adoptionUS', 'Adoption'),
    });
  }
  if (has('globalShareUS')) {
    const scale = scaleFor(runs, 'globalShareUS', 'US share of third-country AI deployment');
    panels.push({
      id: 'distribution',
      title: 'Global distribution: US share',
      kind: 'bar',
      series: 'globalShareUS',
      ...scale,
      referenceMarks:
        readUnit(unitOf(runs, 'globalShareUS')).kind === 'share'
          ? [Plot.ruleX([0.5], { stroke: INK.rule, strokeDasharray: '4,3' })]
          : [],
    });
  }
  if (has('resilienceUS') && has('resilienceCN')) {
    panels.push({
      id: 'resilience',
      title: 'Resilience (illustrative)',
      kind: 'pair',
      series: 'resilienceUS',
      otherSeries: 'resilienceCN',
      ...scaleFor(runs, 'resilienceUS', 'Resilience index, illustrative'),
      referenceMarks: [Plot.ruleX([0], { stroke: INK.rule })],
    });
  }
  return panels;
}

/**
 * One row per run: its value at `month` (the median of the draws, else the central run), the
 * PRC value of pairs, and p10/p90 when drawn.
 */
export function panelRows(
  panel: FrontPanel,
  runs: readonly RunResult[],
  month: string,
  colorOf: (run: RunResult) => string,
): PanelRow[] {
  return runs.map((run) => {
    const range = rangeAt(run, panel.series, month);
    return {
      scenario: run.scenario,
      color: colorOf(run),
      value: shownValueAt(run, panel.series, month),
      other: panel.otherSeries === undefined ? Number.NaN : shownValueAt(run, panel.otherSeries, month),
      p10: range?.p10,
      p90: range?.p90,
    };
  });
}
