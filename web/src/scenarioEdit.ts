/** Reading and changing one column's scenario in the page state (a LinkScenario). */
import {
  LEVER_NAMES,
  type LeverName,
  type LinkScenario,
  type LinkScenarioFields,
  type LinkState,
  type ParamName,
  type ParamRange,
  type ScenarioFile,
} from './lib.ts';
import { LINK_CONTEXT } from './linkContext.ts';

type LeverSettings = NonNullable<ScenarioFile['levers']>;
type LeverSetting = NonNullable<LeverSettings[LeverName]>;
export type LeverValue = string | number | boolean;

export interface LeverTimingInput {
  readonly from?: string;
  readonly rampMonths?: number;
}

/** The preset's file with the column's fields laid over it (levers and params key by key). */
export function effectiveFile(sc: LinkScenario): ScenarioFile {
  const base: ScenarioFile = sc.preset === null ? {} : (LINK_CONTEXT.presetFile(sc.preset) ?? {});
  return {
    ...base,
    ...sc.fields,
    levers: { ...base.levers, ...sc.fields.levers },
    params: { ...base.params, ...sc.fields.params },
    ranges: { ...base.ranges, ...sc.fields.ranges },
  };
}

export function leverValueOf(setting: LeverSetting | undefined): LeverValue | undefined {
  if (setting === undefined) return undefined;
  return typeof setting === 'object' ? (setting.value as LeverValue) : (setting as LeverValue);
}

export function leverTimingOf(setting: LeverSetting | undefined): LeverTimingInput {
  if (setting === undefined || typeof setting !== 'object') return {};
  const { from, rampMonths } = setting as LeverTimingInput;
  return { ...(from ? { from } : {}), ...(rampMonths ? { rampMonths } : {}) };
}

/** The setting: the plain value, or the long form when the lever has its own timing. */
export function leverSetting(value: LeverValue, timing: LeverTimingInput): LeverSetting {
  if (timing.from === undefined && timing.rampMonths === undefined) return value as LeverSetting;
  return { value, ...timing } as LeverSetting;
}

/** Fields that change a scenario's policy: a preset's title no longer describes it once one is set. */
const POLICY_FIELDS = ['levers', 'policyStart', 'rampMonths'] as const;

/**
 * The column's fields with `change` laid over them. A change of policy to a preset column that
 * has no title of its own gives it "<preset title> — edited", so the page, the downloaded YAML
 * and results.json do not call an edited scenario by the preset's description.
 */
export function withFields(state: LinkState, column: number, change: Partial<LinkScenarioFields>): LinkState {
  return {
    ...state,
    scenarios: state.scenarios.map((sc, i) => {
      if (i !== column) return sc;
      const fields = { ...sc.fields, ...change };
      const presetTitle = sc.preset === null ? undefined : LINK_CONTEXT.presetFile(sc.preset)?.title;
      const policyChanged = POLICY_FIELDS.some((key) => key in change);
      if (policyChanged && sc.fields.title === undefined && presetTitle !== undefined)
        return { ...sc, fields: { ...fields, title: `${presetTitle} — edited` } };
      return { ...sc, fields };
    }),
  };
}

export function withLever(
  state: LinkState,
  column: number,
  name: LeverName,
  setting: LeverSetting,
): LinkState {
  const sc = state.scenarios[column];
  return withFields(state, column, { levers: { ...sc.fields.levers, [name]: setting } as LeverSettings });
}

/** Pins (or un-pins, with undefined) a parameter in every column, so scenarios stay paired. */
export function withPin(state: LinkState, name: ParamName, value: number | undefined): LinkState {
  return {
    ...state,
    scenarios: state.scenarios.map((sc) => {
      const file = effectiveFile(sc);
      const params: Record<string, number> = { ...file.params };
      const ranges: Record<string, ParamRange> = { ...(file.ranges as Record<string, ParamRange>) };
      if (value === undefined) delete params[name];
      else {
        params[name] = value;
        delete ranges[name];
      }
      // the whole map is written: un-pinning a preset's pin must survive the compaction
      return { ...sc, fields: { ...sc.fields, params, ranges } };
    }),
  };
}

/**
 * Gives a parameter your range (or back the table's, with undefined) in every column, so the
 * scenarios stay paired; a range replaces a pin of the same parameter.
 */
export function withRange(state: LinkState, name: ParamName, range: ParamRange | undefined): LinkState {
  return {
    ...state,
    scenarios: state.scenarios.map((sc) => {
      const file = effectiveFile(sc);
      const ranges: Record<string, ParamRange> = { ...(file.ranges as Record<string, ParamRange>) };
      const params: Record<string, number> = { ...file.params };
      if (range === undefined) delete ranges[name];
      else {
        ranges[name] = range;
        delete params[name];
      }
      return { ...sc, fields: { ...sc.fields, params, ranges } };
    }),
  };
}

/** A column set to a preset, with nothing changed. */
export function withPreset(state: LinkState, column: number, preset: string): LinkState {
  // your beliefs (pins and ranges) hold in every column
  const { params, ranges } = state.scenarios[0]?.fields ?? {};
  return {
    ...state,
    scenarios: state.scenarios.map((sc, i) =>
      i === column
        ? { preset, fields: { ...(params ? { params } : {}), ...(ranges ? { ranges } : {}) } }
        : sc,
    ),
  };
}

export { LEVER_NAMES };
