import { posix } from 'node:path';
import { SymlinkEscapeError } from '../errors.js';
import { CatFileReader } from './cat-file.js';
import { gitOrThrow } from './git.js';
import { resolveCommit } from './history.js';
import { normalizeRepoPath, splitNul } from './paths.js';
import type { RepoSnapshot } from './snapshot.js';
import { decodeText } from './decode.js';

interface TreeEntry {
  oid: string;
  symlink: boolean;
  /** Blob size in bytes, from `git ls-tree -l`. */
  size: number;
}

/** A symlink chain longer than this is treated as broken (it is almost certainly a loop). */
const MAX_SYMLINK_HOPS = 8;

/**
 * The files of one commit, read straight from git's object store: no checkout, so the working tree
 * (and other snapshots) stay untouched while baseline and candidate load side by side.
 */
export class GitCommitSnapshot implements RepoSnapshot {
  readonly label: string;
  private readonly reader: CatFileReader;
  private readonly contents = new Map<string, Promise<string | undefined>>();

  private constructor(
    readonly root: string,
    readonly sha: string,
    private readonly entries: ReadonlyMap<string, TreeEntry>,
  ) {
    this.label = sha.slice(0, 7);
    this.reader = new CatFileReader(root);
  }

  /** Resolves `ref` to a full sha (a ConfigError when it is not in the clone) and lists its tree. */
  static async create(root: string, ref: string): Promise<GitCommitSnapshot> {
    const sha = await resolveCommit(root, ref);
    return new GitCommitSnapshot(root, sha, await readTree(root, sha));
  }

  listFiles(): Promise<string[]> {
    return Promise.resolve([...this.entries.keys()].sort());
  }

  readFile(path: string): Promise<string | undefined> {
    const resolved = this.follow(normalizeRepoPath(path), 0);
    return resolved.then((entry) => (entry ? this.blobText(entry.oid) : undefined));
  }

  async fileSize(path: string): Promise<number | undefined> {
    return (await this.follow(normalizeRepoPath(path), 0))?.size;
  }

  /** Ends the background `git cat-file` process now instead of after its idle period. */
  close(): void {
    this.reader.close();
  }

  /** A symlink reads as its target's content, as it would in a checkout, when the target is in the commit. */
  private async follow(path: string | undefined, hops: number): Promise<TreeEntry | undefined> {
    const entry = path === undefined ? undefined : this.entries.get(path);
    if (!entry?.symlink || path === undefined) return entry;
    if (hops >= MAX_SYMLINK_HOPS) return undefined;
    const target = await this.blobText(entry.oid);
    if (target === undefined) return undefined;
    const resolved = posix.isAbsolute(target)
      ? undefined
      : normalizeRepoPath(posix.join(posix.dirname(path), target));
    // Never read as "not found" either: the link names a file the repository does not have.
    if (resolved === undefined) throw new SymlinkEscapeError(path, target);
    return this.follow(resolved, hops + 1);
  }

  private blobText(oid: string): Promise<string | undefined> {
    let content = this.contents.get(oid);
    if (!content) {
      content = this.reader.read(oid).then(
        (bytes) => (bytes ? decodeText(bytes) : undefined),
        (error: unknown) => {
          this.contents.delete(oid); // a failed read is retried, not remembered
          throw error;
        },
      );
      this.contents.set(oid, content);
    }
    return content;
  }
}

/**
 * `git ls-tree -r -l -z` ("<mode> <type> <oid> <size>\t<path>"): blob ids let reads go by object id, which
 * needs no quoting of odd file names. Submodules (type `commit`) are not files of this repository.
 * Paths are relative to `root`, matching the working-tree snapshot.
 */
async function readTree(root: string, sha: string): Promise<Map<string, TreeEntry>> {
  const entries = new Map<string, TreeEntry>();
  for (const line of splitNul(await gitOrThrow(['ls-tree', '-r', '-l', '-z', sha], root))) {
    // "<mode> <type> <oid> <size padded with spaces>\t<path>"
    const tab = line.indexOf('\t');
    const [mode, type, oid, size] = line.slice(0, tab).split(/ +/);
    if (type !== 'blob' || oid === undefined) continue;
    entries.set(line.slice(tab + 1), { oid, symlink: mode === '120000', size: Number(size) });
  }
  return entries;
}
