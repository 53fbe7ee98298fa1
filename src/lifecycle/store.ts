import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { readWorkingFile } from './files.js';
import { emptyLockFile, parseLockFile, serializeLockFile, type LockFile } from './lockfile.js';

/** The repository's lock file; an empty one when it does not exist yet (before the first promotion). */
export async function readLockFile(root: string, path: string): Promise<LockFile> {
  const text = await readWorkingFile(root, path);
  return text === undefined ? emptyLockFile() : parseLockFile(text, path);
}

export async function writeLockFile(root: string, path: string, lock: LockFile): Promise<void> {
  const full = resolve(root, path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, serializeLockFile(lock), 'utf8');
}
