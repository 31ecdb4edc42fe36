/**
 * Default report folders of the analyses that write their own (not the run's folder, which they
 * would replace), in a file of their own so that the command line's help can name them without
 * loading the report writers (start-up, docs/PERFORMANCE.md).
 */

/** Where `leadline history` writes unless told otherwise. */
export const DEFAULT_HISTORY_OUT_DIR = 'leadline-history';
/** Where `leadline sensitivity` writes unless told otherwise. */
export const DEFAULT_SENSITIVITY_OUT_DIR = 'leadline-sensitivity';
