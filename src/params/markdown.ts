/** The parameter table as Markdown (docs/parameters.md is generated from it). */
import { describeDistribution, fmt } from './distribution.ts';
import { PARAM_TABLE } from './table.ts';

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
      `| \`${p.name}\` | ${fmt(p.central)} | ${cell(p.unit)} | ${cell(describeDistribution(p.dist))} | ${cell(sources)} | ${cell(p.note)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
