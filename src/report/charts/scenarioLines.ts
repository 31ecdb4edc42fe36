/**
 * Time-series marks for one series across scenarios. Scenarios usually share their history
 * (policies diverge from `policyStart`); drawing that stretch once, in neutral grey, keeps the
 * last-drawn scenario's colour from posing as everyone's history. A scenario with a different
 * history (such as a counterfactual from 2022) is drawn whole in its own colour.
 */
import * as Plot from '@observablehq/plot';
import type { RunResult } from '../../analysis/results.ts';
import type { SeriesName } from '../../core/index.ts';
import { BAND_EDGE_OPACITY, BAND_FILL_OPACITY, INK } from './palette.ts';
import {
  type BandPoint,
  bandPoints,
  hasBand,
  type MonthPoint,
  monthPoints,
  shownSeries,
} from './seriesAccess.ts';

export interface LineStyle {
  strokeWidth?: number;
  strokeDasharray?: string;
  /** Drop values ≤ 0 (for log scales). */
  positiveOnly?: boolean;
}

type ValuesOf = (run: RunResult) => readonly number[] | undefined;

function same(a: number, b: number): boolean {
  if (Number.isNaN(a) && Number.isNaN(b)) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Last month index through which two runs agree (−1: not even the first, or not comparable). */
function pairPrefixEnd(a: RunResult, b: RunResult, valuesOf: ValuesOf): number {
  const va = valuesOf(a);
  const vb = valuesOf(b);
  if (va === undefined || vb === undefined) return -1;
  if (a.months.length !== b.months.length || a.months[0] !== b.months[0]) return -1;
  let end = -1;
  for (let i = 0; i < a.months.length && same(va[i], vb[i]); i++) end = i;
  return end;
}

/**
 * Index of the last month through which every run's values agree, or −1 when there are fewer
 * than two runs, their months differ, or they differ from the first month.
 */
export function sharedPrefixEnd(runs: readonly RunResult[], valuesOf: ValuesOf): number {
  if (runs.length < 2) return -1;
  let end = Number.POSITIVE_INFINITY;
  for (const run of runs.slice(1)) end = Math.min(end, pairPrefixEnd(runs[0], run, valuesOf));
  return end;
}

export interface SharedGroup {
  /** Runs drawn in grey up to `sharedEnd` (empty when no two runs share a stretch). */
  members: RunResult[];
  sharedEnd: number;
}

/**
 * The largest group of runs that share a history (at least two months, from the first), and
 * where it ends. Ties go to the group with the longer shared stretch, then to document order.
 */
export function sharedGroup(runs: readonly RunResult[], valuesOf: ValuesOf): SharedGroup {
  let best: SharedGroup = { members: [], sharedEnd: -1 };
  for (const reference of runs) {
    const members = runs.filter((run) => run === reference || pairPrefixEnd(reference, run, valuesOf) >= 1);
    if (members.length < 2) continue;
    const sharedEnd = sharedPrefixEnd([reference, ...members.filter((m) => m !== reference)], valuesOf);
    const better =
      members.length > best.members.length ||
      (members.length === best.members.length && sharedEnd > best.sharedEnd);
    if (better) best = { members, sharedEnd };
  }
  return best;
}

function clean(points: MonthPoint[], positiveOnly: boolean): MonthPoint[] {
  if (!positiveOnly) return points;
  return points.map((p) => (p.value > 0 ? p : { date: p.date, value: Number.NaN }));
}

export interface ScenarioLines {
  marks: Plot.Markish[];
  /** How the shared stretch was drawn: by all runs, by some, or not at all. */
  shared: 'all' | 'some' | 'none';
  /** True when the whole series is the same in every scenario. */
  allShared: boolean;
}

/**
 * Lines of series `name`, coloured by scenario after the stretch they share: the median of the
 * draws when the runs have them, else the central run (seriesAccess.ts shownSeries).
 */
export function scenarioLines(
  runs: readonly RunResult[],
  name: SeriesName,
  colorOf: (run: RunResult) => string,
  style: LineStyle = {},
): ScenarioLines {
  const withSeries = runs.filter((run) => shownSeries(run, name) !== undefined);
  const group = sharedGroup(withSeries, (run) => shownSeries(run, name));
  const positiveOnly = style.positiveOnly ?? false;
  const options = (stroke: string) => ({
    x: 'date',
    y: 'value',
    stroke,
    strokeWidth: style.strokeWidth ?? 2.5,
    strokeDasharray: style.strokeDasharray,
  });
  const marks: Plot.Markish[] = [];
  const points = (run: RunResult) => clean(monthPoints(run, shownSeries(run, name) ?? []), positiveOnly);
  const everyone = group.members.length === withSeries.length && withSeries.length > 1;
  const allShared = everyone && group.sharedEnd === withSeries[0].months.length - 1;
  // Runs outside the group first, so the group's lines stay on top where they meet.
  for (const run of withSeries) {
    if (!group.members.includes(run)) marks.push(Plot.lineY(points(run), options(colorOf(run))));
  }
  if (group.members.length > 0) {
    marks.push(
      Plot.lineY(points(group.members[0]).slice(0, group.sharedEnd + 1), options(INK.neutralSeries)),
    );
    if (!allShared) {
      for (const run of group.members)
        marks.push(Plot.lineY(points(run).slice(group.sharedEnd), options(colorOf(run))));
    }
  }
  const shared = group.members.length === 0 ? 'none' : everyone ? 'all' : 'some';
  return { marks, shared, allShared };
}

function cleanBand(points: BandPoint[], positiveOnly: boolean): BandPoint[] {
  if (!positiveOnly) return points;
  return points.map((p) =>
    p.low > 0 && p.high > 0 ? p : { date: p.date, low: Number.NaN, high: Number.NaN },
  );
}

/** Which runs draw a band of series `name`, and the stretch their bands share (−1: none). */
function bandLayout(runs: readonly RunResult[], name: SeriesName) {
  const withBands = runs.filter((run) => hasBand(run, name));
  const low = sharedGroup(withBands, (run) => run.quantiles?.[name]?.p10);
  const high = sharedGroup(withBands, (run) => run.quantiles?.[name]?.p90);
  const members = low.members.filter((run) => high.members.includes(run));
  const sharedEnd = members.length >= 2 ? Math.min(low.sharedEnd, high.sharedEnd) : -1;
  return { withBands, members, sharedEnd };
}

/** 10–90% bands of series `name` (translucent fill, thin edges), a shared stretch drawn once. */
export function scenarioBands(
  runs: readonly RunResult[],
  name: SeriesName,
  colorOf: (run: RunResult) => string,
  style: Pick<LineStyle, 'positiveOnly'> = {},
): Plot.Markish[] {
  const { withBands, members, sharedEnd } = bandLayout(runs, name);
  const positiveOnly = style.positiveOnly ?? false;
  const marks: Plot.Markish[] = [];
  const band = (points: BandPoint[], color: string) => {
    const clipped = cleanBand(points, positiveOnly);
    marks.push(
      Plot.areaY(clipped, { x: 'date', y1: 'low', y2: 'high', fill: color, fillOpacity: BAND_FILL_OPACITY }),
    );
    for (const edge of ['low', 'high'] as const) {
      marks.push(
        Plot.lineY(clipped, {
          x: 'date',
          y: edge,
          stroke: color,
          strokeOpacity: BAND_EDGE_OPACITY,
          strokeWidth: 1,
        }),
      );
    }
  };
  if (sharedEnd >= 1) band((bandPoints(members[0], name) ?? []).slice(0, sharedEnd + 1), INK.neutralSeries);
  for (const run of withBands) {
    const start = sharedEnd >= 1 && members.includes(run) ? sharedEnd : 0;
    band((bandPoints(run, name) ?? []).slice(start), colorOf(run));
  }
  return marks;
}

/**
 * The colours of the bands `scenarioBands` draws, in its order (the grey of a shared stretch
 * first, then each scenario's), so a legend swatch shows the colours the chart uses.
 */
export function bandColors(
  runs: readonly RunResult[],
  name: SeriesName,
  colorOf: (run: RunResult) => string,
): string[] {
  const { withBands, sharedEnd } = bandLayout(runs, name);
  const colors = withBands.map(colorOf);
  return sharedEnd >= 1 ? [INK.neutralSeries, ...colors] : colors;
}
