/**
 * The report folder, written as a unit:
 *
 *   open     (before the model runs)  check --out, take the lock <out>.lock beside it, make the
 *            empty staging folder .<out>.leadline-<pid>-<random> beside it (so a folder that
 *            cannot be written fails here, not after a long run)
 *   write    the report's files go into the staging folder, and a manifest of them,
 *            .leadline-manifest.json
 *   commit   the old folder (if any) is renamed aside, the staging folder renamed into its
 *            place, the old one deleted; then the lock is released
 *
 * A reader never sees charts of one run beside the report of another: a writer killed before
 * the commit leaves the old folder as it was (and a stale lock and staging folder, which the
 * next run removes once their process is gone). Two runs into one folder cannot mix: the
 * second finds the lock and stops before running the model.
 *
 * leadline replaces only a folder it wrote: every file in an existing --out folder must be
 * listed in its manifest. A folder that holds anything else is refused (ReportFolderError,
 * bad input) unless `force` is set, because the whole folder is replaced and the files of an
 * earlier run that this run does not write (such as the CSV of a scenario no longer run) go.
 *
 * Every loop here is bounded: the walk up to an existing ancestor stops at the root, the lock
 * is retried once after removing a stale one.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';

export const MANIFEST_NAME = '.leadline-manifest.json';

/** A problem with the report folder: `badInput` for a choice the user can change (exit 2), else the environment (exit 3). */
export class ReportFolderError extends Error {
  constructor(
    message: string,
    readonly kind: 'badInput' | 'environment',
  ) {
    super(message);
    this.name = 'ReportFolderError';
  }
}

export interface OpenReportFolderOptions {
  /** Replace the folder even when it holds files leadline did not write (they are deleted). */
  force?: boolean;
}

/** An opened report folder: write into `staging`, then commit (or abandon). */
export interface ReportFolder {
  /** Absolute path of the folder the report ends up in. */
  readonly target: string;
  /** Absolute path of the private staging folder the files are written into. */
  readonly staging: string;
  /** Writes `relativePath` (folders created as needed) into the staging folder. */
  write(relativePath: string, content: string | Uint8Array): Promise<void>;
  /** Writes the manifest, puts the staging folder in place of the target, releases the lock. */
  commit(): Promise<void>;
  /** Removes the staging folder and releases the lock (after a failure). Never throws. */
  abandon(): Promise<void>;
}

interface ErrnoLike {
  code?: string;
  message?: string;
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  EXDEV: 'it is on another file system than its parent folder',
  EBUSY: 'the folder is busy',
};

/** "permission denied (EACCES)" from a Node file-system error. */
export function describeFsError(error: unknown): string {
  const { code, message } = (error ?? {}) as ErrnoLike;
  if (code !== undefined) return `${REASONS[code] ?? message ?? 'failed'} (${code})`;
  return message ?? String(error);
}

/** Runs a file-system step, turning its failure into an environment ReportFolderError about `path`. */
async function step<T>(path: string, what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ReportFolderError) throw error;
    throw new ReportFolderError(`${path}: cannot ${what}: ${describeFsError(error)}`, 'environment');
  }
}

/** The target as a real path: a symbolic link to a folder is followed; a dangling one is refused. */
async function resolveTarget(outDir: string): Promise<{ target: string; exists: boolean }> {
  const path = resolve(outDir);
  const link = await lstat(path).catch(() => null);
  if (link === null) return { target: path, exists: false };
  if (link.isSymbolicLink()) {
    const real = await realpath(path).catch(() => null);
    if (real === null)
      throw new ReportFolderError(
        `${path}: cannot write the report here: it is a symbolic link to something that does not exist`,
        'badInput',
      );
    return resolveTarget(real);
  }
  if (!link.isDirectory())
    throw new ReportFolderError(
      `${path}: cannot write the report here: it exists and is not a folder (choose another --out)`,
      'badInput',
    );
  return { target: path, exists: true };
}

/** Every file below `folder`, as paths relative to it, folders not listed (bounded by the tree). */
async function listFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else found.push(relative(folder, path));
    }
  }
  return found.sort();
}

/** Files of the folder that its manifest does not list (all of them without a manifest). */
async function foreignFiles(folder: string): Promise<string[]> {
  const files = await listFiles(folder);
  let listed: string[] = [];
  try {
    const manifest = JSON.parse(await readFile(join(folder, MANIFEST_NAME), 'utf8')) as { files?: unknown };
    if (Array.isArray(manifest.files))
      listed = manifest.files.filter((f): f is string => typeof f === 'string');
  } catch {
    // no manifest, or not ours: every file is foreign
  }
  const ours = new Set([...listed, MANIFEST_NAME]);
  return files.filter((file) => !ours.has(file));
}

/** Creates `folder`'s missing ancestors one level at a time (no recursive mkdir, which can spin on /proc). */
async function makeParents(folder: string): Promise<void> {
  const missing: string[] = [];
  let current = folder;
  for (;;) {
    const found = await stat(current).catch(() => null);
    if (found !== null) {
      if (!found.isDirectory())
        throw new ReportFolderError(
          `${current}: cannot write the report below it: it is not a folder`,
          'badInput',
        );
      break;
    }
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const path of missing.reverse()) await step(path, 'create the folder', () => mkdir(path));
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as ErrnoLike).code === 'EPERM';
  }
}

/** Takes <target>.lock, removing a stale lock (its process gone) once. */
async function takeLock(lockPath: string, target: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockPath, `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as ErrnoLike).code !== 'EEXIST')
        throw new ReportFolderError(
          `${lockPath}: cannot lock the report folder: ${describeFsError(error)}`,
          'environment',
        );
    }
    const pid = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(pid) && pid > 0 && processAlive(pid))
      throw new ReportFolderError(
        `${target}: another leadline run (process ${pid}) is writing this report folder; wait for it or choose another --out`,
        'environment',
      );
    await rm(lockPath, { force: true });
  }
  throw new ReportFolderError(
    `${lockPath}: cannot lock the report folder: the lock keeps coming back`,
    'environment',
  );
}

/** Removes staging folders of this target left by leadline processes that are gone. */
async function removeStaleStaging(parent: string, name: string): Promise<void> {
  const prefix = `.${name}.leadline-`;
  const entries = await readdir(parent).catch(() => [] as string[]);
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number.parseInt(entry.slice(prefix.length), 10);
    if (Number.isInteger(pid) && pid > 0 && !processAlive(pid))
      await rm(join(parent, entry), { recursive: true, force: true });
  }
}

/** Checks `outDir`, locks it and makes the staging folder. Call before the model runs. */
export async function openReportFolder(
  outDir: string,
  options: OpenReportFolderOptions = {},
): Promise<ReportFolder> {
  const { target, exists } = await resolveTarget(outDir);
  if (exists && !options.force) {
    const foreign = await step(target, 'read the report folder', () => foreignFiles(target));
    if (foreign.length > 0) {
      const shown =
        foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, … (${foreign.length} in all)` : '');
      throw new ReportFolderError(
        `${target}: cannot write the report here: the folder holds files leadline did not write (${shown}); ` +
          'leadline replaces the whole folder, so choose an empty or new --out, or pass --force to replace it anyway',
        'badInput',
      );
    }
  }
  const parent = dirname(target);
  const name = basename(target);
  await makeParents(parent);
  const lockPath = join(parent, `.${name}.lock`);
  await takeLock(lockPath, target);
  const staging = join(parent, `.${name}.leadline-${process.pid}-${randomBytes(4).toString('hex')}`);
  const written: string[] = [];
  const release = () => rm(lockPath, { force: true });
  try {
    await removeStaleStaging(parent, name);
    await step(staging, 'create the staging folder beside the report folder', () => mkdir(staging));
  } catch (error) {
    await release();
    throw error;
  }

  const folders = new Set<string>();
  return {
    target,
    staging,
    async write(relativePath, content) {
      const path = join(staging, relativePath);
      const folder = dirname(path);
      if (!folders.has(folder)) {
        await step(folder, 'create the folder', () => mkdir(folder, { recursive: true }));
        folders.add(folder);
      }
      await step(join(target, relativePath), 'write', () => writeFile(path, content));
      written.push(relativePath);
    },
    async commit() {
      const manifest = { writtenBy: 'leadline', files: [...written].sort() };
      await step(join(target, MANIFEST_NAME), 'write', () =>
        writeFile(join(staging, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`),
      );
      const aside = `${staging}-old`;
      const hadTarget = (await stat(target).catch(() => null)) !== null;
      if (hadTarget) await step(target, 'move the previous report aside', () => rename(target, aside));
      try {
        await step(target, 'put the new report in place', () => rename(staging, target));
      } catch (error) {
        if (hadTarget) await rename(aside, target).catch(() => undefined);
        throw error;
      }
      if (hadTarget) await rm(aside, { recursive: true, force: true });
      await release();
    },
    async abandon() {
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      await release().catch(() => undefined);
    },
  };
}
