/**
 * The share of a run done, for the one element that shows it. A run reports progress after
 * every block (several times a run); kept as page state it would re-render the whole page —
 * every control and table — each time, on the main thread the model's workers share the cores
 * with. Only the status line subscribes to this feed (RunStatus.tsx).
 */
export class ProgressFeed {
  private current: number | null = null;
  private readonly listeners = new Set<() => void>();

  /** Share done in [0, 1], or null when no run is going on. */
  get value(): number | null {
    return this.current;
  }

  set(value: number | null): void {
    if (value === this.current) return;
    this.current = value;
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
