/**
 * Every failure of a command becomes a message and an exit code, never a stack trace (unless
 * --debug asks for it):
 *
 *   bad input (2)        a scenario file, an argument, an option, a results file, a --out folder
 *                        the user can change (InputError, ResultsFileError, ReportFolderError)
 *   environment (3)      the file system refused: permission, read-only, disk full, a report
 *                        folder locked by another run (ReportFolderError, Node's errno errors)
 *   model failed (1)     a run broke a model invariant (DrawInvariantError): the same code as a
 *                        failed check, since the model, not the input, is at fault
 *   internal error (4)   anything else: a bug in leadline
 */
import { CommanderError } from 'commander';
import { DrawInvariantError } from '../analysis/invariants.ts';
import { describeFsError, ReportFolderError } from '../report/reportFolder.ts';
import { ResultsFileError } from '../report/resultsFile.ts';
import { InputError } from '../scenario/errors.ts';
import { EXIT_BAD_INPUT, EXIT_CHECKS_FAILED, EXIT_ENVIRONMENT, EXIT_INTERNAL, EXIT_OK } from './exitCodes.ts';

interface ErrorSink {
  err(text: string): void;
}

interface ErrnoLike {
  code: string;
  syscall?: string;
  path?: string;
}

function isErrno(error: unknown): error is ErrnoLike & Error {
  return (
    error instanceof Error &&
    typeof (error as Partial<ErrnoLike>).code === 'string' &&
    /^E[A-Z]+$/.test((error as Partial<ErrnoLike>).code as string)
  );
}

/** Prints `error` as a message (and its stack with `debug`) and returns the exit code. */
export function reportFailure(error: unknown, io: ErrorSink, debug: boolean): number {
  const stack = () => {
    if (debug && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
  };
  if (error instanceof CommanderError) {
    // --help and --version end here with exit code 0; usage errors are bad input (commander printed them).
    return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
  }
  stack();
  if (error instanceof ReportFolderError && error.kind === 'environment') {
    io.err(`leadline: cannot write the report\n${error.message}\n`);
    return EXIT_ENVIRONMENT;
  }
  if (
    error instanceof InputError ||
    error instanceof ResultsFileError ||
    error instanceof ReportFolderError
  ) {
    io.err(`leadline: bad input\n${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  if (error instanceof DrawInvariantError) {
    io.err(`leadline: the model failed\n${error.message}\n`);
    return EXIT_CHECKS_FAILED;
  }
  if (isErrno(error)) {
    const where = error.path === undefined ? '' : `${error.path}: `;
    const what = error.syscall === undefined ? '' : ` (${error.syscall})`;
    io.err(`leadline: the system refused\n${where}${describeFsError(error)}${what}\n`);
    return EXIT_ENVIRONMENT;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(
    `leadline: internal error: ${message}\n` +
      (debug
        ? ''
        : 'This is a bug in leadline. Run the command again with --debug to see where it happened.\n'),
  );
  return EXIT_INTERNAL;
}
