/** The window's text summary in the page: what a later start costs, every number labelled. */
import { formatMonths, formatSignedMonths, type WindowResult } from './lib.ts';

/**
 * "scenario-one's package started at 2026-06: median lead over 500 draws at 2028-12 12.0
 * months; …". At 0 draws the leads are one run at central parameters; with draws they are
 * medians over the draws and the cost is the paired mean difference from the earliest start.
 */
export function windowSummary(r: WindowResult): string {
  const month = r.months[0];
  const first = r.rows[0];
  const last = r.rows.at(-1);
  if (!month || !first || !last) return 'No window computed.';
  // at 0 draws one central run; otherwise medians over the draws, the cost a paired mean
  const lead = r.draws > 0 ? `median lead over ${r.draws} draws` : 'lead at central parameters';
  const cost = r.draws > 0 ? 'paired mean cost' : 'cost';
  return `${r.scenario}'s package started at ${first.start}: ${lead} at ${month} ${formatMonths(first.leads[month]?.leadMonths ?? Number.NaN)} months; started at ${last.start}: ${formatMonths(last.leads[month]?.leadMonths ?? Number.NaN)} months (${cost} ${formatSignedMonths(last.leads[month]?.costMonths ?? Number.NaN)}); never: ${formatMonths(r.never.leads[month]?.leadMonths ?? Number.NaN)} months.`;
}
