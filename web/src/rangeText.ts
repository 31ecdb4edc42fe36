/**
 * Words of the range editor that depend on the table's kind of distribution. A scenario range
 * keeps the table's family (src/analysis/rangeRemap.ts): only a triangular's shape uses the
 * central value (as its mode); a uniform, beta or lognormal range is remapped from low and high
 * alone, and its central value is the value of the run at central parameters and nothing else.
 */
import type { Distribution } from '../../src/params/distribution.ts';

/** What "Central" does for a belief drawn from `dist`, in one sentence. */
export function centralMeaning(dist: Distribution): string {
  switch (dist.kind) {
    case 'triangular':
      return 'Central is the most likely draw (the triangle’s peak) and the value of the run at central parameters.';
    case 'lognormal90':
      return 'Central is the value of the run at central parameters only: the draws are lognormal with your 5th and 95th percentiles, so their median is √(low × high) whatever central is.';
    case 'uniform':
      return 'Central is the value of the run at central parameters only: the draws are spread evenly between low and high, so the picture does not move with it.';
    case 'beta':
      return 'Central is the value of the run at central parameters only: the draws keep the table’s beta shape stretched between low and high, so the picture does not move with it.';
    case 'fixed':
      return 'Central is the value of every run.';
  }
}

/**
 * The message for a field whose text is not a finite number, or null when it is one. A number
 * input hands over '' for text it cannot read ("1e400", "12abc"); `unreadable` says that
 * happened (the input's validity.badInput), so the message does not claim the field is empty.
 */
export function numberProblem(field: string, text: string, unreadable = false): string | null {
  const trimmed = text.trim();
  if (!unreadable && trimmed !== '' && Number.isFinite(Number(trimmed))) return null;
  const found = unreadable ? 'text that is not one' : trimmed === '' ? 'nothing' : `“${trimmed}”`;
  return `${field}: expected a finite number, found ${found}`;
}
