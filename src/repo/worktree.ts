import { readFileSync, realpathSync, statSync } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { SymlinkEscapeError } from '../errors.js';
import { git } from './git.js';
import { inGitDirectory, normalizeRepoPath, splitNul } from './paths.js';
import type { RepoSnapshot } from './snapshot.js';
import { decodeText } from './decode.js';

/** Folders a plain filesystem walk never enters (git's own data and installed dependencies). */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/** Submodules are directories in the work tree, not files: their index entries have this mode. */
const GITLINK_MODE = '160000';

/**
 * The files on disk under `root`. Inside a git work tree it lists what git would see (tracked files
 * plus untracked ones that `.gitignore` does not exclude, minus tracked files deleted on disk), so a
 * local run evaluates uncommitted edits but not build output. Outside git it walks the folder.
 */
export class WorkingTreeSnapshot implements RepoSnapshot {
  readonly label = 'working tree';
  readonly sha = undefined;

  private realRoot: Promise<string> | undefined;
  private listing: Promise<string[]> | undefined;
  private listed: Promise<ReadonlySet<string>> | undefined;
  /** Real paths by repo path: loading a file asks for its size, then its text. */
  private readonly realPaths = new Map<string, Promise<string>>();

  constructor(readonly root: string) {}

  /** Listed once per snapshot (a git call), like everything else this view shows. */
  async listFiles(): Promise<string[]> {
    this.listing ??= listWorkingTree(this.root);
    return [...(await this.listing)];
  }

  async readFile(path: string): Promise<string | undefined> {
    const repoPath = await this.visible(path);
    if (repoPath === undefined) return undefined;
    try {
      // Read synchronously, like the size: a repository file is small (and under the size limit when
      // read through limitedSnapshot), and fs/promises pays four thread-pool round trips per file,
      // which made listing-and-reading 2,000 prompt files about 4x slower.
      return decodeText(readFileSync(await this.inside(repoPath)));
    } catch (error) {
      if (isMissingFileError(error)) return undefined;
      throw error;
    }
  }

  async fileSize(path: string): Promise<number | undefined> {
    const repoPath = await this.visible(path);
    if (repoPath === undefined) return undefined;
    try {
      const info = statSync(await this.inside(repoPath));
      return info.isFile() ? info.size : undefined;
    } catch (error) {
      if (isMissingFileError(error)) return undefined;
      throw error;
    }
  }

  /**
   * Only the files listFiles shows can be read: not `.git/` (where checkouts keep credentials),
   * not git-ignored files (`.env`, build output). A template including such a path finds nothing.
   */
  private async visible(path: string): Promise<string | undefined> {
    const repoPath = normalizeRepoPath(path);
    if (repoPath === undefined) return undefined;
    this.listed ??= this.listFiles().then((files) => new Set(files));
    if ((await this.listed).has(repoPath)) return repoPath;
    // Not a file of the repository; a path through a link out of it is still named as such.
    await this.inside(repoPath).catch((error: unknown) => {
      if (error instanceof SymlinkEscapeError) throw error;
    });
    return undefined;
  }

  /**
   * The real path of a repository file: whatever links it passes through, it must stay inside, and
   * out of `.git` (a listed link may point there: git's data, with the checkout's credentials).
   */
  private inside(repoPath: string): Promise<string> {
    let real = this.realPaths.get(repoPath);
    if (!real) {
      real = this.resolveInside(repoPath);
      this.realPaths.set(repoPath, real);
    }
    return real;
  }

  private async resolveInside(repoPath: string): Promise<string> {
    // libc's realpath, as fs/promises' realpath uses.
    const real = realpathSync.native(join(this.root, repoPath));
    const root = await this.rootPath();
    if (!isInside(root, real) || inGitDirectory(relative(root, real))) {
      throw new SymlinkEscapeError(repoPath, real);
    }
    return real;
  }

  private rootPath(): Promise<string> {
    this.realRoot ??= realpath(this.root);
    return this.realRoot;
  }
}

async function listWorkingTree(root: string): Promise<string[]> {
  // One git process lists the index (with modes), the untracked files and the deleted ones, each
  // entry tagged: `H`/`S`/`M` "<mode> <object> <stage>\t<path>" (in the index), `R` the same for a
  // tracked file deleted on disk, `? <path>` untracked and not ignored. Paths are relative to
  // `root` even when it is a subfolder of the repository, like every other view.
  const listing = await git(
    ['ls-files', '-z', '-t', '--cached', '--stage', '--deleted', '--others', '--exclude-standard'],
    root,
  );
  if (listing.exitCode !== 0) {
    // Outside a work tree the folder is walked; inside one, git's failure is the error.
    const inside = await git(['rev-parse', '--is-inside-work-tree'], root);
    if (inside.exitCode !== 0 || inside.stdout.trim() !== 'true') return walk(root, '');
    throw new Error(`git ls-files failed: ${listing.stderr.trim() || `exit ${listing.exitCode}`}`);
  }
  const tracked: string[] = [];
  const untracked: string[] = [];
  const gone = new Set<string>();
  for (const entry of splitNul(listing.stdout)) {
    const tag = entry[0];
    const rest = entry.slice(2);
    if (tag === '?') untracked.push(rest);
    else if (tag === 'R') gone.add(rest.slice(rest.indexOf('\t') + 1));
    else tracked.push(rest);
  }
  const files = new Set<string>();
  for (const entry of tracked) {
    // A conflicted path appears once per stage, hence the Set.
    const path = entry.slice(entry.indexOf('\t') + 1);
    if (!entry.startsWith(GITLINK_MODE) && !gone.has(path)) files.add(path);
  }
  // A nested repository shows up as "dir/": it is not a file of this one.
  for (const path of untracked) if (!path.endsWith('/')) files.add(path);
  return [...files].sort();
}

async function walk(root: string, prefix: string): Promise<string[]> {
  const entries = await readdir(join(root, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry): Promise<string[]> => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : walk(root, path);
      return entry.isFile() || entry.isSymbolicLink() ? [path] : [];
    }),
  );
  return nested.flat().sort();
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function isMissingFileError(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}
