/** `leadline params [--grep WORD]`: the parameter table with units, distributions and sources. */

import { describeDistribution, fmt, PARAM_TABLE, type ParamSpec } from '../params/index.ts';
import { TextTable } from './textTable.ts';

export function selectParams(grep?: string): ParamSpec[] {
  if (!grep) return [...PARAM_TABLE];
  const needle = grep.toLowerCase();
  return PARAM_TABLE.filter((p) =>
    [p.name, p.unit, p.note, p.calibrated ?? '', ...p.sources].some((field) =>
      field.toLowerCase().includes(needle),
    ),
  );
}

export function paramsAsJson(rows: readonly ParamSpec[]): object {
  return {
    parameters: rows.map((p) => ({
      name: p.name,
      unit: p.unit,
      central: p.central,
      distribution: p.dist,
      range: p.range,
      sources: p.sources,
      calibrated: p.calibrated ?? null,
      note: p.note,
    })),
  };
}

export function renderParams(rows: readonly ParamSpec[], withNotes: boolean): string {
  const head = ['parameter', 'value', 'unit', 'distribution', 'source'];
  if (withNotes) head.push('note');
  const table = new TextTable({
    head,
    wordWrap: true,
    colWidths: withNotes ? [30, 10, 20, 30, 22, 60] : [30, 10, 20, 30, 30],
  });
  for (const p of rows) {
    const source = p.calibrated ? `calibrated; ${p.sources.join(' ')}` : p.sources.join(' ');
    const row = [p.name, fmt(p.central), p.unit, describeDistribution(p.dist), source];
    if (withNotes) row.push(p.calibrated ? `${p.note} Calibrated to: ${p.calibrated}.` : p.note);
    table.push(row);
  }
  return `${table.toString()}\n${rows.length} of ${PARAM_TABLE.length} parameters. Sources: data/sources.csv.\n`;
}
