/**
 * Nelder–Mead simplex minimisation (Nelder & Mead 1965), with the standard coefficients:
 * reflection 1, expansion 2, contraction ½, shrink ½ (Lagarias et al. 1998, SIAM J. Optim.
 * 9(1), the method of MATLAB's fminsearch). Deterministic: the initial simplex steps each
 * coordinate by `step`; ties keep the earlier vertex.
 */

export interface NelderMeadOptions {
  /** Initial step along each coordinate. */
  readonly step?: number;
  readonly maxIterations?: number;
  /** Stop when the simplex's values differ by less than this. */
  readonly tolerance?: number;
}

/** The point of smallest f found, starting from x0. */
export function nelderMead(
  f: (x: Float64Array) => number,
  x0: Float64Array,
  { step = 0.05, maxIterations = 2000, tolerance = 1e-12 }: NelderMeadOptions = {},
): Float64Array {
  const n = x0.length;
  const points: Float64Array[] = [Float64Array.from(x0)];
  for (let i = 0; i < n; i++) {
    const p = Float64Array.from(x0);
    p[i] += p[i] + step <= 1 ? step : -step;
    points.push(p);
  }
  const values = points.map((p) => f(p));
  const centroid = new Float64Array(n);
  const along = (t: number): Float64Array => {
    const worst = points[n];
    const out = new Float64Array(n);
    for (let j = 0; j < n; j++) out[j] = centroid[j] + t * (worst[j] - centroid[j]);
    return out;
  };
  for (let iter = 0; iter < maxIterations; iter++) {
    const order = points.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
    const sortedPoints = order.map((i) => points[i]);
    const sortedValues = order.map((i) => values[i]);
    for (let i = 0; i <= n; i++) {
      points[i] = sortedPoints[i];
      values[i] = sortedValues[i];
    }
    if (values[n] - values[0] <= tolerance) break;
    centroid.fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += points[i][j] / n;
    const reflected = along(-1);
    const fr = f(reflected);
    if (fr < values[0]) {
      const expanded = along(-2);
      const fe = f(expanded);
      if (fe < fr) [points[n], values[n]] = [expanded, fe];
      else [points[n], values[n]] = [reflected, fr];
    } else if (fr < values[n - 1]) {
      [points[n], values[n]] = [reflected, fr];
    } else {
      const contracted = fr < values[n] ? along(-0.5) : along(0.5);
      const fc = f(contracted);
      if (fc < Math.min(fr, values[n])) [points[n], values[n]] = [contracted, fc];
      else {
        for (let i = 1; i <= n; i++) {
          for (let j = 0; j < n; j++) points[i][j] = points[0][j] + 0.5 * (points[i][j] - points[0][j]);
          values[i] = f(points[i]);
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i <= n; i++) if (values[i] < values[best]) best = i;
  return points[best];
}
