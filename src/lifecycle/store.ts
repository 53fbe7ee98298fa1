/**
 * Reading and updating the lock file on disk. Every change is a read-modify-write under an
 * inter-process lock, written atomically: two promotions started together both land, and a write cut
 * short leaves the previous file intact.
 */
import { mkdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { removeLeftoverTemps, writeFileAtomically } from '../fs/atomic-write.js';
import { readWorkingFile } from './files.js';
import { emptyLockFile, parseLockFile, serializeLockFile, type LockFile } from './lockfile.js';

/** The repository's lock file; an empty one when it does not exist yet (before the first promotion). */
export async function readLockFile(root: string, path: string): Promise<LockFile> {
  const text = await readWorkingFile(root, path);
  return text === undefined ? emptyLockFile() : parseLockFile(text, path);
}

/** What an update decided: the new lock file (none: leave the file untouched) and the caller's result. */
export interface LockUpdate<T> {
  lock?: LockFile;
  result: T;
}

/** How long the inter-process lock waits for and trusts another holder. */
export interface LockTiming {
  /**
   * A lock held longer than this without a heartbeat belongs to a dead process and is taken over. The
   * holder refreshes it every staleMs / 2, so a live update of any length keeps it. At least 2000.
   */
  staleMs: number;
  /** Waiting for another process (proper-lockfile's retry options). */
  retries: { retries: number; factor: number; minTimeout: number; maxTimeout: number; randomize: boolean };
}

/** Up to ~60 s of waiting in total, checking often at first. */
const DEFAULT_TIMING: LockTiming = {
  staleMs: 10_000,
  retries: { retries: 40, factor: 1.3, minTimeout: 25, maxTimeout: 2_000, randomize: true },
};

/**
 * Reads the lock file, lets `update` decide, and writes its result, all while holding an
 * inter-process lock on the file (`<lock file>.lock`, a directory): no other promptgate process reads
 * or writes the lock file in between, so no update is lost. `update` may take its time (create tags,
 * restore files); it must not call updateLockFile itself.
 */
export async function updateLockFile<T>(
  root: string,
  path: string,
  update: (current: LockFile) => Promise<LockUpdate<T>> | LockUpdate<T>,
  timing: LockTiming = DEFAULT_TIMING,
): Promise<T> {
  const full = resolve(root, path);
  await mkdir(dirname(full), { recursive: true });
  let compromised: Error | undefined;
  // Loaded here, not with the module: proper-lockfile patches `fs` through graceful-fs and installs
  // exit handlers when evaluated, which every `eval` paid for at start-up without taking a lock.
  const { default: lockfile } = await import('proper-lockfile');
  const release = await lockfile
    .lock(full, {
      realpath: false,
      stale: timing.staleMs,
      retries: timing.retries,
      // The default throws from a timer and kills the process; refusing the write is enough.
      onCompromised: (error) => {
        compromised = error;
      },
    })
    .catch((error: unknown) => {
      throw isLockHeld(error) ? new LockBusyError(path) : error;
    });
  try {
    const held = await stat(`${full}.lock`);
    await removeLeftoverTemps(full);
    const decided = await update(await readLockFile(root, path));
    if (decided.lock) {
      // The heartbeat notices a takeover only on its next beat; a write now would undo the other's.
      const lost = compromised
        ? 'another process took it over'
        : await lostSince(`${full}.lock`, held, timing.staleMs);
      if (lost) throw new LockLostError(path, lost);
      await writeFileAtomically(full, serializeLockFile(decided.lock));
    }
    return decided.result;
  } finally {
    await release().catch(() => undefined);
  }
}

/**
 * Why the lock held since `held` (its directory's stat at acquisition) no longer protects a write;
 * undefined while it does. Another process takes a lock over by removing its directory and creating
 * its own (a new inode and birth time), once the mtime is older than the stale bound. A lock whose
 * heartbeat is overdue may be under takeover right now, the other process having read the old file:
 * writing then could lose its update, so the margin (a quarter of the bound) is left for the write.
 */
async function lostSince(lockDir: string, held: Stats, staleMs: number): Promise<string | undefined> {
  const now = await stat(lockDir).catch(() => undefined);
  if (!now || now.ino !== held.ino || now.dev !== held.dev || now.birthtimeMs !== held.birthtimeMs)
    return 'another process took it over';
  const silentMs = Date.now() - now.mtimeMs;
  if (silentMs > staleMs * 0.75) return `its heartbeat stalled for ${Math.round(silentMs / 1000)} s`;
  return undefined;
}

/** This process no longer holds the lock it took (it stalled past the stale bound): nothing is written. */
export class LockLostError extends Error {
  constructor(path: string, why: string) {
    super(
      `lost the lock on ${path} while updating it (${why}): ${path} was not written, and another process ` +
        `may have changed it meanwhile; run the command again`,
    );
    this.name = 'LockLostError';
  }
}

/** Another process kept the lock for the whole wait. */
export class LockBusyError extends Error {
  constructor(path: string) {
    super(
      `another promptgate process has been updating ${path} for over a minute (${path}.lock exists); ` +
        `if none is running, remove ${path}.lock and run again`,
    );
    this.name = 'LockBusyError';
  }
}

function isLockHeld(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ELOCKED';
}
