import { posix } from 'node:path';

/**
 * Normalises a repo-relative path the same way for every snapshot (`./a//b` -> `a/b`), so the
 * working tree and a commit answer the same question. Paths that leave the repository (absolute,
 * `..` above the root) return undefined: a snapshot only ever shows files of its own repository.
 * So do paths into git's own data (`.git/config` holds the checkout's token): git tracks no such
 * path, so no commit has one, and in a working tree they are not the repository's files.
 */
export function normalizeRepoPath(path: string): string | undefined {
  if (path === '' || posix.isAbsolute(path)) return undefined;
  const normalized = posix.normalize(path);
  if (normalized === '.' || normalized === '..' || normalized.startsWith('../')) return undefined;
  if (inGitDirectory(normalized)) return undefined;
  return normalized.replace(/\/$/, '');
}

/** Whether a relative path passes through a `.git` folder (any case: file systems may ignore it). */
export function inGitDirectory(path: string): boolean {
  return path.split(/[\\/]/).some((segment) => segment.toLowerCase() === '.git');
}

/** Splits NUL-separated git output (`-z`) into its entries. */
export function splitNul(text: string): string[] {
  return text.split('\0').filter((entry) => entry !== '');
}
