/** Where a command prints: the process's stdout and stderr, or a test's buffers. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Writes to stdout and resolves when it may take more (backpressure for streamed output). */
  outAsync?(text: string): Promise<void>;
}

/** A value as the JSON a command prints with --json. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
