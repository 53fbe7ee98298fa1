/**
 * resolvePrompt's engine: the lock file read at most once per TTL, the last good read kept for when
 * the file is missing or broken mid-deploy, the version chosen with flagd's bucketing, and each
 * version's files read once (a recorded version's content never changes).
 */
import { resolve as resolvePath } from 'node:path';
import type { ProductionPrompt, ResolvedPrompt, ResolveOptions } from '../../types/lock.js';
import { ConfigError, getErrorMessage } from '../errors.js';
import { parsePromptFile } from '../prompts/parse.js';
import { entryFor } from './cohorts.js';
import { findInEnvironment, PRODUCTION } from './environments.js';
import { readWorkingFile } from './files.js';
import { parseLockFile, type LockEntry, type LockFile } from './lockfile.js';

const DEFAULT_TTL_MS = 30_000;

interface CachedLock {
  lock: LockFile;
  readAt: number;
}

/** By absolute lock file path. */
const lockCache = new Map<string, CachedLock>();
const lastGood = new Map<string, LockFile>();
/** By absolute root, prompt id and content hash; only content matching its recorded hashes. */
const contentCache = new Map<string, VersionContent>();

type VersionContent = ProductionPrompt & Pick<ResolvedPrompt, 'model' | 'modelParameters' | 'messages'>;

export function clearResolveCache(): void {
  lockCache.clear();
  lastGood.clear();
  contentCache.clear();
}

export interface ResolveDeps {
  defaultLockFile: string;
  warn: (message: string) => void;
  load: (
    id: string,
    entry: LockEntry,
    at: { root: string; lockPath: string; warn: (message: string) => void; label: string },
  ) => Promise<ProductionPrompt>;
  /** Milliseconds since the epoch; default Date.now. */
  now?: () => number;
}

export async function resolveFromLock(
  id: string,
  options: ResolveOptions,
  deps: ResolveDeps,
): Promise<ResolvedPrompt> {
  const root = resolvePath(options.root ?? process.cwd());
  const lockPath = options.lockFile ?? deps.defaultLockFile;
  const env = options.env ?? PRODUCTION;
  const lock = await currentLock(root, lockPath, options.cacheTtlMs ?? DEFAULT_TTL_MS, deps);
  const record = findInEnvironment(lock, env, id);
  if (!record) {
    throw new ConfigError(
      `\`${id}\` has no version in ${env}`,
      { file: lockPath },
      `promote it first: \`promptgate promote ${id}${env === PRODUCTION ? '' : ` --env ${env}`}\``,
    );
  }
  const entry = entryFor(id, record, options.targetingKey);
  const key = `${root}\0${id}\0${entry.hash}\0${entry.commit}`;
  let prompt = contentCache.get(key);
  if (!prompt) {
    const warnings: string[] = [];
    const files = await deps.load(id, entry, {
      root,
      lockPath,
      label: `${entry === record ? env : `${env} canary`} version`,
      warn: (message) => {
        warnings.push(message);
        deps.warn(message);
      },
    });
    prompt = { ...files, ...promptFields(files) };
    if (warnings.length === 0) contentCache.set(key, prompt);
  }
  return { ...prompt, env, variant: entry === record ? 'stable' : 'canary' };
}

async function currentLock(
  root: string,
  lockPath: string,
  ttlMs: number,
  deps: ResolveDeps,
): Promise<LockFile> {
  const full = resolvePath(root, lockPath);
  const now = (deps.now ?? Date.now)();
  const cached = lockCache.get(full);
  if (cached && now - cached.readAt < ttlMs) return cached.lock;
  try {
    const text = await readWorkingFile(root, lockPath);
    if (text === undefined)
      throw new ConfigError('lock file not found', { file: lockPath }, 'promote a prompt first');
    const lock = parseLockFile(text, lockPath);
    lockCache.set(full, { lock, readAt: now });
    lastGood.set(full, lock);
    return lock;
  } catch (error) {
    const previous = lastGood.get(full);
    if (!previous) throw error;
    deps.warn(`promptgate: cannot read ${lockPath} (${getErrorMessage(error)}); using the last version read`);
    // Retry after another TTL rather than on every call while the file is broken.
    lockCache.set(full, { lock: previous, readAt: now });
    return previous;
  }
}

/**
 * messages, model and modelParameters of the recorded prompt file, read by the same checked reader as
 * every prompt file (both formats): a file broken after review is a ConfigError at its line, never a
 * message silently left out of what the application sends.
 */
function promptFields(
  prompt: ProductionPrompt,
): Pick<ResolvedPrompt, 'model' | 'modelParameters' | 'messages'> {
  const draft = parsePromptFile(prompt.content, prompt.path);
  return {
    ...(draft.model ? { model: draft.model } : {}),
    modelParameters: draft.modelParameters,
    messages: draft.messages.map(({ role, content }) => ({ role, content })),
  };
}
