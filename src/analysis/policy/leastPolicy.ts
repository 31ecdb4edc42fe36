/**
 * The least policy: on a grid of lever settings ordered by intensity (each lever's ladder of
 * values, least → most US effort; levers.ts), find the settings that reach a goal and are
 * non-dominated — no lever can be loosened one rung without missing the goal.
 *
 * "Reaches" is judged with the Monte Carlo error: a setting reaches the goal only when the
 * lower end of its interval is at or above the goal; it misses when the upper end is below;
 * otherwise the goal lies inside the error and the setting is `undecided` (never declared
 * feasible).
 *
 * Search (assumes the verdict is monotone: more intensity never turns "reaches" into "not"):
 *   1. evaluate the top (every lever at its most); if it does not reach, the goal is out of reach.
 *   2. for every combination c of the other levers, binary-search the last lever's ladder for
 *      t(c) = the lowest rung that reaches, all combinations in parallel rounds (one batch of
 *      settings per round), skipping settings whose verdict follows from one already known:
 *        x ≥ r for a known r that reaches ⇒ x reaches;  x ≤ q for a known q that does not ⇒ x does not.
 *   3. the minimal settings are the points (c, t(c)) that no other such point lies below.
 *   4. each minimal setting's one-rung loosenings are evaluated and reported, which checks
 *      monotonicity where it matters: a loosening that still reaches is flagged.
 */

/** A setting: one rung index per lever, 0 = least intense. */
export type Setting = readonly number[];

export interface Estimate {
  /** Central estimate (a probability, or the lead itself at central parameters). */
  readonly value: number;
  /** Interval from the Monte Carlo error (equal to value when there is none). */
  readonly low: number;
  readonly high: number;
}

export type Verdict = 'reaches' | 'misses' | 'undecided';

export function verdictOf(estimate: Estimate, goal: number): Verdict {
  if (estimate.low >= goal) return 'reaches';
  if (estimate.high < goal) return 'misses';
  return 'undecided';
}

/** Evaluates a batch of settings on the same (paired) draws. */
export type EvaluateSettings = (settings: readonly Setting[]) => Promise<readonly Estimate[]>;

export interface LeastPolicySearch {
  /** Rungs per lever (each ≥ 1). */
  readonly sizes: readonly number[];
  readonly goal: number;
  readonly evaluate: EvaluateSettings;
}

export interface Loosening {
  readonly lever: number;
  readonly setting: Setting;
  readonly estimate: Estimate;
  readonly verdict: Verdict;
}

export interface MinimalSetting {
  readonly setting: Setting;
  readonly estimate: Estimate;
  readonly loosenings: readonly Loosening[];
}

export interface LeastPolicyResult {
  readonly top: { readonly setting: Setting; readonly estimate: Estimate; readonly verdict: Verdict };
  readonly reachable: boolean;
  readonly minimal: readonly MinimalSetting[];
  /** Settings met on the way whose interval holds the goal. */
  readonly undecided: readonly { readonly setting: Setting; readonly estimate: Estimate }[];
  /** Settings evaluated in all. */
  readonly evaluated: number;
}

function key(setting: Setting): string {
  return setting.join(',');
}

function atMost(a: Setting, b: Setting): boolean {
  for (let j = 0; j < a.length; j++) if (a[j] > b[j]) return false;
  return true;
}

/** All combinations of rungs of `sizes` (the last index fastest). */
function combinations(sizes: readonly number[]): number[][] {
  let out: number[][] = [[]];
  for (const size of sizes) {
    const next: number[][] = [];
    for (const prefix of out) for (let r = 0; r < size; r++) next.push([...prefix, r]);
    out = next;
  }
  return out;
}

export async function searchLeastPolicy(search: LeastPolicySearch): Promise<LeastPolicyResult> {
  const { sizes, goal } = search;
  if (sizes.length === 0 || sizes.some((s) => !Number.isInteger(s) || s < 1)) {
    throw new RangeError('every lever needs at least one rung');
  }
  const known = new Map<string, { setting: Setting; estimate: Estimate; verdict: Verdict }>();
  const reaching: Setting[] = [];
  const notReaching: Setting[] = [];
  let evaluated = 0;

  async function evaluateAll(settings: readonly Setting[]): Promise<void> {
    const fresh = [...new Map(settings.filter((s) => !known.has(key(s))).map((s) => [key(s), s])).values()];
    if (fresh.length === 0) return;
    const estimates = await search.evaluate(fresh);
    evaluated += fresh.length;
    fresh.forEach((setting, i) => {
      const estimate = estimates[i];
      const verdict = verdictOf(estimate, goal);
      known.set(key(setting), { setting, estimate, verdict });
      (verdict === 'reaches' ? reaching : notReaching).push(setting);
    });
  }

  /** true / false when the verdict is known or follows by monotonicity, else undefined. */
  function reaches(setting: Setting): boolean | undefined {
    const entry = known.get(key(setting));
    if (entry) return entry.verdict === 'reaches';
    if (reaching.some((r) => atMost(r, setting))) return true;
    if (notReaching.some((q) => atMost(setting, q))) return false;
    return undefined;
  }

  const topSetting = sizes.map((s) => s - 1);
  await evaluateAll([topSetting]);
  const topEntry = known.get(key(topSetting));
  if (!topEntry) throw new Error('top setting not evaluated');
  const top = { setting: topSetting, estimate: topEntry.estimate, verdict: topEntry.verdict };
  const undecidedOf = () =>
    [...known.values()]
      .filter((e) => e.verdict === 'undecided')
      .map(({ setting, estimate }) => ({ setting, estimate }));
  if (top.verdict !== 'reaches') {
    return { top, reachable: false, minimal: [], undecided: undecidedOf(), evaluated };
  }

  // Parallel binary searches on the last lever: t(c) in [lo, hi]; hi = size means "none".
  const last = sizes.length - 1;
  const lastSize = sizes[last];
  const searches = combinations(sizes.slice(0, last)).map((prefix) => ({ prefix, lo: 0, hi: lastSize }));
  const settle = (): void => {
    for (const s of searches) {
      while (s.lo < s.hi) {
        const mid = (s.lo + s.hi) >> 1;
        const verdict = reaches([...s.prefix, mid]);
        if (verdict === undefined) break;
        if (verdict) s.hi = mid;
        else s.lo = mid + 1;
      }
    }
  };
  settle();
  for (;;) {
    const probes = searches.filter((s) => s.lo < s.hi).map((s) => [...s.prefix, (s.lo + s.hi) >> 1]);
    if (probes.length === 0) break;
    await evaluateAll(probes);
    settle();
  }

  const candidates = searches.filter((s) => s.hi < lastSize).map((s) => [...s.prefix, s.hi]);
  const minimalSettings = candidates.filter(
    (c) => !candidates.some((other) => other !== c && atMost(other, c) && key(other) !== key(c)),
  );
  const loosenings = minimalSettings.flatMap((setting) =>
    setting.flatMap((rung, lever) => (rung > 0 ? [setting.map((r, j) => (j === lever ? r - 1 : r))] : [])),
  );
  await evaluateAll(loosenings);
  const entryOf = (setting: Setting) => {
    const entry = known.get(key(setting));
    if (!entry) throw new Error(`setting ${key(setting)} not evaluated`);
    return entry;
  };
  const minimal = minimalSettings.map((setting) => ({
    setting,
    estimate: entryOf(setting).estimate,
    loosenings: setting.flatMap((rung, lever) => {
      if (rung === 0) return [];
      const looser = setting.map((r, j) => (j === lever ? r - 1 : r));
      const entry = entryOf(looser);
      return [{ lever, setting: looser, estimate: entry.estimate, verdict: entry.verdict }];
    }),
  }));
  return { top, reachable: true, minimal, undecided: undecidedOf(), evaluated };
}

/**
 * Wilson score interval of a proportion: k successes in n draws at normal quantile z
 * (Wilson 1927): (p̂ + z²/2n ± z √(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n). Unlike p̂ ± z·se it
 * is not empty at p̂ = 0 or 1.
 */
export function wilsonInterval(successes: number, n: number, z: number): Estimate {
  if (n <= 0) return { value: Number.NaN, low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
