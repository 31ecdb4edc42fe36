/**
 * §1.1 Western production P_W(t) [H100e/month].
 *
 * Annual totals Y_y [H100e/year]: data for 2023–2026, then growth that eases from the 2027
 * rate toward a long-run rate:
 *   ln g_y = ln g_LR + (ln g_2027 − ln g_LR) · exp(−(y − 2027) / easingYears),  Y_y = Y_{y−1} · g_y.
 * Monthly values interpolate log-linearly between mid-year anchors a_y, so between two mid-years
 * the monthly value grows by the constant factor (a_{y+1}/a_y)^(1/12). The anchors are chosen so
 * that each whole year's twelve months sum to its annual total (mass-conserving): starting from
 * a_y = Y_y/12, a few fixed-point passes a_y ← a_y · Y_y / Σ_months(y), with each half-year's
 * sum in closed form (a geometric series). Without this a year of steep growth (2023: ~3.8x)
 * would sum ~8% above its total.
 * Horizon: the anchors always span 2022 … LAST_MODEL_YEAR + 1 (time.ts), whatever the run's
 * `end`. The passes rescale every whole year 2023 … LAST_MODEL_YEAR; the 2022 anchor (the
 * back-cast year) and the LAST_MODEL_YEAR + 1 anchor keep Y_y/12. So a month's value is the same
 * in a run to 2028-12 and in one to 2040-12. (A shorter run computes only the anchors that can
 * reach its months — solveAnchors — with the same bits.) The anchors depend only on the seven §1.1
 * parameters, so they are solved once and reused while those are unchanged (the scenarios of a
 * Monte Carlo draw share them).
 */

import { exp, log, pow } from './math/index.ts';
import { P } from './paramNames.ts';
import { EPOCH_YEAR, MONTHS_PER_YEAR } from './time.ts';
import { annualYear, WESTERN_ANCHOR_KEY_LENGTH, type Workspace } from './workspace.ts';

const FIRST_DATA_YEAR = 2023;
const LAST_DATA_YEAR = 2026;
/** Fixed-point passes: whole years then sum to their totals within ~0.02%. */
const ANCHOR_PASSES = 4;

/** Fills annual[0 … count − 1] (default: all of it); each year needs only the years before it. */
export function fillWesternAnnual(params: Float64Array, annual: Float64Array, count = annual.length): void {
  const gLR = log(params[P.westernGrowthLongRun]);
  const g27 = log(params[P.westernGrowth2027]);
  const easing = params[P.westernGrowthEasingYears];
  const data0 = params[P.westernProduction2023];
  const data1 = params[P.westernProduction2024];
  const firstDataSlot = P.westernProduction2023;
  for (let i = 0; i < count; i++) {
    const year = annualYear(i);
    if (year < FIRST_DATA_YEAR) {
      // before the data: back-cast at the 2023→2024 growth rate
      annual[i] = data0 * pow(data0 / data1, FIRST_DATA_YEAR - year);
    } else if (year <= LAST_DATA_YEAR) {
      // westernProduction2023…2026 occupy consecutive slots (paramNames.ts)
      annual[i] = params[firstDataSlot + (year - FIRST_DATA_YEAR)];
    } else {
      fillGrowthYears(annual, i, count, gLR, g27, easing);
      return;
    }
  }
}

/** annual[i] for the years after the data, from = the first of them … count − 1 (the easing growth). */
function fillGrowthYears(
  annual: Float64Array,
  from: number,
  count: number,
  gLR: number,
  g27: number,
  easing: number,
): void {
  for (let i = from; i < count; i++) {
    const year = annualYear(i);
    const lnGrowth = gLR + (g27 - gLR) * exp(-(year - LAST_DATA_YEAR - 1) / easing);
    annual[i] = annual[i - 1] * exp(lnGrowth);
  }
}

/** Writes productionWestern and productionNvidia for every month. */
export function fillWesternProduction(params: Float64Array, ws: Workspace): void {
  if (!anchorsAreFor(params, ws.westernAnchorKey)) solveAnchors(params, ws);
  const western = ws.series.productionWestern;
  const nvidia = ws.series.productionNvidia;
  const nvidiaShare = params[P.nvidiaShareOfWestern];
  const n = ws.nMonths;
  interpolateMonthly(ws.westernAnchors, western, n);
  for (let m = 0; m < n; m++) nvidia[m] = western[m] * nvidiaShare;
}

/** True when the anchors in the workspace were solved for these §1.1 parameters (NaN never matches). */
function anchorsAreFor(params: Float64Array, key: Float64Array): boolean {
  const first = P.westernProduction2023;
  for (let k = 0; k < WESTERN_ANCHOR_KEY_LENGTH; k++) if (key[k] !== params[first + k]) return false;
  return true;
}

/**
 * Highest anchor index a run of n months reads: month n − 1 lies on the segment from anchor
 * floor(0.5 + (n − 0.5)/12) to the next (interpolateMonthly).
 */
export function lastAnchorRead(nMonths: number): number {
  return Math.floor(0.5 + (nMonths - 0.5) / MONTHS_PER_YEAR) + 1;
}

/**
 * Annual totals and mass-conserving mid-year anchors, as solved over the whole span 2022 …
 * LAST_MODEL_YEAR + 1, but computed only as far as the run reads them. A pass sets anchor i from
 * anchors i − 1 … i + 1 of the pass before, so after the last pass anchor i depends on the starting
 * values up to i + ANCHOR_PASSES. Pass p (0-based) therefore updates anchors up to
 * lastRead + ANCHOR_PASSES − 1 − p (or the last updated anchor, last − 1, if that is lower), and
 * the anchors a run reads, 0 … lastRead, come out the same, to the bit, as from the whole span;
 * the anchors after lastRead are left part-solved and never read.
 */
function solveAnchors(params: Float64Array, ws: Workspace): void {
  const annual = ws.westernAnnual;
  const last = annual.length - 1;
  const lastRead = lastAnchorRead(ws.nMonths);
  const lastStart = Math.min(lastRead + ANCHOR_PASSES, last); // highest starting value any read anchor depends on
  fillWesternAnnual(params, annual, lastStart + 1);
  const monthsPerYear = MONTHS_PER_YEAR;
  const anchors = ws.westernAnchors;
  const julToDec = ws.westernHalfYearJulDec;
  const janToJun = ws.westernHalfYearJanJun;
  for (let i = 0; i <= lastStart; i++) anchors[i] = annual[i] / monthsPerYear;
  // annual[i] holds calendar year EPOCH_YEAR − 1 + i; its months are Jan–Jun on the segment from
  // anchor i−1 and Jul–Dec on the segment to anchor i+1. Whole years 1 … last − 1 are rescaled.
  for (let pass = 0; pass < ANCHOR_PASSES; pass++) {
    const upTo = Math.min(lastRead + ANCHOR_PASSES - 1 - pass, last - 1); // anchors this pass updates
    // segment i: months at fractions (j + 0.5)/12, j = 0…11, q = (a_{i+1}/a_i)^(1/12):
    //   Jul–Dec: Σ_{j=0..5} a_i q^(j+0.5) = a_i √q (1 − q^6)/(1 − q);  Jan–Jun: the same × q^6
    // q of every segment first, in loops that make one call each (inlined, nothing boxed): the
    // log ratio held in janToJun, q in julToDec, until the sums overwrite them
    fillLnRatio(janToJun, anchors, upTo);
    fillMonthlyFactor(julToDec, janToJun, upTo);
    for (let i = 0; i <= upTo; i++) {
      const a0 = anchors[i];
      const q = julToDec[i];
      const q3 = q * q * q;
      const q6 = q3 * q3;
      const julDec = Math.abs(q - 1) < 1e-12 ? 6 * a0 : (a0 * Math.sqrt(q) * (1 - q6)) / (1 - q);
      julToDec[i] = julDec;
      janToJun[i] = julDec * q6;
    }
    for (let i = 1; i <= upTo; i++) anchors[i] *= annual[i] / (janToJun[i - 1] + julToDec[i]);
  }
  const key = ws.westernAnchorKey;
  for (let k = 0; k < WESTERN_ANCHOR_KEY_LENGTH; k++) key[k] = params[P.westernProduction2023 + k];
}

/** lnRatio[i] = ln(anchors[i + 1] / anchors[i]) for i = 0 … upTo. */
function fillLnRatio(lnRatio: Float64Array, anchors: Float64Array, upTo: number): void {
  for (let i = 0; i <= upTo; i++) lnRatio[i] = log(anchors[i + 1] / anchors[i]);
}

/** factor[i] = exp(lnRatio[i] / 12), the monthly growth factor q of segment i, for i = 0 … upTo. */
function fillMonthlyFactor(factor: Float64Array, lnRatio: Float64Array, upTo: number): void {
  const monthsPerYear = MONTHS_PER_YEAR;
  for (let i = 0; i <= upTo; i++) factor[i] = exp(lnRatio[i] / monthsPerYear);
}

/**
 * Log-linear interpolation of monthly values between mid-year anchors. Month m's middle lies
 * (m + 0.5)/12 years after EPOCH_YEAR; anchors[i] (calendar year EPOCH_YEAR − 1 + i) sits at
 * its mid-year, so month m is on the segment from anchors[i0] to anchors[i0 + 1] with
 * i0 = floor(0.5 + (m + 0.5)/12). A new segment starts each July.
 */
function interpolateMonthly(anchors: Float64Array, out: Float64Array, n: number): void {
  const monthsPerYear = MONTHS_PER_YEAR;
  const offset = EPOCH_YEAR - annualYear(0) - 0.5;
  let segment = -1;
  let value = 0;
  let monthlyFactor = 1;
  for (let m = 0; m < n; m++) {
    const pos = offset + (m + 0.5) / monthsPerYear;
    const i0 = Math.floor(pos);
    if (i0 !== segment) {
      segment = i0;
      const lnSlope = log(anchors[i0 + 1] / anchors[i0]);
      value = anchors[i0] * exp(lnSlope * (pos - i0));
      monthlyFactor = exp(lnSlope / monthsPerYear);
    } else {
      value *= monthlyFactor;
    }
    out[m] = value;
  }
}
