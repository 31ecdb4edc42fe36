/**
 * §1.1 Western production P_W(t) [H100e/month].
 *
 * Annual totals Y_y [H100e/year]: data for 2023–2026, then growth that eases from the 2027
 * rate toward a long-run rate:
 *   ln g_y = ln g_LR + (ln g_2027 − ln g_LR) · exp(−(y − 2027) / easingYears),  Y_y = Y_{y−1} · g_y.
 * Monthly values interpolate log-linearly between annual rates Y_y / 12 placed at mid-year, so
 * between two mid-years the monthly value grows by the constant factor (Y_{y+1}/Y_y)^(1/12).
 */
import { P } from './paramNames.ts';
import { EPOCH_YEAR, MONTHS_PER_YEAR } from './time.ts';
import { annualYear, type Workspace } from './workspace.ts';

const FIRST_DATA_YEAR = 2023;
const LAST_DATA_YEAR = 2026;

export function fillWesternAnnual(params: Float64Array, annual: Float64Array): void {
  const gLR = Math.log(params[P.westernGrowthLongRun]);
  const g27 = Math.log(params[P.westernGrowth2027]);
  const easing = params[P.westernGrowthEasingYears];
  const data0 = params[P.westernProduction2023];
  const data1 = params[P.westernProduction2024];
  const firstDataSlot = P.westernProduction2023;
  for (let i = 0; i < annual.length; i++) {
    const year = annualYear(i);
    if (year < FIRST_DATA_YEAR) {
      // before the data: back-cast at the 2023→2024 growth rate
      annual[i] = data0 * (data0 / data1) ** (FIRST_DATA_YEAR - year);
    } else if (year <= LAST_DATA_YEAR) {
      // westernProduction2023…2026 occupy consecutive slots (paramNames.ts)
      annual[i] = params[firstDataSlot + (year - FIRST_DATA_YEAR)];
    } else {
      const lnGrowth = gLR + (g27 - gLR) * Math.exp(-(year - LAST_DATA_YEAR - 1) / easing);
      annual[i] = annual[i - 1] * Math.exp(lnGrowth);
    }
  }
}

/** Writes productionWestern and productionNvidia for every month. */
export function fillWesternProduction(params: Float64Array, ws: Workspace): void {
  const annual = ws.westernAnnual;
  fillWesternAnnual(params, annual);
  const western = ws.series.productionWestern;
  const nvidia = ws.series.productionNvidia;
  const nvidiaShare = params[P.nvidiaShareOfWestern];
  const monthsPerYear = MONTHS_PER_YEAR;
  const n = ws.nMonths;
  // Month m's middle lies (m + 0.5)/12 years after EPOCH_YEAR; the mid-year anchor of the
  // calendar year in annual[i] is at annualYear(i) + 0.5. Month m sits in the segment from the
  // anchor of annual[i0] to that of annual[i0 + 1], with i0 = floor(pos), pos = 0.5 + (m + 0.5)/12
  // (annual[0] is EPOCH_YEAR − 1). A new segment starts at each July.
  const offset = EPOCH_YEAR - annualYear(0) - 0.5;
  let segment = -1;
  let value = 0;
  let monthlyFactor = 1;
  for (let m = 0; m < n; m++) {
    const pos = offset + (m + 0.5) / monthsPerYear;
    const i0 = Math.floor(pos);
    if (i0 !== segment) {
      segment = i0;
      const ln0 = Math.log(annual[i0] / monthsPerYear);
      const lnSlope = Math.log(annual[i0 + 1] / annual[i0]);
      value = Math.exp(ln0 + lnSlope * (pos - i0));
      monthlyFactor = Math.exp(lnSlope / monthsPerYear);
    } else {
      value *= monthlyFactor;
    }
    western[m] = value;
    nvidia[m] = value * nvidiaShare;
  }
}
