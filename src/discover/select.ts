import picomatch from 'picomatch';
import { UsageError } from '../errors.js';

const GLOB_CHARACTERS = /[*?[\]{}!]/;

/**
 * Which repo files a list of `PATH|GLOB` arguments (repo-relative, posix) selects: a file itself,
 * everything under a directory, or what a glob matches. `.` (or an empty path) is the whole
 * repository.
 */
export function pathMatcher(paths: readonly string[]): (file: string) => boolean {
  const tests = paths.map(pathTest);
  return (file) => tests.some((test) => test(file));
}

function pathTest(path: string): (file: string) => boolean {
  if (GLOB_CHARACTERS.test(path)) return picomatch(path, { dot: true });
  const dir = path.replace(/\/+$/, '');
  if (dir === '' || dir === '.') return () => true;
  return (file) => file === dir || file.startsWith(`${dir}/`);
}

/**
 * Throws a usage error naming every path that selects none of `files` (prompt, suite and broken
 * files of the run): a typo must never turn into an empty, passing run.
 */
export function checkPathsMatch(paths: readonly string[], files: readonly string[]): void {
  const unmatched = paths.filter((path) => !files.some(pathTest(path)));
  if (unmatched.length > 0) {
    throw new UsageError(
      `no prompt or eval suite file matches ${unmatched.map((p) => `\`${p}\``).join(', ')} (paths are files, directories or globs, relative to the current directory)`,
    );
  }
}
