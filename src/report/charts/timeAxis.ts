/**
 * A time axis that stays legible at any horizon (2028-12 … 2040-12) and width: year ticks
 * thinned to a step that leaves room for their labels, and labels of dated rules ("Today",
 * "Dec 2028") placed so they never overlap.
 *
 * Positions are those of a linear UTC scale: x(d) = left + (d − d₀)/(d₁ − d₀) · (right − left).
 */
import { monthDate } from './months.ts';
import { textWidth } from './textWidth.ts';

/** Year steps tried, smallest first. */
const YEAR_STEPS = [1, 2, 5, 10] as const;
/** A year label's width at the axis font (12 px: "2040" ≈ 31 px) plus the gap kept between labels [px]. */
export const MIN_YEAR_SPACING_PX = 48;

/** First and last month of `months` (any order) as dates. */
export function monthExtent(months: readonly string[]): [Date, Date] {
  const sorted = [...months].sort();
  return [monthDate(sorted[0]), monthDate(sorted[sorted.length - 1])];
}

/**
 * January of every `step`-th year within the months shown, with the smallest step of 1, 2, 5
 * or 10 years that keeps ticks at least MIN_YEAR_SPACING_PX apart on a plot `plotWidthPx` wide.
 */
export function yearTicks(months: readonly string[], plotWidthPx: number): Date[] {
  const [first, last] = monthExtent(months);
  const spanYears = Math.max((last.getTime() - first.getTime()) / (365.25 * 864e5), 1 / 12);
  const pxPerYear = plotWidthPx / spanYears;
  const step = YEAR_STEPS.find((s) => s * pxPerYear >= MIN_YEAR_SPACING_PX) ?? 10;
  const ticks: Date[] = [];
  for (let year = first.getUTCFullYear(); year <= last.getUTCFullYear(); year++) {
    const tick = new Date(Date.UTC(year, 0, 1));
    if (year % step === 0 && tick >= first && tick <= last) ticks.push(tick);
  }
  return ticks;
}

/** x position [px] of `date` on a linear scale from `domain` to [left, right]. */
export function xOf(date: Date, domain: readonly [Date, Date], left: number, right: number): number {
  const [d0, d1] = domain;
  const span = d1.getTime() - d0.getTime();
  return span === 0 ? left : left + ((date.getTime() - d0.getTime()) / span) * (right - left);
}

export type TextAnchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  readonly x: number;
  readonly width: number;
}

/** Left and right edge [px] of a label of `width` at `x` with `anchor` (and offset dx). */
export function labelSpan(label: PlacedLabel, anchor: TextAnchor, dx = 0): [number, number] {
  const x = label.x + dx;
  if (anchor === 'start') return [x, x + label.width];
  if (anchor === 'end') return [x - label.width, x];
  return [x - label.width / 2, x + label.width / 2];
}

/** Offset [px] of a label set beside its rule rather than centred on it. */
export const BESIDE_RULE_DX = 5;

/**
 * Anchors for labels of dated rules, sorted by x: centred where they fit, else a pair that
 * would overlap is pushed apart — the left one ends just before its rule, the right one starts
 * just after its own — so two labels of distinct dates never overlap (the charts have two).
 */
export function ruleLabelAnchors(labels: readonly PlacedLabel[], gapPx = 8): TextAnchor[] {
  const anchors: TextAnchor[] = labels.map(() => 'middle');
  for (let i = 1; i < labels.length; i++) {
    const [, leftEnd] = labelSpan(labels[i - 1], anchors[i - 1]);
    const [rightStart] = labelSpan(labels[i], anchors[i]);
    if (rightStart - leftEnd >= gapPx) continue;
    if (anchors[i - 1] === 'middle') anchors[i - 1] = 'end';
    anchors[i] = 'start';
  }
  return anchors;
}

/** dx that goes with an anchor from ruleLabelAnchors. */
export function anchorDx(anchor: TextAnchor): number {
  return anchor === 'start' ? BESIDE_RULE_DX : anchor === 'end' ? -BESIDE_RULE_DX : 0;
}

/** Width [px] of a bold rule label at `fontSize`. */
export function ruleLabelWidth(text: string, fontSize: number): number {
  return textWidth(text, fontSize, true);
}
