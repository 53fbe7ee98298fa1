import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { git, gitOrThrow } from './git.js';
import { splitNul } from './paths.js';

export interface FileChange {
  status: 'added' | 'modified' | 'removed' | 'renamed';
  path: string;
  /** For renames: the path at base. */
  previousPath?: string;
}

/** The remote actions/checkout creates; missing history is fetched from it. */
const DEFAULT_REMOTE = 'origin';

const FETCH_HINT =
  'on GitHub Actions set `fetch-depth: 0` on actions/checkout (or fetch the base branch before promptgate runs); ' +
  'locally run `git fetch origin`';

/**
 * The full sha of a commit-ish. A branch that exists only as `origin/<name>` (what actions/checkout
 * leaves behind) is found too, so `--base main` works in CI as it does locally.
 */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  const sha = await tryResolve(root, ref);
  if (sha) return sha;
  await assertGitRepository(root);
  throw new ConfigError(`the commit \`${ref}\` is not in this clone`, undefined, FETCH_HINT);
}

/** The best common ancestor of two commits: where a pull request's branch left its base. */
export async function mergeBase(root: string, a: string, b: string): Promise<string> {
  const [shaA, shaB] = await Promise.all([resolveCommit(root, a), resolveCommit(root, b)]);
  const found = await mergeBaseOf(root, shaA, shaB);
  if (found) return found;
  const shallow = await isShallow(root);
  throw new ConfigError(
    `\`${a}\` and \`${b}\` have no common ancestor in this clone${shallow ? ' (it is a shallow clone)' : ''}`,
    undefined,
    shallow ? FETCH_HINT : 'compare two commits of the same history',
  );
}

/**
 * Files that differ between the merge base of `base` and `head` and `head` itself (what a pull
 * request changes, ignoring what landed on the base branch since), renames detected by git.
 * Without `head` the working tree is compared, including untracked files that are not ignored.
 * Paths are relative to `root`, like the snapshots'.
 */
export async function changedFiles(root: string, base: string, head?: string): Promise<FileChange[]> {
  if (head !== undefined) {
    const [baseSha, headSha] = await Promise.all([resolveCommit(root, base), resolveCommit(root, head)]);
    return parseNameStatus(await gitOrThrow([...DIFF_ARGS, `${baseSha}...${headSha}`, '--'], root));
  }
  return filesChangedSince(root, await mergeBase(root, base, 'HEAD'));
}

const DIFF_ARGS = ['diff', '--name-status', '-z', '-M', '--relative', '--no-ext-diff'];

/**
 * Files that differ between the commit `from` itself (no merge base is taken: callers that hold
 * one already pass it) and `head`, or the working tree when `head` is undefined.
 */
export async function filesChangedSince(root: string, from: string, head?: string): Promise<FileChange[]> {
  if (head !== undefined) return parseNameStatus(await gitOrThrow([...DIFF_ARGS, from, head, '--'], root));
  // Untracked files join a scratch copy of the index as intent-to-add, so git's rename detection
  // pairs a plain `mv` (delete + untracked file) as a rename; the real index is never touched.
  const listing = gitOrThrow(['ls-files', '-z', '--others', '--exclude-standard'], root);
  return withScratchIndex(root, async (env) => {
    const untracked = splitNul(await listing).filter((path) => !path.endsWith('/'));
    if (untracked.length > 0) {
      await gitOrThrow(
        ['add', '--intent-to-add', '--pathspec-from-file=-', '--pathspec-file-nul'],
        root,
        untracked.join('\0'),
        env,
      );
    }
    const diff = await gitOrThrow([...DIFF_ARGS, from, '--'], root, undefined, env);
    return parseNameStatus(diff).sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  });
}

/** Runs `work` with GIT_INDEX_FILE pointing at a throw-away copy of the repository's index. */
async function withScratchIndex<T>(
  root: string,
  work: (env: Record<string, string>) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'promptgate-index-'));
  try {
    const scratch = join(dir, 'index');
    const real = resolve(root, (await gitOrThrow(['rev-parse', '--git-path', 'index'], root)).trim());
    await copyFile(real, scratch).catch(() => undefined); // no index yet: start empty
    return await work({ GIT_INDEX_FILE: scratch });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Parses `git diff --name-status -z`: "<status>\0<path>\0" or "R<score>\0<old>\0<new>\0". */
export function parseNameStatus(output: string): FileChange[] {
  const fields = splitNul(output);
  const changes: FileChange[] = [];
  for (let i = 0; i < fields.length;) {
    const code = fields[i]?.[0] ?? '';
    if (code === 'R' || code === 'C') {
      const [previousPath, path] = [fields[i + 1] ?? '', fields[i + 2] ?? ''];
      // A copy leaves its source in place: for us the copy is simply a new file.
      changes.push(code === 'R' ? { status: 'renamed', path, previousPath } : { status: 'added', path });
      i += 3;
      continue;
    }
    const path = fields[i + 1] ?? '';
    changes.push({ status: code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified', path });
    i += 2;
  }
  return changes;
}

export interface EnsureCommitsOptions {
  /** How many times to deepen a shallow clone before giving up. Default 6 (about 1,600 commits). */
  maxDeepenRounds?: number;
  /** Told about each fetch, so a slow step is explained in the log. */
  log?: (message: string) => void;
}

/**
 * Makes sure every ref is in the clone and that they share history, fetching what is missing.
 * actions/checkout clones with `fetch-depth: 1` by default: the base commit is absent and the merge
 * base lies beyond the shallow boundary. Missing commits are fetched by sha (or branch), then the
 * history of all refs is deepened in growing steps until a merge base appears. When that fails the
 * error says how to fix the workflow instead of comparing against the wrong commit. Returns the
 * refs' commit shas, in order.
 */
export async function ensureCommitsAvailable<Refs extends string[]>(
  root: string,
  refs: [...Refs],
  options: EnsureCommitsOptions = {},
): Promise<{ [I in keyof Refs]: string }> {
  const shas = await availableCommits(root, refs, options);
  return shas as { [I in keyof Refs]: string };
}

async function availableCommits(
  root: string,
  refs: string[],
  options: EnsureCommitsOptions,
): Promise<string[]> {
  // The usual case, a clone that has every commit: one rev-parse per ref and one merge-base.
  const present = await Promise.all(refs.map((ref) => tryResolve(root, ref)));
  if (allDefined(present) && (await firstWithoutMergeBase(root, present)) === undefined) return present;

  await assertGitRepository(root);
  const maxRounds = options.maxDeepenRounds ?? 6;
  let lastFetchError: string | undefined;
  const fetch = async (args: string[], targets: string[]) => {
    options.log?.(`fetching ${targets.join(', ')} from ${DEFAULT_REMOTE} ${args.join(' ')}`.trim());
    const result = await git(['fetch', '--no-tags', '--quiet', ...args, DEFAULT_REMOTE, ...targets], root);
    mergeBases.clear();
    if (result.exitCode !== 0) lastFetchError = result.stderr.trim() || `exit ${result.exitCode}`;
  };

  // A full clone must stay full: `--depth` there would cut its history.
  const firstFetch = (await isShallow(root)) ? ['--depth=1'] : [];
  for (const ref of refs) {
    if (await tryResolve(root, ref)) continue;
    const target = fetchTarget(ref);
    if (target) await fetch(firstFetch, [target]);
  }

  for (let round = 0; ; round++) {
    const resolved = await Promise.all(refs.map((ref) => tryResolve(root, ref)));
    const missing = refs.filter((_, i) => resolved[i] === undefined);
    const disconnected = allDefined(resolved) ? await firstWithoutMergeBase(root, resolved) : undefined;
    if (allDefined(resolved) && disconnected === undefined) return resolved;

    const shallow = await isShallow(root);
    if (!shallow || round >= maxRounds) {
      const fetchNote = lastFetchError ? ` (git fetch said: ${lastFetchError})` : '';
      if (missing.length > 0) {
        throw new ConfigError(
          `the commit \`${missing.join('`, `')}\` is not in this clone${fetchNote}`,
          undefined,
          FETCH_HINT,
        );
      }
      const [a, b] = [refs[0] ?? '', refs[disconnected ?? 0] ?? ''];
      throw new ConfigError(
        shallow
          ? `\`${a}\` and \`${b}\` share no history within the fetched depth of this shallow clone${fetchNote}`
          : `\`${a}\` and \`${b}\` have no common ancestor`,
        undefined,
        shallow ? FETCH_HINT : 'compare two commits of the same history',
      );
    }
    // Deepen from every commit we know, including the bases of `sha^`-style refs still unresolved.
    const known = await Promise.all(
      refs.map(async (ref, i) => resolved[i] ?? (await tryResolve(root, stripSuffix(ref)))),
    );
    const targets = [...new Set(known.filter((sha): sha is string => sha !== undefined))];
    await fetch([`--deepen=${25 * 2 ** round}`], targets);
  }
}

/**
 * Commit shas this process has already verified, per repository. A commit never changes, so a
 * verified sha resolves to itself without another `git rev-parse` (one compare resolves the same
 * shas many times); names like `main` or `HEAD~1` can move and are always asked again.
 */
const verifiedCommits = new Set<string>();

async function tryResolve(root: string, ref: string): Promise<string | undefined> {
  if (verifiedCommits.has(`${root}\0${ref}`)) return ref;
  for (const candidate of [ref, `refs/remotes/${DEFAULT_REMOTE}/${ref}`]) {
    const result = await git(
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`],
      root,
    );
    if (result.exitCode === 0) {
      const sha = result.stdout.trim();
      verifiedCommits.add(`${root}\0${sha}`);
      return sha;
    }
  }
  return undefined;
}

/** Index of the first ref (after the first) that shares no history with the first, if any. */
async function firstWithoutMergeBase(root: string, shas: string[]): Promise<number | undefined> {
  const [first, ...rest] = shas;
  for (const [i, sha] of rest.entries()) {
    if ((await mergeBaseOf(root, first ?? '', sha)) === undefined) return i + 1;
  }
  return undefined;
}

/**
 * Merge bases found in this process, per repository and pair of verified shas: one compare asks
 * for the same pair several times. Forgotten on every fetch, since more history can change the
 * answer; a pair without a merge base is never remembered.
 */
const mergeBases = new Map<string, string>();

async function mergeBaseOf(root: string, shaA: string, shaB: string): Promise<string | undefined> {
  const key = `${root}\0${shaA}\0${shaB}`;
  const known = mergeBases.get(key);
  if (known) return known;
  const result = await git(['merge-base', shaA, shaB], root);
  if (result.exitCode !== 0) return undefined;
  const found = result.stdout.trim();
  mergeBases.set(key, found);
  return found;
}

function allDefined(shas: (string | undefined)[]): shas is string[] {
  return shas.every((sha) => sha !== undefined);
}

/** What to ask the remote for: a full sha by id, a branch (`main` or `origin/main`) into its tracking ref. */
function fetchTarget(ref: string): string | undefined {
  const base = stripSuffix(ref);
  if (/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(base)) return base;
  if (!/^[\w./-]+$/.test(base) || base.includes('..')) return undefined;
  const prefix = `${DEFAULT_REMOTE}/`;
  const branch = base.startsWith(prefix) ? base.slice(prefix.length) : base;
  return `+refs/heads/${branch}:refs/remotes/${DEFAULT_REMOTE}/${branch}`;
}

/** `abc123^`, `main~3` -> the commit they are relative to. */
function stripSuffix(ref: string): string {
  return ref.replace(/[~^].*$/, '');
}

async function isShallow(root: string): Promise<boolean> {
  const result = await git(['rev-parse', '--is-shallow-repository'], root);
  return result.stdout.trim() === 'true';
}

async function assertGitRepository(root: string): Promise<void> {
  const result = await git(['rev-parse', '--git-dir'], root);
  if (result.exitCode !== 0) {
    throw new ConfigError(
      `${root} is not a git repository: comparing needs the repository's history`,
      undefined,
      'run promptgate inside a clone (on GitHub Actions: add actions/checkout before it)',
    );
  }
}
