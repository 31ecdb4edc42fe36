/**
 * Policy schedule: one value per lever channel per month, built by src/scenario from the dated
 * policy timeline (before policyStart) and the scenario's levers (after, with a ramp).
 * Layout: channel-major, `schedule[channel * nMonths + month]`.
 */
export const CHANNEL_NAMES = [
  /** Weight of each export tier in force (the four sum to 1; a ramp blends two tiers). */
  'tierNone',
  'tierH20',
  'tierH200',
  'tierBlackwell',
  /** 1 while PRC guidance discourages purchases of downgraded NVIDIA chips (from 2025-09). */
  'prcPurchaseGuidance',
  /** Smuggling-enforcement budget as a multiple of 2025's (1 = 2025). */
  'enforcement',
  /** 1 when chip location verification is required. */
  'locationVerification',
  /** 0 = remote access open, 1 = closed. */
  'remoteAccessClosed',
  /** Control intensity: −1 loosened, 0 current, +1 tightened. */
  'smeControls',
  'hbmControls',
  /** Distillation deterrence, 0..1. */
  'distillationDeterrence',
  /** Fronts levers, 0..1. */
  'usAiExports',
  'usAdoptionPush',
  'prcAdoptionPush',
  'prcSubsidies',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

export const CH: Readonly<Record<ChannelName, number>> = Object.freeze(
  Object.fromEntries(CHANNEL_NAMES.map((name, index) => [name, index])) as Record<ChannelName, number>,
);

export const N_CHANNELS = CHANNEL_NAMES.length;
