/**
 * `promptgate/lock`: what applications import to use the production version of a prompt, as
 * recorded by `promptgate promote`. Kept small (the lock file parser, git and node built-ins only)
 * because it ships inside applications, bundled apart from the CLI and the action.
 */
import { ConfigError } from '../errors.js';
import { readFileAtCommit, readWorkingFile, sha256 } from './files.js';
import { findLocked, parseLockFile, type LockEntry } from './lockfile.js';

export const DEFAULT_LOCK_FILE = 'promptgate.lock.yaml';

export interface LoadProductionOptions {
  /** Path of the lock file, relative to `root` (default `promptgate.lock.yaml`). */
  lockFile?: string;
  /** The repository root the lock file's paths are relative to (default: the current directory). */
  root?: string;
  /** Receives warnings; default `process.emitWarning`. */
  onWarning?: (message: string) => void;
}

export interface ProductionPrompt {
  id: string;
  version: string;
  /** Repo-relative path of the prompt file. */
  path: string;
  contentHash: string;
  /** The prompt file's text (YAML). */
  content: string;
  /** The text of each partial the prompt includes, by repo-relative path. */
  partials: Record<string, string>;
  commit: string;
  /** `git`: read at the recorded commit; `working tree`: the files on disk (a deployment without `.git`). */
  source: 'git' | 'working tree';
}

/**
 * The production version of prompt `id`: read from git at the commit the lock file records, or,
 * where there is no git history (a deployed build), from the working tree when its files have the
 * recorded hashes. Files that differ from the production version are still returned, with a warning.
 */
export async function loadProductionPrompt(
  id: string,
  options: LoadProductionOptions = {},
): Promise<ProductionPrompt> {
  const root = options.root ?? process.cwd();
  const lockPath = options.lockFile ?? DEFAULT_LOCK_FILE;
  const warn = options.onWarning ?? ((message: string) => process.emitWarning(message, 'PromptgateWarning'));

  const entry = await readEntry(root, lockPath, id);
  // The lock file guarantees `files` holds the prompt file and every partial, each with its sha256.
  const paths = Object.keys(entry.files);
  const fromGit = await readAll(paths, (path) => readFileAtCommit(root, entry.commit, path));
  if (fromGit && matches(fromGit, entry)) return production(id, entry, fromGit, 'git');

  const fromTree = await readAll(paths, (path) => readWorkingFile(root, path));
  if (!fromTree) {
    throw new ConfigError(
      `cannot read production version ${entry.version} of \`${id}\`: commit ${entry.commit.slice(0, 7)} is not in this clone and ${paths.join(', ')} is not on disk`,
      { file: lockPath },
      'ship the prompt files with the application, or fetch the git history',
    );
  }
  if (!matches(fromTree, entry)) {
    const changed = paths.filter((path) => sha256(fromTree.get(path) ?? '') !== entry.files[path]);
    warn(
      `promptgate: ${changed.join(', ')} differ from production version ${entry.version} of \`${id}\` ` +
        `(commit ${entry.commit.slice(0, 7)}); using the files on disk`,
    );
  }
  return production(id, entry, fromTree, 'working tree');
}

async function readEntry(root: string, lockPath: string, id: string): Promise<LockEntry> {
  const text = await readWorkingFile(root, lockPath);
  if (text === undefined) {
    throw new ConfigError(
      'lock file not found',
      { file: lockPath },
      'promote a prompt first: `promptgate promote <id>`',
    );
  }
  const entry = findLocked(parseLockFile(text, lockPath), id);
  if (!entry) {
    throw new ConfigError(
      `\`${id}\` has no production version`,
      { file: lockPath },
      `promote it first: \`promptgate promote ${id}\``,
    );
  }
  return entry;
}

async function readAll(
  paths: string[],
  read: (path: string) => Promise<string | undefined>,
): Promise<Map<string, string> | undefined> {
  const texts = new Map<string, string>();
  for (const path of paths) {
    const text = await read(path);
    if (text === undefined) return undefined;
    texts.set(path, text);
  }
  return texts;
}

function matches(texts: Map<string, string>, entry: LockEntry): boolean {
  return [...texts].every(([path, text]) => entry.files[path] === sha256(text));
}

function production(
  id: string,
  entry: LockEntry,
  texts: Map<string, string>,
  source: ProductionPrompt['source'],
): ProductionPrompt {
  return {
    id,
    version: entry.version,
    path: entry.path,
    contentHash: entry.hash,
    content: texts.get(entry.path) ?? '',
    partials: Object.fromEntries([...texts].filter(([path]) => path !== entry.path)),
    commit: entry.commit,
    source,
  };
}
