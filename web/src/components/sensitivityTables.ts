/**
 * The sensitivity charts' table views: the tornado's bars (each parameter alone at its 10th and
 * 90th percentile) and the Sobol' indices with their bootstrap intervals, the numbers of
 * `leadline sensitivity` (its CSV has them in full precision).
 */
import { formatNumber, type SensitivityResult, type Table } from '../lib.ts';

const interval = (ci: readonly [number, number], digits: number): string =>
  Number.isFinite(ci[0]) && Number.isFinite(ci[1])
    ? `${ci[0].toFixed(digits)} to ${ci[1].toFixed(digits)}`
    : 'n/a';

export function tornadoTable(r: SensitivityResult): Table {
  return {
    caption: `${r.outputLabel} (${r.unit}) with each parameter alone at its 10th and 90th percentile, the others central (central: ${formatNumber(r.central)}); widest first`,
    columns: [
      { header: 'Parameter' },
      { header: 'P10 value', align: 'right' },
      { header: 'P90 value', align: 'right' },
      { header: 'Output at P10', align: 'right' },
      { header: 'Output at P90', align: 'right' },
      { header: 'Swing', align: 'right' },
    ],
    rows: r.tornado.map((bar) => [
      bar.parameter,
      formatNumber(bar.lowValue),
      formatNumber(bar.highValue),
      formatNumber(bar.low),
      formatNumber(bar.high),
      formatNumber(bar.swing),
    ]),
  };
}

export function sobolTable(r: SensitivityResult): Table {
  const level = Math.round(100 * r.level);
  return {
    caption: `Sobol' indices of ${r.outputLabel} (${r.unit}; ${r.n} base points, ${level}% bootstrap intervals), largest total first`,
    columns: [
      { header: 'Parameter' },
      { header: 'Group' },
      { header: 'First order', align: 'right' },
      { header: `First, ${level}%`, align: 'right' },
      { header: 'Total order', align: 'right' },
      { header: `Total, ${level}%`, align: 'right' },
    ],
    rows: r.sobol.map((row) => [
      row.parameter,
      row.group,
      row.first.toFixed(3),
      interval(row.firstCI, 3),
      row.total.toFixed(3),
      interval(row.totalCI, 3),
    ]),
  };
}
