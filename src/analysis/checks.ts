/**
 * The paper checks PC1–PC8 (spec §9), run at central parameters. Each check states its target,
 * the model's value, and whether it passes. Property checks have a null value and target.
 */
import { monthIndex, type ParamName } from '../core/index.ts';
import type { Levers } from '../scenario/levers.ts';
import { at, meanOverYear } from './calendar.ts';
import { type Check, type CheckContext, runPreset } from './checkTypes.ts';
import { FRONT_CHECKS } from './frontChecks.ts';
import type { CheckResult } from './results.ts';
import { huaweiShareOfNvidia } from './summary.ts';

export type { Check, CheckContext, PresetName, ScenarioOverrides } from './checkTypes.ts';

function inRange(value: number, lo: number | null, hi: number | null): boolean {
  return Number.isFinite(value) && (lo === null || value >= lo) && (hi === null || value <= hi);
}

function rangeCheck(
  id: string,
  description: string,
  source: string,
  target: [number | null, number | null],
  measure: (ctx: CheckContext) => { value: number; extraPass?: boolean; detail?: string },
): Check {
  return {
    id,
    description,
    source,
    run(ctx) {
      const { value, extraPass = true, detail } = measure(ctx);
      const result: CheckResult = {
        id,
        description,
        value,
        target,
        pass: inRange(value, target[0], target[1]) && extraPass,
        source,
      };
      if (detail !== undefined) result.detail = detail;
      return result;
    },
  };
}

/** Single-lever tightenings from baseline that the paper says can only help the US (PC7). */
export const TIGHTENINGS: readonly { readonly label: string; readonly levers: Partial<Levers> }[] = [
  { label: 'chipExports none', levers: { chipExports: 'none' } },
  { label: 'smugglingEnforcement 3', levers: { smugglingEnforcement: 3 } },
  { label: 'locationVerification true', levers: { locationVerification: true } },
  { label: 'remoteAccess closed', levers: { remoteAccess: 'closed' } },
  { label: 'smeControls tightened', levers: { smeControls: 'tightened' } },
  { label: 'hbmControls tightened', levers: { hbmControls: 'tightened' } },
  { label: 'distillationDeterrence 0.9', levers: { distillationDeterrence: 0.9 } },
];

const LEAD_2028 = monthIndex(2028, 12);

/**
 * Lead change at 2028-12 from each single tightening, for the given parameter overrides.
 * Tolerance: a change above −1e-9 months counts as "not shorter" (floating-point noise).
 */
export function tighteningEffects(
  ctx: CheckContext,
  params?: Partial<Record<ParamName, number>>,
): { label: string; deltaMonths: number }[] {
  const base = runPreset(ctx, 'baseline', { params }).series.leadMonths[LEAD_2028];
  return TIGHTENINGS.map(({ label, levers }) => ({
    label,
    deltaMonths: runPreset(ctx, 'baseline', { levers, params }).series.leadMonths[LEAD_2028] - base,
  }));
}

export const NOT_SHORTER_TOLERANCE_MONTHS = 1e-9;

export const PAPER_CHECKS: readonly Check[] = [
  rangeCheck('PC1', "Huawei's annual compute as % of NVIDIA's, 2026 (baseline)", 'P01', [3, 5], (ctx) => ({
    value: 100 * huaweiShareOfNvidia(runPreset(ctx, 'baseline'), 2026),
  })),
  rangeCheck('PC2', "Huawei's annual compute as % of NVIDIA's, 2027 (baseline)", 'P02', [1.5, 3], (ctx) => ({
    value: 100 * huaweiShareOfNvidia(runPreset(ctx, 'baseline'), 2027),
  })),
  rangeCheck('PC3', 'US:PRC accessible-compute ratio, 2026 average (scenario-one)', 'P03', [8, 16], (ctx) => {
    const s = runPreset(ctx, 'scenario-one').series;
    return { value: meanOverYear(s.computeRatio, 2026) };
  }),
  rangeCheck('PC4', 'US lead at 2026-05, months (baseline)', 'P09', [3, 9], (ctx) => ({
    value: at(runPreset(ctx, 'baseline').series.leadMonths, 2026, 5),
  })),
  rangeCheck(
    'PC5',
    'US lead at 2028-12, months (scenario-one), and still growing',
    'P08',
    [12, 24],
    (ctx) => {
      const lead = runPreset(ctx, 'scenario-one').series.leadMonths;
      const growing = at(lead, 2028, 12) > at(lead, 2027, 12);
      return {
        value: at(lead, 2028, 12),
        extraPass: growing,
        detail: `lead 2027-12 ${at(lead, 2027, 12).toFixed(2)} → 2028-12 ${at(lead, 2028, 12).toFixed(2)} (${growing ? 'growing' : 'not growing'})`,
      };
    },
  ),
  rangeCheck('PC6', 'US lead at 2028-12, months (scenario-two)', 'P10', [null, 4], (ctx) => ({
    value: at(runPreset(ctx, 'scenario-two').series.leadMonths, 2028, 12),
  })),
  {
    id: 'PC7',
    description: 'Each lever tightened alone from baseline never shortens the 2028-12 lead',
    source: 'paper',
    run(ctx) {
      const effects = tighteningEffects(ctx);
      const worst = effects.reduce((a, b) => (b.deltaMonths < a.deltaMonths ? b : a));
      return {
        id: 'PC7',
        description: this.description,
        value: null,
        target: null,
        pass: worst.deltaMonths > -NOT_SHORTER_TOLERANCE_MONTHS,
        source: this.source,
        detail: effects
          .map((e) => `${e.label} ${e.deltaMonths >= 0 ? '+' : ''}${e.deltaMonths.toFixed(2)}`)
          .join('; '),
      };
    },
  },
  {
    id: 'PC8',
    description: 'Less PRC compute never raises the distillation term θ',
    source: 'paper',
    run(ctx) {
      // Compare baseline with scenario-one (less PRC compute) month by month: wherever PRC
      // training compute is lower, θ must not be higher.
      const base = runPreset(ctx, 'baseline').series;
      const less = runPreset(ctx, 'scenario-one').series;
      let violations = 0;
      let compared = 0;
      for (let m = 0; m < base.trainingFlopCN.length; m++) {
        if (less.trainingFlopCN[m] <= base.trainingFlopCN[m]) {
          compared++;
          if (less.distillThreshold[m] > base.distillThreshold[m]) violations++;
        }
      }
      const deterrenceMonth = monthIndex(2028, 12);
      const kappaDrop = base.catchUpRateCN[deterrenceMonth] - less.catchUpRateCN[deterrenceMonth];
      return {
        id: 'PC8',
        description: this.description,
        value: null,
        target: null,
        pass: violations === 0 && compared > 0,
        source: this.source,
        detail: `${compared} months with less PRC compute, ${violations} with higher θ; κ_CN at 2028-12 ${kappaDrop >= 0 ? 'lower' : 'higher'} by ${Math.abs(kappaDrop).toFixed(3)}/yr in scenario-one`,
      };
    },
  },
];

/** PC1–PC8 then FC1–FC3 (frontChecks.ts): the table `leadline check` prints. */
export const ALL_CHECKS: readonly Check[] = [...PAPER_CHECKS, ...FRONT_CHECKS];

export function runChecks(ctx: CheckContext, checks: readonly Check[] = ALL_CHECKS): CheckResult[] {
  return checks.map((check) => check.run(ctx));
}
