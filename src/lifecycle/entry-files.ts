/** The files of one recorded version of a prompt, for `promptgate/lock`. */
import type { ProductionPrompt } from '../../types/lock.js';
import { ConfigError } from '../errors.js';
import { readFileAtCommit, readWorkingFile, sha256 } from './files.js';
import type { LockEntry } from './lockfile.js';

export interface EntryLocation {
  root: string;
  lockPath: string;
  warn: (message: string) => void;
  /** How messages name the version: `production version`, `canary version`, ... */
  label: string;
}

/** The files of one recorded version: from git at its commit, else from the working tree. */
export async function loadEntry(id: string, entry: LockEntry, at: EntryLocation): Promise<ProductionPrompt> {
  // The lock file guarantees `files` holds the prompt file and every partial, each with its sha256.
  const paths = Object.keys(entry.files);
  const fromGit = await readAll(paths, (path) => readFileAtCommit(at.root, entry.commit, path));
  if (fromGit && matches(fromGit, entry)) return production(id, entry, fromGit, 'git');

  const fromTree = await readAll(paths, (path) => readWorkingFile(at.root, path));
  if (!fromTree) {
    throw new ConfigError(
      `cannot read ${at.label} ${entry.version} of \`${id}\`: commit ${entry.commit.slice(0, 7)} is not in this clone and ${paths.join(', ')} is not on disk`,
      { file: at.lockPath },
      'ship the prompt files with the application, or fetch the git history',
    );
  }
  if (!matches(fromTree, entry)) {
    const changed = paths.filter((path) => sha256(fromTree.get(path) ?? '') !== entry.files[path]);
    at.warn(
      `promptgate: ${changed.join(', ')} differ from ${at.label} ${entry.version} of \`${id}\` ` +
        `(commit ${entry.commit.slice(0, 7)}); using the files on disk`,
    );
  }
  return production(id, entry, fromTree, 'working tree');
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
