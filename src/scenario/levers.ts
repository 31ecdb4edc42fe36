/**
 * §7 The paper's policy levers: ONE table. The `Levers` type, the names, the help text, the
 * scenario schema (schema.ts), the lever → schedule mapping (schedule.ts), the tests' lever
 * generator (test/helpers/leverDraws.ts) and the policy analyses' intensity order are all
 * built from LEVER_TABLE; adding a lever is adding a row.
 *
 * Intensity order (used by `leadline target`, docs/MODEL.md §11): each lever's values from the
 * least to the most US policy effort against PRC catch-up — fewer chips licensed, more
 * enforcement, verification on, remote access closed, controls tightened, more deterrence, more
 * promotion. A "least policy" loosens a lever by moving it down this order.
 */
import type { ChannelName } from '../core/index.ts';

export const EXPORT_TIERS = ['none', 'h20', 'h200', 'blackwell'] as const;
export type ExportTier = (typeof EXPORT_TIERS)[number];

export const CONTROL_LEVELS = ['loosened', 'current', 'tightened'] as const;
export type ControlLevel = (typeof CONTROL_LEVELS)[number];

export const REMOTE_ACCESS = ['open', 'closed'] as const;
export type RemoteAccess = (typeof REMOTE_ACCESS)[number];

/** Control level → intensity on the engine's channel (−1 loosened, 0 current, +1 tightened). */
export const CONTROL_INTENSITY: Readonly<Record<ControlLevel, number>> = {
  loosened: -1,
  current: 0,
  tightened: 1,
};

/** Values of schedule channels a lever setting asks for. */
export type ChannelValues = Partial<Record<ChannelName, number>>;

/** Who pulls the lever: the policy searches vary only the US's levers. */
export type LeverActor = 'US' | 'PRC';

interface LeverRowBase {
  /** Plain-words description, for --help, docs, the JSON Schema and tables. */
  readonly help: string;
  readonly actor: LeverActor;
  /**
   * Where the lever acts: 'intelligence' — compute, catch-up and so the lead (§1–§2); 'fronts'
   * — only the other fronts (§3–§4), whose pass runs after the lead is computed, so the lever
   * cannot move the lead (test/scenario/leverTable.test.ts holds the engine to this).
   */
  readonly acts: 'intelligence' | 'fronts';
  /**
   * How a ramp blends the channel from its historical value to the target: linear, or in logs
   * (a multiple, such as an enforcement budget): v = exp(ln v₀ (1 − w) + ln v₁ w).
   */
  readonly blend: 'linear' | 'log';
}

/** A lever with named values. `values` in display order; `intensity` least → most US effort. */
export interface ChoiceLeverRow<T extends string> extends LeverRowBase {
  readonly kind: 'choice';
  readonly values: readonly [T, ...T[]];
  readonly intensity: readonly [T, ...T[]];
  channels(value: T): ChannelValues;
}

/** An on/off lever: false < true in intensity. */
export interface BooleanLeverRow extends LeverRowBase {
  readonly kind: 'boolean';
  channels(value: boolean): ChannelValues;
}

/** A numeric lever in [low, high]; intensity grows with the value. */
export interface NumberLeverRow extends LeverRowBase {
  readonly kind: 'number';
  readonly range: readonly [number, number];
  readonly unit: string;
  /** Values the least-policy search tries, ascending (judgement: a coarse grid over the range). */
  readonly grid: readonly number[];
  channels(value: number): ChannelValues;
}

export type LeverRow = ChoiceLeverRow<string> | BooleanLeverRow | NumberLeverRow;

function choice<const T extends string>(row: Omit<ChoiceLeverRow<T>, 'kind'>): ChoiceLeverRow<T> {
  return { kind: 'choice', ...row };
}
function onOff(row: Omit<BooleanLeverRow, 'kind'>): BooleanLeverRow {
  return { kind: 'boolean', ...row };
}
function number(row: Omit<NumberLeverRow, 'kind'>): NumberLeverRow {
  return { kind: 'number', ...row };
}

const UNIT_INTERVAL = [0, 1] as const;
const UNIT_GRID = [0, 0.25, 0.5, 0.75, 1] as const;

/** The lever table. Order is the order of scenario files, docs and tables. */
export const LEVER_TABLE = {
  /** Most capable chip class licensed for export to the PRC (priority 1). */
  chipExports: choice({
    help: 'most capable NVIDIA-class chip licensed for the PRC: none | h20 | h200 | blackwell',
    actor: 'US',
    acts: 'intelligence',
    blend: 'linear',
    values: EXPORT_TIERS,
    intensity: ['blackwell', 'h200', 'h20', 'none'],
    // One-hot tier weights: a ramp moves volume from one tier to the next.
    channels: (tier) => ({
      tierNone: tier === 'none' ? 1 : 0,
      tierH20: tier === 'h20' ? 1 : 0,
      tierH200: tier === 'h200' ? 1 : 0,
      tierBlackwell: tier === 'blackwell' ? 1 : 0,
    }),
  }),
  /** Smuggling-enforcement budget as a multiple of 2025's (priority 1). */
  smugglingEnforcement: number({
    help: 'anti-smuggling enforcement as a multiple of the 2025 budget (≥ 0.1; 1 = 2025)',
    actor: 'US',
    acts: 'intelligence',
    blend: 'log',
    range: [0.1, 10],
    unit: '× 2025 budget',
    grid: [0.5, 1, 2, 3, 5, 10],
    channels: (multiple) => ({ enforcement: multiple }),
  }),
  /** Chip location verification required (priority 1). */
  locationVerification: onOff({
    help: 'chips must verify their location: true | false',
    actor: 'US',
    acts: 'intelligence',
    blend: 'linear',
    channels: (required) => ({ locationVerification: required ? 1 : 0 }),
  }),
  /** PRC labs may rent Western compute in third countries (priority 1). */
  remoteAccess: choice({
    help: 'PRC labs may rent Western compute in third-country data centres: open | closed',
    actor: 'US',
    acts: 'intelligence',
    blend: 'linear',
    values: REMOTE_ACCESS,
    intensity: ['open', 'closed'],
    channels: (access) => ({ remoteAccessClosed: access === 'closed' ? 1 : 0 }),
  }),
  /** Semiconductor-manufacturing-equipment controls (priority 1). */
  smeControls: choice({
    help: 'chip-making equipment controls (DUV tools, servicing): loosened | current | tightened',
    actor: 'US',
    acts: 'intelligence',
    blend: 'linear',
    values: CONTROL_LEVELS,
    intensity: CONTROL_LEVELS,
    channels: (level) => ({ smeControls: CONTROL_INTENSITY[level] }),
  }),
  /** High-bandwidth-memory controls (priority 1). */
  hbmControls: choice({
    help: 'high-bandwidth-memory controls: loosened | current | tightened',
    actor: 'US',
    acts: 'intelligence',
    blend: 'linear',
    values: CONTROL_LEVELS,
    intensity: CONTROL_LEVELS,
    channels: (level) => ({ hbmControls: CONTROL_INTENSITY[level] }),
  }),
  /** Legal clarity, detection and threat sharing against distillation, 0..1 (priority 2). */
  distillationDeterrence: number({
    help: 'deterrence of distillation attacks on US models, 0 (none) to 1 (full)',
    actor: 'US',
    acts: 'intelligence',
    blend: 'linear',
    range: UNIT_INTERVAL,
    unit: 'fraction of full deterrence',
    grid: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
    channels: (level) => ({ distillationDeterrence: level }),
  }),
  /** Promotion of US AI exports to third countries, 0..1 (priority 3). */
  usAiExports: number({
    help: 'US programme to export its AI stack to third countries, 0 to 1',
    actor: 'US',
    acts: 'fronts',
    blend: 'linear',
    range: UNIT_INTERVAL,
    unit: 'fraction of a full programme',
    grid: UNIT_GRID,
    channels: (level) => ({ usAiExports: level }),
  }),
  /** Domestic adoption push, 0..1. */
  usAdoptionPush: number({
    help: 'US push for domestic AI adoption, 0 to 1',
    actor: 'US',
    acts: 'fronts',
    blend: 'linear',
    range: UNIT_INTERVAL,
    unit: 'fraction of a full push',
    grid: UNIT_GRID,
    channels: (level) => ({ usAdoptionPush: level }),
  }),
  /** PRC adoption push (the AI+ Initiative), 0..1. */
  prcAdoptionPush: number({
    help: 'PRC push for domestic AI adoption (AI+ Initiative), 0 to 1',
    actor: 'PRC',
    acts: 'fronts',
    blend: 'linear',
    range: UNIT_INTERVAL,
    unit: 'fraction of a full push',
    grid: UNIT_GRID,
    channels: (level) => ({ prcAdoptionPush: level }),
  }),
  /** PRC subsidies that cut the price of its AI stack abroad, 0..1. */
  prcSubsidies: number({
    help: 'PRC subsidies lowering the price of its AI stack abroad, 0 to 1',
    actor: 'PRC',
    acts: 'fronts',
    blend: 'linear',
    range: UNIT_INTERVAL,
    unit: 'fraction of full subsidy',
    grid: UNIT_GRID,
    channels: (level) => ({ prcSubsidies: level }),
  }),
} as const;

export type LeverName = keyof typeof LEVER_TABLE;

/** The value a lever row takes. */
export type LeverValue<R> =
  R extends ChoiceLeverRow<infer T> ? T : R extends BooleanLeverRow ? boolean : number;

/** A full set of lever values, as a scenario states them (a scenario may set any subset). */
export type Levers = { [K in LeverName]: LeverValue<(typeof LEVER_TABLE)[K]> };

export const LEVER_NAMES = Object.keys(LEVER_TABLE) as readonly LeverName[];

/** The levers that can move the lead (acts: 'intelligence'), in table order. */
export const LEAD_LEVERS = LEVER_NAMES.filter((name) => LEVER_TABLE[name].acts === 'intelligence');

/** Plain-words description of each lever, for --help, docs and tables. */
export const LEVER_HELP: Readonly<Record<LeverName, string>> = Object.fromEntries(
  LEVER_NAMES.map((name) => [name, LEVER_TABLE[name].help]),
) as Record<LeverName, string>;

/** The row of lever `name`, widened for code that handles every lever alike. */
export function leverRow(name: LeverName): LeverRow {
  return LEVER_TABLE[name] as LeverRow;
}

/** Schedule channels that lever `name` set to `value` asks for. */
export function leverChannels<K extends LeverName>(name: K, value: Levers[K]): ChannelValues {
  const row = leverRow(name);
  switch (row.kind) {
    case 'choice':
      return row.channels(value as string);
    case 'boolean':
      return row.channels(value as boolean);
    case 'number':
      return row.channels(value as number);
  }
}

/**
 * Values of lever `name` from the least to the most US effort: the choice's intensity order,
 * false then true, or the numeric grid.
 */
export function intensityLadder(name: LeverName): readonly (string | number | boolean)[] {
  const row = leverRow(name);
  switch (row.kind) {
    case 'choice':
      return row.intensity;
    case 'boolean':
      return [false, true];
    case 'number':
      return row.grid;
  }
}

/**
 * Where `value` sits on lever `name`'s intensity scale: the rank in the order for choices and
 * booleans, the value itself for numbers. Larger = more US effort.
 */
export function intensityOf(name: LeverName, value: string | number | boolean): number {
  const row = leverRow(name);
  switch (row.kind) {
    case 'choice':
      return (row.intensity as readonly string[]).indexOf(value as string);
    case 'boolean':
      return value ? 1 : 0;
    case 'number':
      return value as number;
  }
}
