import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { git } from '../repo/git.js';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A file as it was at a commit, as checkout would write it (line-ending filters applied); undefined
 * when git is missing, the commit is not in this clone or the path did not exist there.
 */
export async function readFileAtCommit(
  root: string,
  commit: string,
  path: string,
): Promise<string | undefined> {
  try {
    const result = await git(['cat-file', '--filters', `${commit}:${path}`], root);
    return result.exitCode === 0 ? result.stdout : undefined;
  } catch {
    return undefined;
  }
}

/** A file under `root` (or at an absolute `path`), or undefined when it does not exist. */
export async function readWorkingFile(root: string, path: string): Promise<string | undefined> {
  try {
    return await readFile(resolve(root, path), 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}
