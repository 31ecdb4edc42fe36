/**
 * Lets the host breathe during a long computation in its own thread: at most every
 * YIELD_EVERY_MS it awaits a macrotask (setTimeout 0), so a progress bar redraws and a page
 * stays responsive. Browser-safe (no setImmediate); costs ≤ ~1 ms per YIELD_EVERY_MS.
 */
export const YIELD_EVERY_MS = 50;

export class HostYield {
  private last = performance.now();

  /** Resolves at once, or after a macrotask when YIELD_EVERY_MS have passed since the last one. */
  async maybe(): Promise<void> {
    if (performance.now() - this.last < YIELD_EVERY_MS) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.last = performance.now();
  }
}
