/**
 * The policy of May 2026: every lever as it stood when the paper was published (2026-05-14).
 * Defined once, here. The dated policy timeline (timeline.ts) reaches exactly these values by
 * 2026-05 (a test holds the two together), so a lever a scenario leaves unset keeps this policy,
 * and the `baseline` preset, which sets no lever, is this policy held.
 */
import type { Levers } from './levers.ts';

export const POLICY_OF_MAY_2026: Readonly<Levers> = {
  /** H200-class licensed case by case since 2026-01 (G04, G05, G07). */
  chipExports: 'h200',
  /** The 2025 anti-smuggling budget (the unit of the lever). */
  smugglingEnforcement: 1,
  locationVerification: false,
  /** Renting abroad is legal since the diffusion rule was rescinded (G03). */
  remoteAccess: 'open',
  smeControls: 'current',
  /** The HBM controls of 2024-12 (B25, P16). */
  hbmControls: 'current',
  /** Detection and publicity of distillation campaigns since 2026-02 (E01, E03, E05). */
  distillationDeterrence: 0.1,
  /** EO 14320, Promoting the Export of the American AI Technology Stack (2025-07-23, H03). */
  usAiExports: 0.2,
  /** America's AI Action Plan (2025-07-23): a modest federal adoption push. Judgement of its size. */
  usAdoptionPush: 0.3,
  /** The State Council's AI+ Initiative (2025-08, H02): a strong adoption push. Judgement of its size. */
  prcAdoptionPush: 0.6,
  /** Cheap PRC AI abroad (open weights, low API prices, cloud build-out; F08, F10). Judgement of its size. */
  prcSubsidies: 0.4,
};
