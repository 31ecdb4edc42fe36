/**
 * Chart: the paper checks as a table image (the same rows as the HTML and Markdown tables),
 * for memos that take pictures rather than tables. Failed checks are marked in words and
 * with a tinted row, not by colour alone.
 */
import type { ResultsDocument } from '../../analysis/results.ts';
import { checksTable } from '../checksTable.ts';
import type { ChartOptions } from './chartOptions.ts';
import { bodyWidth, composeFigure } from './figure.ts';
import { sourceLine } from './sourceLine.ts';
import { svgElement, svgText } from './svgElement.ts';
import { truncateText, wrapText } from './textWidth.ts';

const FONT = 14;
const LINE = 19;
const PAD = 8;

export const CHECKS_CHART_TITLE = 'Checks against the paper';

/** SVG markup of the checks table, or null when the document has no checks. */
export function checksChart(doc: ResultsDocument, options: ChartOptions): string | null {
  const checks = doc.checks ?? [];
  if (checks.length === 0) return null;
  const { document } = options;
  const table = checksTable(checks);
  const width = bodyWidth(options.width);
  // Column widths [px]: id, description (takes the rest), model, target, result, source.
  const fixed = [70, 0, 84, 110, 86, 124];
  fixed[1] = width - fixed.reduce((a, b) => a + b, 0);
  const lefts = fixed.map((_, i) => fixed.slice(0, i).reduce((a, b) => a + b, 0));
  const numeric = table.columns.map((c) => c.align === 'right');

  const group = svgElement(document, 'g');
  const cellText = (text: string, column: number, y: number, bold: boolean) => {
    const x = numeric[column] ? lefts[column] + fixed[column] - PAD : lefts[column] + PAD;
    const fitted = truncateText(text, fixed[column] - 2 * PAD, FONT);
    group.appendChild(
      svgText(document, fitted, x, y, {
        size: FONT,
        weight: bold ? 'bold' : 'normal',
        anchor: numeric[column] ? 'end' : 'start',
      }),
    );
  };
  let y = LINE;
  table.columns.forEach((column, i) => {
    cellText(column.header, i, y, true);
  });
  y += PAD;
  group.appendChild(
    svgElement(document, 'line', { x1: 0, x2: width, y1: y, y2: y, stroke: '#999', 'stroke-width': 2 }),
  );
  table.rows.forEach((row, r) => {
    const lines = wrapText(row[1], fixed[1] - 2 * PAD, FONT);
    const height = Math.max(1, lines.length) * LINE + PAD;
    if (table.rowClasses?.[r] === 'fail') {
      group.appendChild(svgElement(document, 'rect', { x: 0, y, width, height, fill: '#fdecea' }));
    }
    const baseline = y + LINE - 3;
    row.forEach((cell, i) => {
      if (i === 1) {
        lines.forEach((line, k) => {
          group.appendChild(svgText(document, line, lefts[1] + PAD, baseline + k * LINE, { size: FONT }));
        });
      } else {
        cellText(cell, i, baseline, i === 0 || (i === 4 && table.rowClasses?.[r] === 'fail'));
      }
    });
    y += height;
    group.appendChild(svgElement(document, 'line', { x1: 0, x2: width, y1: y, y2: y, stroke: '#e2e2e2' }));
  });

  const failed = checks.filter((c) => !c.pass).length;
  return composeFigure(document, {
    title: CHECKS_CHART_TITLE,
    subtitle:
      `Does the model, at central parameters, reproduce the numbers the paper states? ` +
      (failed === 0 ? `All ${checks.length} checks pass.` : `${failed} of ${checks.length} checks fail.`),
    legend: [],
    body: [{ element: group, x: 0, y: 0 }],
    bodyHeight: y + 4,
    notes: [
      'Source column: fact ids in leadline’s data/sources.csv (P: claims of the paper), or the paper itself.',
    ],
    source: sourceLine(doc),
    width: options.width,
  });
}
