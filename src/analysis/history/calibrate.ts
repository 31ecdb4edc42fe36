/**
 * The calibration procedure, run by `leadline calibrate` (and `npm run calibrate`): the
 * parameters marked "calibrated" that measured history identifies are fitted to the
 * observations whose window ends at or before a cutoff month, and to nothing else.
 *
 *   objective   S(θ) = Σ_k z_k(θ)²  over observations k with endMonth ≤ cutoff, where z is the
 *               standardised residual of errorModel.ts and the model runs the baseline at
 *               central parameters with θ in place (the history before 2026-07 is the same in
 *               every preset)
 *   search      each parameter within its prior interval (uniform, triangular, beta: low–high;
 *               lognormal: p5/2 – 2·p95), in logs when that interval spans more than a factor 4;
 *               coordinate descent, SWEEPS sweeps in table order (per coordinate a grid of
 *               GRID_POINTS points, then golden-section refinement between the best point's
 *               neighbours, GOLDEN_STEPS steps), then Nelder–Mead (nelderMead.ts) over all
 *               fitted parameters together, in coordinates scaled to [0, 1] on their intervals,
 *               to follow the ridges along which coupled parameters (a run share's level and
 *               trend) trade off
 *   identified  a parameter is fitted only when S varies by at least MIN_OBJECTIVE_RANGE over its
 *               interval at the start of the procedure; otherwise it keeps its table value
 *   conflicts   a fitted value on the edge of its interval (the data pull past the prior range,
 *               which is not widened), and observations with |z| > 2 at the fit (the data and
 *               the model's sourced inputs disagree; the inputs are not changed)
 *
 * Deterministic: no randomness; the same observations and cutoff give the same values.
 */
import { createWorkspace, N_PARAMS, P, type ParamName, simulate } from '../../core/index.ts';
import { exp, log as ln } from '../../core/math/index.ts';
import { PARAM_TABLE, paramSpec } from '../../params/index.ts';
import type { ResolvedScenario } from '../../scenario/index.ts';
import { residual } from './errorModel.ts';
import { readObservations } from './historyDraws.ts';
import { nelderMead } from './nelderMead.ts';
import type { Observation } from './observations.ts';
import { type QuantityName, QuantityReader } from './quantities.ts';

export const SWEEPS = 3;
export const GRID_POINTS = 25;
export const GOLDEN_STEPS = 30;
/** S must vary by at least this over a parameter's interval for the data to identify it. */
export const MIN_OBJECTIVE_RANGE = 0.5;
/** |z| above which an observation is reported as in conflict with the fitted model. */
export const CONFLICT_Z = 2;

/** The calibrated parameters this procedure fits, and the quantities that identify each. */
export const CALIBRATION_TARGETS: readonly {
  readonly name: ParamName;
  readonly identifiedBy: readonly QuantityName[];
}[] = [
  { name: 'ascendWaferShare', identifiedBy: ['huaweiProductionH100e', 'huaweiChips'] },
  { name: 'hbmStockpileDrawdownMonths', identifiedBy: ['huaweiProductionH100e', 'huaweiChips'] },
  { name: 'hbmDomesticChips2026', identifiedBy: ['huaweiProductionH100e', 'huaweiChips'] },
  { name: 'hbmDomesticGrowth', identifiedBy: ['huaweiProductionH100e', 'huaweiChips'] },
  { name: 'largestRunShareUS2025', identifiedBy: ['trainingFlopUS'] },
  { name: 'largestRunShareGrowthUS', identifiedBy: ['trainingFlopUS'] },
  { name: 'largestRunShareCN2025', identifiedBy: ['trainingFlopCN'] },
  { name: 'largestRunShareGrowthCN', identifiedBy: ['trainingFlopCN'] },
  { name: 'distillationPerYear', identifiedBy: ['leadMonths', 'openWeightLagMonths'] },
];

/** The other "calibrated" parameters, and why this procedure leaves them alone. */
export function notRefitted(): { name: ParamName; calibratedTo: string; reason: string }[] {
  const fitted = new Set(CALIBRATION_TARGETS.map((t) => t.name));
  return PARAM_TABLE.filter((s) => s.calibrated !== undefined && !fitted.has(s.name)).map((s) => ({
    name: s.name,
    calibratedTo: s.calibrated ?? '',
    reason:
      'a fronts parameter, fitted to data/fronts-calibration.csv (checked by test/core/frontsCalibration.test.ts); observed.csv has no series for it',
  }));
}

export interface FittedParameter {
  readonly name: ParamName;
  readonly unit: string;
  readonly tableValue: number;
  readonly fittedValue: number;
  readonly interval: readonly [number, number];
  readonly logSearch: boolean;
  /** False when the observations up to the cutoff do not move the objective: the table value is kept. */
  readonly identified: boolean;
  /** The fit sits at an end of the interval. */
  readonly atEdge: boolean;
  /** What the table says it is calibrated to. */
  readonly calibratedTo: string;
}

export interface ObservationConflict {
  readonly id: string;
  readonly quantity: QuantityName;
  readonly z: number;
}

export interface CalibrationResult {
  readonly cutoffMonth: number;
  /** Observations with endMonth ≤ cutoff (the fit's data). */
  readonly fittedTo: readonly string[];
  readonly parameters: readonly FittedParameter[];
  readonly objectiveAtTable: number;
  readonly objectiveAtFit: number;
  /** The fitted central parameter vector (the scenario's, with the fitted values in place). */
  readonly params: Float64Array;
  readonly conflicts: readonly ObservationConflict[];
  readonly notRefitted: readonly { name: ParamName; calibratedTo: string; reason: string }[];
}

/** The search interval of a parameter (see the header). */
export function searchInterval(name: ParamName): { interval: [number, number]; log: boolean } {
  const spec = paramSpec(name);
  const d = spec.dist;
  let [lo, hi] =
    d.kind === 'lognormal90'
      ? [d.p5 / 2, d.p95 * 2]
      : d.kind === 'fixed'
        ? [spec.central, spec.central]
        : [d.low, d.high];
  lo = Math.max(lo, spec.range[0]);
  hi = Math.min(hi, spec.range[1]);
  return { interval: [lo, hi], log: lo > 0 && hi / lo > 4 };
}

/** Evaluates S(θ) for one scenario's history: a reusable closure over a workspace. */
export function historyObjective(
  resolved: ResolvedScenario,
  observations: readonly Observation[],
): (params: Float64Array) => number {
  const ws = createWorkspace(resolved.nMonths);
  const reader = new QuantityReader(resolved.nMonths);
  const values = new Float64Array(observations.length);
  return (params) => {
    simulate(params, resolved.schedule, ws);
    reader.load(ws.series);
    readObservations(reader, observations, values);
    let sum = 0;
    for (let k = 0; k < observations.length; k++) {
      const z = residual(observations[k], values[k]);
      sum += Number.isFinite(z) ? z * z : 1e12;
    }
    return sum;
  };
}

/** Runs the procedure on `resolved` (the baseline) with the observations up to `cutoffMonth`. */
export function calibrate(
  resolved: ResolvedScenario,
  observations: readonly Observation[],
  cutoffMonth: number,
  targets: typeof CALIBRATION_TARGETS = CALIBRATION_TARGETS,
): CalibrationResult {
  const used = observations.filter((o) => o.endMonth <= cutoffMonth && o.endMonth < resolved.nMonths);
  const objective = historyObjective(resolved, used);
  const params = Float64Array.from(resolved.params);
  if (params.length !== N_PARAMS) throw new RangeError('bad parameter vector');
  const objectiveAtTable = objective(params);

  const searches = targets.map((t) => ({ ...t, ...searchInterval(t.name) }));
  // Identification: does S move across the interval, starting from the table values?
  const identified = searches.map((s) => {
    const slot = P[s.name];
    const saved = params[slot];
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const x of gridOf(s.interval, s.log)) {
      params[slot] = x;
      const v = objective(params);
      if (v < min) min = v;
      if (v > max) max = v;
    }
    params[slot] = saved;
    return used.some((o) => s.identifiedBy.includes(o.quantity)) && max - min >= MIN_OBJECTIVE_RANGE;
  });

  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    searches.forEach((s, i) => {
      if (identified[i])
        params[P[s.name]] = minimiseCoordinate(objective, params, P[s.name], s.interval, s.log);
    });
  }
  const free = searches.filter((_, i) => identified[i]);
  if (free.length > 0) {
    const toUnit = (s: (typeof free)[number], x: number) => {
      const [lo, hi] = s.interval;
      return s.log ? ln(x / lo) / ln(hi / lo) : (x - lo) / (hi - lo);
    };
    const place = (t: Float64Array) => {
      free.forEach((s, j) => {
        params[P[s.name]] = fromUnit(Math.min(1, Math.max(0, t[j])), s.interval[0], s.interval[1], s.log);
      });
    };
    const start = Float64Array.from(free.map((s) => toUnit(s, params[P[s.name]])));
    const best = nelderMead((t) => {
      place(t);
      // Outside [0, 1] the parameter is clamped; the distance outside is penalised so the simplex turns back.
      let outside = 0;
      for (const x of t) outside += Math.max(0, -x, x - 1);
      return objective(params) + 1e3 * outside;
    }, start);
    place(best);
  }
  const objectiveAtFit = objective(params);

  const conflicts: ObservationConflict[] = [];
  const check = historyObjectiveResiduals(resolved, used, params);
  used.forEach((o, k) => {
    if (Math.abs(check[k]) > CONFLICT_Z) conflicts.push({ id: o.id, quantity: o.quantity, z: check[k] });
  });

  return {
    cutoffMonth,
    fittedTo: used.map((o) => o.id),
    parameters: searches.map((s, i) => {
      const spec = paramSpec(s.name);
      const fitted = params[P[s.name]];
      const [lo, hi] = s.interval;
      const edge = (hi - lo) * 1e-3;
      return {
        name: s.name,
        unit: spec.unit,
        tableValue: resolved.params[P[s.name]],
        fittedValue: fitted,
        interval: s.interval,
        logSearch: s.log,
        identified: identified[i],
        atEdge: identified[i] && (fitted - lo <= edge || hi - fitted <= edge),
        calibratedTo: spec.calibrated ?? '',
      };
    }),
    objectiveAtTable,
    objectiveAtFit,
    params,
    conflicts,
    notRefitted: notRefitted(),
  };
}

/** Standardised residuals of each observation for one parameter vector. */
export function historyObjectiveResiduals(
  resolved: ResolvedScenario,
  observations: readonly Observation[],
  params: Float64Array,
): number[] {
  const ws = simulate(params, resolved.schedule, createWorkspace(resolved.nMonths));
  const reader = new QuantityReader(resolved.nMonths);
  reader.load(ws.series);
  const values = new Float64Array(observations.length);
  readObservations(reader, observations, values);
  return observations.map((o, k) => residual(o, values[k]));
}

function gridOf([lo, hi]: readonly [number, number], log: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < GRID_POINTS; i++) out.push(fromUnit(i / (GRID_POINTS - 1), lo, hi, log));
  return out;
}

/** x at position t ∈ [0, 1] of the interval, linearly or in logs. */
function fromUnit(t: number, lo: number, hi: number, log: boolean): number {
  return log ? exp(ln(lo) + t * (ln(hi) - ln(lo))) : lo + t * (hi - lo);
}

/** Minimises objective over params[slot] (grid, then golden section); leaves params[slot] at the best. */
function minimiseCoordinate(
  objective: (params: Float64Array) => number,
  params: Float64Array,
  slot: number,
  [lo, hi]: readonly [number, number],
  log: boolean,
): number {
  const at = (t: number) => {
    params[slot] = fromUnit(t, lo, hi, log);
    return objective(params);
  };
  const start = params[slot];
  let bestT = Number.NaN;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < GRID_POINTS; i++) {
    const t = i / (GRID_POINTS - 1);
    const v = at(t);
    if (v < best) {
      best = v;
      bestT = t;
    }
  }
  // Golden-section search on [bestT − h, bestT + h] (h: one grid step), clipped to [0, 1].
  const h = 1 / (GRID_POINTS - 1);
  let a = Math.max(0, bestT - h);
  let b = Math.min(1, bestT + h);
  const r = (Math.sqrt(5) - 1) / 2;
  let c = b - r * (b - a);
  let d = a + r * (b - a);
  let fc = at(c);
  let fd = at(d);
  for (let i = 0; i < GOLDEN_STEPS; i++) {
    if (fc <= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - r * (b - a);
      fc = at(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + r * (b - a);
      fd = at(d);
    }
  }
  const candidates: [number, number][] = [
    [bestT, best],
    [c, fc],
    [d, fd],
  ];
  candidates.sort((x, y) => x[1] - y[1] || x[0] - y[0]);
  const winner = fromUnit(candidates[0][0], lo, hi, log);
  // Never leave a coordinate worse than it started.
  params[slot] = start;
  const startValue = objective(params);
  return candidates[0][1] <= startValue ? winner : start;
}
