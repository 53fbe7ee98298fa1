import { posix } from 'node:path';

/**
 * Normalises a repo-relative path the same way for every snapshot (`./a//b` -> `a/b`), so the
 * working tree and a commit answer the same question. Paths that leave the repository (absolute,
 * `..` above the root) return undefined: a snapshot only ever shows files of its own repository.
 */
export function normalizeRepoPath(path: string): string | undefined {
  if (path === '' || posix.isAbsolute(path)) return undefined;
  const normalized = posix.normalize(path);
  if (normalized === '.' || normalized === '..' || normalized.startsWith('../')) return undefined;
  return normalized.replace(/\/$/, '');
}

/** Splits NUL-separated git output (`-z`) into its entries. */
export function splitNul(text: string): string[] {
  return text.split('\0').filter((entry) => entry !== '');
}
