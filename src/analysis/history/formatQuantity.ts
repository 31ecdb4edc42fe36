/** A value of an observed quantity as text, in the quantity's unit (browser-safe). */
import { formatCount, formatMonths, formatNumber, formatShare, NOT_A_NUMBER, withMinus } from '../format.ts';
import { agrees, Z80 } from './errorModel.ts';
import { QUANTITY_INFO, type QuantityName } from './quantities.ts';

/** Months with one decimal, shares in %, FLOP in exponent form, counts with k/M. */
export function formatQuantity(quantity: QuantityName, x: number | null): string {
  if (x === null) return NOT_A_NUMBER;
  const unit = QUANTITY_INFO[quantity].unit;
  if (unit === 'months') return formatMonths(x);
  if (unit === 'share') return formatShare(x);
  if (unit === 'FLOP') return formatNumber(x);
  return formatCount(x);
}

/** An observation as text: "13.0 (12.0–14.0)", "≥ 12.0" (a lower bound), "≤ 200k" (an upper bound). */
export function formatObserved(
  quantity: QuantityName,
  kind: string,
  value: number,
  low: number | null,
  high: number | null,
): string {
  const v = formatQuantity(quantity, value);
  if (kind === 'lower-bound') return `≥ ${v}`;
  if (kind === 'upper-bound') return `≤ ${v}`;
  return `${v} (${formatQuantity(quantity, low)}–${formatQuantity(quantity, high)})`;
}

/**
 * A z of the history (bandResidual) with one decimal, or more when one decimal would put it on
 * the other side of the agreement threshold: the printed z read back agrees (|z| ≤ 1.28, Z80)
 * exactly when `agrees(z)` does, so a z and its note never disagree as printed (1.27 → "1.27",
 * not "1.3"; 1.2816 → "1.3").
 */
export function formatZ(z: number): string {
  if (!Number.isFinite(z)) return NOT_A_NUMBER;
  for (let digits = 1; digits < 6; digits++) {
    const text = z.toFixed(digits);
    if (Math.abs(Number(text)) <= Z80 === agrees(z)) return withMinus(text);
  }
  return withMinus(z.toFixed(6));
}
