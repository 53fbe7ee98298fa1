import { GitCommitSnapshot } from './commit.js';
import { ensureCommitsAvailable, filesChangedSince, mergeBase } from './history.js';
import type { RepoSnapshot } from './snapshot.js';
import { WorkingTreeSnapshot } from './worktree.js';

/** What a compare run reads: both sides as snapshots, the commits they stand for, and git's renames. */
export interface CompareRange {
  /** The merge base of the requested base and the head. */
  baseSha: string;
  headSha: string;
  base: RepoSnapshot;
  /** The head commit, or the working tree when no head was requested. */
  head: RepoSnapshot;
  /** Renamed files: head path -> base path. */
  renames: ReadonlyMap<string, string>;
}

/**
 * The repository as the application layer sees it: the working tree and compare ranges. The git
 * implementation below is the only one in production; tests hand in memory snapshots instead.
 */
export interface Repository {
  workingTree(): RepoSnapshot;
  /** `head` undefined: the working tree against the merge base of `base` and HEAD. */
  compareRange(base: string, head?: string): Promise<CompareRange>;
  /**
   * A pull request checked out in the working tree: `trusted` is the merge base of `base` and HEAD,
   * the commit `compare` takes its trusted config from (what a pull request cannot have written);
   * `head` is the HEAD commit (what it did write).
   */
  pullRequestSnapshots(base: string): Promise<{ trusted: RepoSnapshot; head: RepoSnapshot }>;
}

export function gitRepository(root: string): Repository {
  return {
    workingTree: () => new WorkingTreeSnapshot(root),
    async compareRange(base, head) {
      const [baseTip, headSha] = await ensureCommitsAvailable(root, [base, head ?? 'HEAD']);
      const baseSha = await mergeBase(root, baseTip, headSha);
      // Independent git reads: the diff and both trees are listed at the same time.
      const [changes, baseSnapshot, headSnapshot] = await Promise.all([
        filesChangedSince(root, baseSha, head ? headSha : undefined),
        GitCommitSnapshot.create(root, baseSha),
        head ? GitCommitSnapshot.create(root, headSha) : new WorkingTreeSnapshot(root),
      ]);
      const renames = new Map<string, string>();
      for (const change of changes) {
        if (change.status === 'renamed' && change.previousPath) renames.set(change.path, change.previousPath);
      }
      return { baseSha, headSha, base: baseSnapshot, head: headSnapshot, renames };
    },
    async pullRequestSnapshots(base) {
      const [baseTip, headSha] = await ensureCommitsAvailable(root, [base, 'HEAD']);
      const trustedSha = await mergeBase(root, baseTip, headSha);
      const [trusted, head] = await Promise.all([
        GitCommitSnapshot.create(root, trustedSha),
        GitCommitSnapshot.create(root, headSha),
      ]);
      return { trusted, head };
    },
  };
}
