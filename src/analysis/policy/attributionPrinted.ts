/**
 * The attribution as it is printed, in tenths of a month (and of a percentage point): the
 * shares rounded so that they add up to the printed total (largest remainder, `roundToTotal`),
 * and each interaction the printed share minus the printed alone, so that every row and the
 * total add up as printed. One rounding for the CLI's table, the chart and the explorer, so
 * they print the same numbers.
 */
import { roundToTotal } from '../format.ts';
import type { AttributionResult } from './attribution.ts';

/** Integers in tenths (of a month; of a percentage point for `points`), one per lever. */
export interface PrintedAttribution {
  /** Each lever's share (mean over the draws, or central): Σ shares = total. */
  readonly shares: readonly number[];
  /** Each lever switched on alone (mean over the draws, or central), rounded on its own. */
  readonly alone: readonly number[];
  /** shares − alone. */
  readonly interaction: readonly number[];
  /** The sum of the shares: the printed total difference. */
  readonly total: number;
  /** Each lever's share of the P(Scenario One world) difference [tenths of a point], if drawn. */
  readonly points?: readonly number[];
  readonly totalPoints?: number;
}

const sum = (units: readonly number[]): number => units.reduce((a, b) => a + b, 0);

export function printedAttribution(r: AttributionResult): PrintedAttribution {
  const shares = roundToTotal(
    r.levers.map((l) => l.leadMonths),
    1,
  );
  const alone = r.levers.map((l) =>
    Math.round(10 * (l.overDraws ? l.overDraws.alone.mean : l.central.alone)),
  );
  const points = r.total.probability
    ? roundToTotal(
        r.levers.map((l) => 100 * (l.probability?.['scenario-one'] ?? 0)),
        1,
      )
    : undefined;
  return {
    shares,
    alone,
    interaction: shares.map((s, i) => s - alone[i]),
    total: sum(shares),
    ...(points ? { points, totalPoints: sum(points) } : {}),
  };
}
