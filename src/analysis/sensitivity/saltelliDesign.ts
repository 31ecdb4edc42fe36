/**
 * The Saltelli design for first- and total-order Sobol' indices (Saltelli 2002, Comput. Phys.
 * Commun. 145; Saltelli et al. 2010, Comput. Phys. Commun. 181, §3).
 *
 * Two independent samples A and B of the d uncertain factors (N rows each) come from one 2d-
 * dimensional scrambled Sobol' sequence: point i gives row i of A (coordinates 0 … d−1) and row
 * i of B (coordinates d … 2d−1), as in SALib's sample.sobol. For each factor j, A_B^(j) is A with
 * column j taken from B; for each group G of factors, A_B^(G) is A with every column of G taken
 * from B. The model runs N·(d + 2 + g) times.
 *
 * Rows are written base point by base point: for base point i, the block
 *   [A_i, B_i, A_B^(1)_i, …, A_B^(d)_i, A_B^(G_1)_i, …, A_B^(G_g)_i]
 * so a run of N base points can be extended to 2N by the next N points of the same sequence
 * (the design is nested; the estimates at N are those of the first N blocks).
 */

/** Where the factors sit in a row and how they group. */
export interface SaltelliLayout {
  /** Width of a row (the model's whole input vector; factors are some of its columns). */
  readonly width: number;
  /** Column of factor j in a row. */
  readonly factorColumns: readonly number[];
  /** Each group's factors (indices into factorColumns). */
  readonly groups: readonly (readonly number[])[];
}

/** Rows per base point: A, B, one per factor, one per group. */
export function rowsPerBasePoint(layout: SaltelliLayout): number {
  return 2 + layout.factorColumns.length + layout.groups.length;
}

/**
 * Writes base point i's block of rows at out[offset …] (rowsPerBasePoint × width values), from
 * its full A row `a` and B row `b` (each `width` values: the factors' values at their columns,
 * the other columns equal in both).
 */
export function writeSaltelliBlock(
  layout: SaltelliLayout,
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  offset: number,
): void {
  const { width, factorColumns, groups } = layout;
  out.set(a, offset);
  out.set(b, offset + width);
  let row = offset + 2 * width;
  for (let j = 0; j < factorColumns.length; j++, row += width) {
    out.set(a, row);
    out[row + factorColumns[j]] = b[factorColumns[j]];
  }
  for (let g = 0; g < groups.length; g++, row += width) {
    out.set(a, row);
    for (const j of groups[g]) out[row + factorColumns[j]] = b[factorColumns[j]];
  }
}
