/**
 * Where a command's report goes, settled before the model runs: `--out` is checked, locked and
 * given a staging folder (report/reportFolder.ts) so that a folder leadline cannot or may not
 * write fails in a second, not after the whole run.
 */
import type { ReportFolder } from '../report/reportFolder.ts';
import { InputError } from '../scenario/errors.ts';

export interface ReportOutputOptions {
  out?: string;
  /** false with --no-report. */
  report: boolean;
  json?: boolean;
  force?: boolean;
}

/**
 * The opened report folder, or undefined when nothing is to be written (--no-report, or
 * --json without --out). `--out` beside `--no-report` is a contradiction, refused as bad input.
 */
export async function openReportOutput(
  opts: ReportOutputOptions,
  defaultOut: string | undefined,
): Promise<ReportFolder | undefined> {
  if (!opts.report && opts.out !== undefined) {
    throw new InputError([
      {
        file: 'option --out',
        path: [],
        expected: 'no --out beside --no-report (--no-report writes no files)',
        found: `--out ${opts.out} --no-report`,
      },
    ]);
  }
  const outDir = opts.out ?? (opts.json ? undefined : defaultOut);
  if (!opts.report || outDir === undefined) return undefined;
  // loaded only when a folder is written (start-up, docs/PERFORMANCE.md)
  const { openReportFolder } = await import('../report/reportFolder.ts');
  return openReportFolder(outDir, { force: opts.force });
}

/** Runs `work`; if it fails, the opened folder's staging folder and lock are removed. */
export async function withReportOutput<T>(
  folder: ReportFolder | undefined,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await folder?.abandon();
    throw error;
  }
}
