import { compileGlob, GlobSyntaxError } from '../core/glob.js';
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
  if (GLOB_CHARACTERS.test(path)) {
    try {
      return compileGlob(path, 'path');
    } catch (error) {
      if (error instanceof GlobSyntaxError) throw new UsageError(`${error.message} (in the command's paths)`);
      throw error;
    }
  }
  const dir = path.replace(/\/+$/, '');
  if (dir === '' || dir === '.') return () => true;
  return (file) => file === dir || file.startsWith(`${dir}/`);
}

/** What the repository holds and which files promptgate.yaml makes prompts and suites of. */
export interface PathContext {
  /** Every file of the snapshot (repo-relative posix paths). */
  repoFiles: readonly string[];
  /** The `prompts` and `suites` globs of the configuration in effect. */
  promptGlobs: readonly string[];
  suiteGlobs: readonly string[];
}

/**
 * Throws a usage error naming every path that selects none of `files` (prompt, suite and broken
 * files of the run): a typo must never turn into an empty, passing run. A path that does select
 * files of the repository, just none the configuration loads, says so and names the globs.
 */
export function checkPathsMatch(
  paths: readonly string[],
  files: readonly string[],
  context?: PathContext,
): void {
  const unmatched = paths.filter((path) => !files.some(pathTest(path)));
  if (unmatched.length === 0) return;
  const list = (items: readonly string[]) => items.map((p) => `\`${p}\``).join(', ');
  const outside = context ? unmatched.filter((path) => context.repoFiles.some(pathTest(path))) : [];
  const missing = unmatched.filter((path) => !outside.includes(path));
  const problems = [
    ...(missing.length > 0
      ? [
          `no prompt or eval suite file matches ${list(missing)} (paths are files, directories or globs, relative to the current directory)`,
        ]
      : []),
    ...(context && outside.length > 0
      ? [
          `${list(outside)} ${outside.length === 1 ? 'exists' : 'exist'} but no prompt or suite file there is matched by promptgate.yaml's globs ` +
            `(prompts: ${list(context.promptGlobs)}; suites: ${list(context.suiteGlobs)}); ` +
            'add a `prompts` or `suites` glob that matches it, or rename the file to match one',
        ]
      : []),
  ];
  throw new UsageError(problems.join('; '));
}
