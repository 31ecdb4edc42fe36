/** The parameter table as Markdown (docs/parameters.md is generated from it). */
import { EPOCH_YEAR, monthLabel } from '../core/index.ts';
import { describeDistribution, fmt } from './distribution.ts';
import type { ParamSpec } from './paramSpec.ts';
import { PARAM_TABLE } from './table.ts';

/**
 * The central value as the table shows it. Decimal years keep three decimals (fmt's four
 * significant digits would print 2025.625 as 2026), and a mid-month point names its month:
 * month m's middle is EPOCH_YEAR + (m + 0.5)/12 (core/time.ts).
 */
export function formatCentral(spec: ParamSpec): string {
  if (spec.unit !== 'decimal year') return fmt(spec.central);
  const text = String(Number(spec.central.toFixed(3)));
  const monthPosition = (spec.central - EPOCH_YEAR) * 12 - 0.5;
  const m = Math.round(monthPosition);
  return Math.abs(monthPosition - m) < 0.01 ? `${text} (mid ${monthLabel(m)})` : text;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function parametersMarkdown(): string {
  const lines = [
    '# Parameters',
    '',
    '<!-- Generated from src/params by `npm run docs`; a test fails when this file is stale. -->',
    '',
    `Every number the engine reads (${PARAM_TABLE.length} parameters), in the order of the parameter vector. Sources are fact ids in [data/sources.csv](../data/sources.csv). *Calibrated* names the check a value is tuned to. The distribution is what Monte Carlo draws from; "fixed" is not drawn.`,
    '',
    '| parameter | central | unit | distribution | sources | note |',
    '|---|---|---|---|---|---|',
  ];
  for (const p of PARAM_TABLE) {
    const sources = p.calibrated
      ? `calibrated to ${p.calibrated}; ${p.sources.join(', ')}`
      : p.sources.join(', ');
    lines.push(
      `| \`${p.name}\` | ${formatCentral(p)} | ${cell(p.unit)} | ${cell(describeDistribution(p.dist))} | ${cell(sources)} | ${cell(p.note)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
