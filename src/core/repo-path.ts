import { posix } from 'node:path';

/**
 * A path a file names (a suite's `ref:`, `template:` or case file) as a repository path: relative
 * to the naming file's folder, or to the repository root when it starts with `/`.
 */
export function resolveFrom(namingFile: string, ref: string): string {
  return ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(posix.dirname(namingFile), ref));
}
