/** §7 The paper's policy levers, as a scenario states them. */

export const EXPORT_TIERS = ['none', 'h20', 'h200', 'blackwell'] as const;
export type ExportTier = (typeof EXPORT_TIERS)[number];

export const CONTROL_LEVELS = ['loosened', 'current', 'tightened'] as const;
export type ControlLevel = (typeof CONTROL_LEVELS)[number];

export interface Levers {
  /** Most capable chip class licensed for export to the PRC (priority 1). */
  chipExports: ExportTier;
  /** Smuggling-enforcement budget as a multiple of 2025's (priority 1). */
  smugglingEnforcement: number;
  /** Chip location verification required (priority 1). */
  locationVerification: boolean;
  /** PRC labs may rent Western compute in third countries (priority 1). */
  remoteAccess: 'open' | 'closed';
  /** Semiconductor-manufacturing-equipment controls (priority 1). */
  smeControls: ControlLevel;
  /** High-bandwidth-memory controls (priority 1). */
  hbmControls: ControlLevel;
  /** Legal clarity, detection and threat sharing against distillation, 0..1 (priority 2). */
  distillationDeterrence: number;
  /** Promotion of US AI exports to third countries, 0..1 (priority 3). */
  usAiExports: number;
  /** Domestic adoption push, 0..1. */
  usAdoptionPush: number;
  /** PRC adoption push (the AI+ Initiative), 0..1. */
  prcAdoptionPush: number;
  /** PRC subsidies that cut the price of its AI stack abroad, 0..1. */
  prcSubsidies: number;
}

export const LEVER_NAMES = [
  'chipExports',
  'smugglingEnforcement',
  'locationVerification',
  'remoteAccess',
  'smeControls',
  'hbmControls',
  'distillationDeterrence',
  'usAiExports',
  'usAdoptionPush',
  'prcAdoptionPush',
  'prcSubsidies',
] as const satisfies readonly (keyof Levers)[];

export type LeverName = (typeof LEVER_NAMES)[number];

/** Control level → intensity on the engine's channel (−1 loosened, 0 current, +1 tightened). */
export const CONTROL_INTENSITY: Readonly<Record<ControlLevel, number>> = {
  loosened: -1,
  current: 0,
  tightened: 1,
};

/** Plain-words description of each lever, for --help, docs and tables. */
export const LEVER_HELP: Readonly<Record<LeverName, string>> = {
  chipExports: 'most capable NVIDIA-class chip licensed for the PRC: none | h20 | h200 | blackwell',
  smugglingEnforcement: 'anti-smuggling enforcement as a multiple of the 2025 budget (≥ 0.1; 1 = 2025)',
  locationVerification: 'chips must verify their location: true | false',
  remoteAccess: 'PRC labs may rent Western compute in third-country data centres: open | closed',
  smeControls: 'chip-making equipment controls (DUV tools, servicing): loosened | current | tightened',
  hbmControls: 'high-bandwidth-memory controls: loosened | current | tightened',
  distillationDeterrence: 'deterrence of distillation attacks on US models, 0 (none) to 1 (full)',
  usAiExports: 'US programme to export its AI stack to third countries, 0 to 1',
  usAdoptionPush: 'US push for domestic AI adoption, 0 to 1',
  prcAdoptionPush: 'PRC push for domestic AI adoption (AI+ Initiative), 0 to 1',
  prcSubsidies: 'PRC subsidies lowering the price of its AI stack abroad, 0 to 1',
};
