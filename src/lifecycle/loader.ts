/**
 * `promptgate/lock`: what applications import to use the released version of a prompt, as recorded
 * by `promptgate promote` and `promptgate rollout`. Kept small (the lock file parser, git and node
 * built-ins only) because it ships inside applications, bundled apart from the CLI and the action.
 * The public types live in types/lock.d.ts; this file implements them.
 */
import type {
  LoadProductionOptions,
  ProductionPrompt,
  ResolvedPrompt,
  ResolveOptions,
} from '../../types/lock.js';
import { ConfigError } from '../errors.js';
import { loadEntry } from './entry-files.js';
import { readWorkingFile } from './files.js';
import { findLocked, parseLockFile, type LockEntry } from './lockfile.js';
import { resolveFromLock } from './resolve.js';

export const DEFAULT_LOCK_FILE = 'promptgate.lock.yaml';

export type { LoadProductionOptions, ProductionPrompt, ResolvedPrompt, ResolveOptions };
export { clearResolveCache } from './resolve.js';

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
  const entry = await readEntry(root, lockPath, id);
  return loadEntry(id, entry, { root, lockPath, warn: warner(options), label: 'production version' });
}

/** The version of `id` serving `targetingKey` in `env`, with its messages, model and parameters. */
export async function resolvePrompt(id: string, options: ResolveOptions = {}): Promise<ResolvedPrompt> {
  return resolveFromLock(id, options, {
    defaultLockFile: DEFAULT_LOCK_FILE,
    warn: warner(options),
    load: loadEntry,
  });
}

function warner(options: LoadProductionOptions): (message: string) => void {
  return options.onWarning ?? ((message: string) => process.emitWarning(message, 'PromptgateWarning'));
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
