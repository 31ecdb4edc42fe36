/** Exit codes of every command. */
export const EXIT_OK = 0;
/** A paper check failed (leadline check), or the model broke an invariant. */
export const EXIT_CHECKS_FAILED = 1;
/** Bad input: a scenario file, an argument or an option. Nothing was written. */
export const EXIT_BAD_INPUT = 2;
/** The environment failed: a folder or file could not be read or written (permission, disk full, locked). */
export const EXIT_ENVIRONMENT = 3;
/** An internal error: a bug in leadline (--debug shows its stack). */
export const EXIT_INTERNAL = 4;
