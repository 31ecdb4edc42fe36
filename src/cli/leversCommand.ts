/**
 * `leadline levers`: every policy lever of a scenario file, from the lever table
 * (scenario/levers.ts), with its values, its setting under the policy of May 2026, where it acts,
 * and the paper's priority (below).
 */

import { LEVER_NAMES, LEVER_TABLE, type LeverName, POLICY_OF_MAY_2026 } from '../scenario/index.ts';
import { TextTable } from './textTable.ts';

/**
 * The paper's three priorities (Anthropic, May 2026): 1 close the chip, data-centre and
 * equipment loopholes; 2 deter distillation; 3 export the US AI stack. Levers that are not one
 * of them (domestic adoption, PRC subsidies) set the context of the other fronts.
 */
const PAPER_PRIORITY: Readonly<Record<LeverName, string>> = {
  chipExports: '1 (close loopholes: chips)',
  smugglingEnforcement: '1 (close loopholes: chips)',
  locationVerification: '1 (close loopholes: chips)',
  remoteAccess: '1 (close loopholes: data centres)',
  smeControls: '1 (close loopholes: equipment)',
  hbmControls: '1 (close loopholes: equipment)',
  distillationDeterrence: '2 (deter distillation)',
  usAiExports: '3 (export US AI)',
  usAdoptionPush: 'none (context)',
  prcAdoptionPush: 'none (PRC policy)',
  prcSubsidies: 'none (PRC policy)',
};

export interface LeverInfo {
  name: LeverName;
  values: string;
  mayOf2026: string;
  actor: string;
  actsOn: string;
  paperPriority: string;
  meaning: string;
}

export function leverInfo(): LeverInfo[] {
  return LEVER_NAMES.map((name) => {
    const row = LEVER_TABLE[name];
    const values =
      row.kind === 'choice'
        ? row.values.join(' | ')
        : row.kind === 'boolean'
          ? 'true | false'
          : `${row.range[0]} to ${row.range[1]} (${row.unit})`;
    return {
      name,
      values,
      mayOf2026: String(POLICY_OF_MAY_2026[name]),
      actor: row.actor,
      actsOn: row.acts === 'intelligence' ? 'compute and the lead' : 'other fronts only',
      paperPriority: PAPER_PRIORITY[name],
      meaning: row.help,
    };
  });
}

export function renderLevers(levers: readonly LeverInfo[]): string {
  const table = new TextTable({
    head: ['lever', 'values', 'May 2026', 'by', 'acts on', 'paper priority'],
  });
  for (const l of levers) table.push([l.name, l.values, l.mayOf2026, l.actor, l.actsOn, l.paperPriority]);
  const meanings = levers.map((l) => `  ${l.name.padEnd(24)} ${l.meaning}`).join('\n');
  return (
    `${table.toString()}\n\nWhat each lever means:\n${meanings}\n\n` +
    'Set them under `levers:` in a scenario file; a lever left out keeps its May 2026 setting.\n'
  );
}
