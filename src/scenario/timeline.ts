/**
 * The dated policy timeline before `policyStart`: what was actually in force, month by month.
 * Data, not code: each entry sets channel values from its month on, until the next entry that
 * sets the same channel. Sources are fact ids (data/sources.csv) or URLs. The fronts levers
 * take their values from the policy of May 2026 (policyOfMay2026.ts), the one definition of
 * that policy; a test checks that the timeline reaches it, lever by lever, by 2026-05.
 */
import type { ChannelName } from '../core/index.ts';
import { leverChannels } from './levers.ts';
import { POLICY_OF_MAY_2026 } from './policyOfMay2026.ts';

export interface TimelineEntry {
  /** First month in force, "YYYY-MM". */
  readonly month: string;
  readonly set: Partial<Record<ChannelName, number>>;
  readonly what: string;
  readonly sources: readonly string[];
}

const TIERS_NONE = { tierNone: 1, tierH20: 0, tierH200: 0, tierBlackwell: 0 };
const TIERS_H20 = { tierNone: 0, tierH20: 1, tierH200: 0, tierBlackwell: 0 };
const TIERS_H200 = { tierNone: 0, tierH20: 0, tierH200: 1, tierBlackwell: 0 };

export const POLICY_TIMELINE: readonly TimelineEntry[] = [
  {
    month: '2023-01',
    set: {
      ...TIERS_H200,
      prcPurchaseGuidance: 0,
      enforcement: 1,
      locationVerification: 0,
      remoteAccessClosed: 0,
      smeControls: 0,
      hbmControls: -1,
      distillationDeterrence: 0,
      usAiExports: 0,
      usAdoptionPush: 0,
      prcAdoptionPush: 0,
      prcSubsidies: 0,
    },
    what: 'Controls of 2022-10 in force: A100/H100 barred, but the A800/H800 (H100-class compute, cut interconnect) sell freely, modelled as the H200 tier; SME controls current; HBM unrestricted.',
    sources: ['G09'],
  },
  {
    month: '2023-11',
    set: TIERS_NONE,
    what: 'Controls of 2023-10-17 take effect (2023-11-17): A800/H800 barred; the H20 is not yet shipping.',
    sources: ['G09'],
  },
  {
    month: '2024-02',
    set: TIERS_H20,
    what: 'The H20 ships to the PRC without a licence.',
    sources: ['G01', 'G08'],
  },
  {
    month: '2024-12',
    set: { hbmControls: 0 },
    what: 'HBM export controls of 2024-12-02: the PRC lives on its stockpile and domestic HBM.',
    sources: ['B25', 'P16'],
  },
  { month: '2025-04', set: TIERS_NONE, what: 'H20 licence requirement (2025-04-09/14).', sources: ['G01'] },
  { month: '2025-08', set: TIERS_H20, what: 'H20 sales resume with a 15% revenue share.', sources: ['G02'] },
  {
    month: '2025-08',
    set: {
      ...leverChannels('usAiExports', POLICY_OF_MAY_2026.usAiExports),
      ...leverChannels('usAdoptionPush', POLICY_OF_MAY_2026.usAdoptionPush),
    },
    what: "EO 14320 (2025-07-23) promotes exports of the US AI stack; America's AI Action Plan (2025-07-23) pushes adoption at home.",
    sources: ['H03', 'https://www.whitehouse.gov/wp-content/uploads/2025/07/Americas-AI-Action-Plan.pdf'],
  },
  {
    month: '2025-09',
    set: {
      ...leverChannels('prcAdoptionPush', POLICY_OF_MAY_2026.prcAdoptionPush),
      ...leverChannels('prcSubsidies', POLICY_OF_MAY_2026.prcSubsidies),
    },
    what: 'The State Council’s AI+ Initiative (2025-08-26): adoption targets at home and cheap PRC AI abroad (dated with it; the low prices abroad partly predate it).',
    sources: ['H02', 'F08', 'F10'],
  },
  {
    month: '2025-09',
    set: { prcPurchaseGuidance: 1 },
    what: 'Beijing discourages purchases of NVIDIA chips; H20 sales to the PRC fall to zero.',
    sources: ['G02', 'G07'],
  },
  {
    month: '2026-01',
    set: TIERS_H200,
    what: 'H200-class exports licensed case by case (effective 2026-01-15), ≤50% of US volume, 25% tariff; none delivered by 2026-04.',
    sources: ['G04', 'G05', 'G07'],
  },
  {
    month: '2026-02',
    set: { distillationDeterrence: 0.1 },
    what: 'US labs detect and publicise distillation campaigns; OSTP memo follows (2026-04).',
    sources: ['E01', 'E03', 'E05'],
  },
];
