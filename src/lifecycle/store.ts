import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { emptyLockFile, parseLockFile, serializeLockFile, type LockFile } from './lockfile.js';

/** The repository's lock file; an empty one when it does not exist yet (before the first promotion). */
export async function readLockFile(root: string, path: string): Promise<LockFile> {
  try {
    return parseLockFile(await readFile(resolve(root, path), 'utf8'), path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyLockFile();
    throw error;
  }
}

export async function writeLockFile(root: string, path: string, lock: LockFile): Promise<void> {
  const full = resolve(root, path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, serializeLockFile(lock), 'utf8');
}
