/**
 * How the explorer presents each lever: the paper's wording and the paper's priority. The paper
 * ("2028: Two scenarios for global AI leadership", May 2026) names three priorities: 1. close
 * the loopholes that let PRC labs reach US compute (chip exports, smuggling, location
 * verification, remote access, chip-making equipment and memory), 2. deter distillation attacks
 * on US models, 3. promote the export of the US AI stack. The adoption pushes and PRC subsidies
 * are context the paper discusses but does not ask for ("context"). Keyed by LeverName, so a
 * lever added to LEVER_TABLE fails to compile here until it has its words.
 */
import type { LeverName } from './lib.ts';

export interface LeverText {
  /** Short label in the paper's words. */
  readonly label: string;
  /** 1, 2 or 3: the paper's priority; null: context, not one of the paper's asks. */
  readonly priority: 1 | 2 | 3 | null;
  /** One sentence on what the lever does in the model. */
  readonly hint: string;
  /** Labels of a choice lever's values, when its raw names need words. */
  readonly valueLabels?: Readonly<Record<string, string>>;
}

export const LEVER_TEXT = {
  chipExports: {
    label: 'Chip exports to the PRC',
    priority: 1,
    hint: 'The most capable NVIDIA-class chip licensed for sale to PRC buyers.',
    valueLabels: { none: 'None', h20: 'H20 class', h200: 'H200 class', blackwell: 'Blackwell class' },
  },
  smugglingEnforcement: {
    label: 'Anti-smuggling enforcement',
    priority: 1,
    hint: 'Enforcement budget as a multiple of 2025’s (1 = 2025).',
  },
  locationVerification: {
    label: 'Chip location verification',
    priority: 1,
    hint: 'Exported chips must prove where they are.',
  },
  remoteAccess: {
    label: 'Remote access to US compute (overseas data centres)',
    priority: 1,
    hint: 'Whether PRC labs may rent Western compute in third countries.',
    valueLabels: { open: 'Open (loophole)', closed: 'Closed' },
  },
  smeControls: {
    label: 'Chip-making equipment controls',
    priority: 1,
    hint: 'Controls on DUV tools and their servicing.',
  },
  hbmControls: {
    label: 'High-bandwidth memory controls',
    priority: 1,
    hint: 'Controls on HBM sales to the PRC.',
  },
  distillationDeterrence: {
    label: 'Deterring distillation attacks',
    priority: 2,
    hint: 'Legal clarity, detection and threat sharing, 0 (none) to 1 (full).',
  },
  usAiExports: {
    label: 'Promoting US AI exports',
    priority: 3,
    hint: 'A programme to export the US AI stack to third countries, 0 to 1.',
  },
  usAdoptionPush: {
    label: 'US push for AI adoption at home',
    priority: null,
    hint: 'Domestic adoption push, 0 to 1.',
  },
  prcAdoptionPush: {
    label: 'PRC push for AI adoption (AI+ Initiative)',
    priority: null,
    hint: 'The PRC’s domestic adoption push, 0 to 1.',
  },
  prcSubsidies: {
    label: 'PRC subsidies for its AI stack abroad',
    priority: null,
    hint: 'Subsidies that cut the price of PRC AI abroad, 0 to 1.',
  },
} as const satisfies Record<LeverName, LeverText>;

export const PRIORITY_TITLE: Readonly<Record<1 | 2 | 3, string>> = {
  1: 'Priority 1 — close the compute loopholes',
  2: 'Priority 2 — deter distillation',
  3: 'Priority 3 — export the US AI stack',
};
