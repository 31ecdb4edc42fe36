/** Pilot values column-major (column c at c·n …), as BlockEngine.pilot returns them, from equal-length columns. */
export function pilotOf(cols: Float64Array[]): Float64Array {
  const n = cols[0].length;
  const pilot = new Float64Array(cols.length * n);
  cols.forEach((col, c) => {
    pilot.set(col, c * n);
  });
  return pilot;
}
