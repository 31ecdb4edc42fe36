/** The options of `leadline run` as commander parses them, and its default report folder. */

/** Where `leadline run` writes its report unless told otherwise. */
export const DEFAULT_OUT_DIR = 'leadline-out';

export interface RunCliOptions {
  json?: boolean;
  conditionOnHistory?: boolean;
  observations?: string;
  out?: string;
  force?: boolean;
  report: boolean;
  draws?: string;
  seed?: string;
  workers?: string;
  link?: boolean;
  linkBase?: string;
  fromLink?: string;
  fromResults?: string;
}
