/**
 * Exact Shapley values over all coalitions (Shapley 1953). With n players and the value v(S)
 * of every coalition S ⊆ N (a bitmask: bit i set ⇔ player i in S), player i's share is
 *
 *   φ_i = Σ_{S ⊆ N∖{i}} w(|S|) · (v(S ∪ {i}) − v(S)),   w(s) = s! (n − s − 1)! / n!
 *
 * The shares sum to v(N) − v(∅) (efficiency); a player that never changes v gets 0 (null
 * player); two players that change v alike get equal shares (symmetry); and when v is additive,
 * v(S) = v(∅) + Σ_{i∈S} a_i, each share is a_i, the player's effect alone.
 *
 * The value is linear in v, so Shapley values of a mean over draws are the mean of the draws'
 * Shapley values: shapleyPerDraw computes them draw by draw from a coalition × draw matrix.
 */

/** Largest number of players: 2^n coalitions must be evaluated (2^16 = 65,536). */
export const SHAPLEY_MAX_PLAYERS = 16;

function checkPlayers(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > SHAPLEY_MAX_PLAYERS) {
    throw new RangeError(`players must be an integer in 0…${SHAPLEY_MAX_PLAYERS}, got ${n}`);
  }
}

/** w(s) = s! (n − s − 1)! / n! for s = 0 … n − 1 (computed as 1 / (n · C(n − 1, s))). */
export function shapleyWeights(n: number): Float64Array {
  checkPlayers(n);
  const weights = new Float64Array(Math.max(0, n));
  let binomial = 1; // C(n − 1, s)
  for (let s = 0; s < n; s++) {
    weights[s] = 1 / (n * binomial);
    binomial = (binomial * (n - 1 - s)) / (s + 1);
  }
  return weights;
}

/** Number of set bits of a coalition mask. */
export function coalitionSize(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

/** φ_i for one value function: `values[mask]` = v(S), length 2^n. */
export function shapleyValues(n: number, values: ArrayLike<number>): Float64Array {
  checkPlayers(n);
  const coalitions = 1 << n;
  if (values.length !== coalitions) {
    throw new RangeError(`values must hold 2^${n} = ${coalitions} coalitions, got ${values.length}`);
  }
  const weights = shapleyWeights(n);
  const phi = new Float64Array(n);
  for (let mask = 0; mask < coalitions; mask++) {
    const w = weights[coalitionSize(mask)];
    for (let i = 0; i < n; i++) {
      const bit = 1 << i;
      if ((mask & bit) !== 0) continue;
      phi[i] += w * (values[mask | bit] - values[mask]);
    }
  }
  return phi;
}

/**
 * Shapley values draw by draw: `values[mask]` holds v(S) in every draw (same length for all
 * coalitions); returns one Float64Array of per-draw shares per player.
 */
export function shapleyPerDraw(n: number, values: readonly Float64Array[]): Float64Array[] {
  checkPlayers(n);
  const coalitions = 1 << n;
  if (values.length !== coalitions) {
    throw new RangeError(`values must hold 2^${n} = ${coalitions} coalitions, got ${values.length}`);
  }
  const draws = coalitions > 0 ? values[0].length : 0;
  for (const column of values) {
    if (column.length !== draws) throw new RangeError('every coalition must have the same number of draws');
  }
  const weights = shapleyWeights(n);
  const phi = Array.from({ length: n }, () => new Float64Array(draws));
  for (let mask = 0; mask < coalitions; mask++) {
    const w = weights[coalitionSize(mask)];
    const without = values[mask];
    for (let i = 0; i < n; i++) {
      const bit = 1 << i;
      if ((mask & bit) !== 0) continue;
      const withI = values[mask | bit];
      const share = phi[i];
      for (let d = 0; d < draws; d++) share[d] += w * (withI[d] - without[d]);
    }
  }
  return phi;
}
