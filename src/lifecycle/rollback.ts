import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomically } from '../fs/atomic-write.js';
import { readFileAtCommit, readWorkingFile, sha256 } from './files.js';
import {
  productionEntry,
  type HistoryEvent,
  type LockedPrompt,
  type LockEntry,
  type LockFile,
} from './lockfile.js';
import {
  environmentStatus,
  findInEnvironment,
  PRODUCTION,
  versionStatus,
  withEnvironmentPrompt,
} from './environments.js';
import { checkTransition } from './states.js';
import { shortHash } from './versioning.js';

export interface RollbackArgs {
  /** Repository root (the working tree). */
  root: string;
  lock: LockFile;
  /** The environment whose version is rolled back; default production. */
  env?: string;
  id: string;
  /** The version to restore (a GitHub Models file's short hash, or a prefix of it); default: the one before the current. */
  toVersion?: string;
  actor: string;
  now: Date;
  /**
   * Write the restored version's prompt file and partials into the working tree. Production only:
   * the working tree is what production is promoted from; another environment's rollback changes
   * its lock entry alone.
   */
  restoreFile: boolean;
  reason?: string;
}

export interface RollbackResult {
  lock: LockFile;
  from: LockEntry;
  to: LockEntry;
  /** The prompt file written, when restoreFile. */
  restoredPath?: string;
  /** The partials written, when restoreFile. */
  restoredPartials: string[];
  /** What else the user should know (a shared partial, a file left at an old path). */
  notes: string[];
}

/**
 * Makes an earlier version of an environment current again: by default the one it served before
 * the current version was promoted there (so two rollbacks in a row walk further back, not forward
 * again). The restored files come from git at the commit recorded for that version.
 */
export async function rollback(args: RollbackArgs): Promise<RollbackResult> {
  const env = args.env ?? PRODUCTION;
  const current = findInEnvironment(args.lock, env, args.id);
  if (!current)
    throw new UsageError(`\`${args.id}\` has no ${env} version in the lock file: nothing to roll back`);
  if (current.rollout) {
    const envFlag = env === PRODUCTION ? '' : ` --env ${env}`;
    throw new UsageError(
      `a rollout of ${current.rollout.version} is in progress in ${env}: abort it first (\`promptgate rollout ${args.id}${envFlag} --abort\`), which returns everyone to ${current.version}`,
    );
  }
  const target = args.toVersion ? namedVersion(current, env, args.toVersion) : previousVersion(current, env);
  const status = versionStatus(args.lock, args.id, target.hash);
  // As in promote: a production version may also be served by another environment again.
  if (status && status !== PRODUCTION)
    checkTransition(`${args.id} ${target.version}`, status, environmentStatus(env));
  const paths = [target.path, ...(target.partials ?? [])];

  const contents = new Map<string, string>();
  for (const path of paths) {
    const text = await readFileAtCommit(args.root, target.commit, path);
    if (text === undefined) {
      throw new Error(
        `cannot read ${path} at commit ${target.commit.slice(0, 7)} (version ${target.version}): ` +
          'fetch the full history (git fetch --unshallow --tags) and try again',
      );
    }
    contents.set(path, text);
  }

  const at = args.now.toISOString();
  const to: LockEntry = {
    version: target.version,
    hash: target.hash,
    // GitHub Models files are versioned by their short hash; semver means a promptgate file.
    format: target.version === shortHash(target.hash) ? 'github' : 'promptgate',
    path: target.path,
    commit: target.commit,
    files: Object.fromEntries([...contents].map(([path, text]) => [path, sha256(text)])),
    promotedBy: args.actor,
    promotedAt: at,
  };
  const event: HistoryEvent = {
    event: 'rollback',
    version: target.version,
    hash: target.hash,
    path: target.path,
    ...(target.partials?.length ? { partials: [...target.partials] } : {}),
    commit: target.commit,
    actor: args.actor,
    at,
    from: current.version,
    ...(args.reason?.trim() ? { reason: args.reason.trim() } : {}),
  };
  // The promotion's evaluation and the last scheduled run measured the version being replaced.
  const locked: LockedPrompt = { ...to, history: [...current.history, event] };
  const lock = withEnvironmentPrompt(args.lock, env, args.id, locked);

  const restoreFile = args.restoreFile && env === PRODUCTION;
  const notes = restoreFile ? sharedPartialNotes(args.lock, args.id, target.partials ?? []) : [];
  if (current.path !== target.path && env === PRODUCTION) {
    notes.push(
      `${current.path} (the path of ${current.version}) was left in place; remove it if it is no longer used`,
    );
  }
  if (!restoreFile) return { lock, from: productionEntry(current), to, restoredPartials: [], notes };

  const dirty = await uncommittedEdits(args.root, [...contents.keys()], current);
  if (dirty.length > 0) {
    throw new UsageError(
      `${dirty.join(', ')} ${dirty.length === 1 ? 'has' : 'have'} uncommitted changes that restoring would overwrite: ` +
        'commit or stash them first, or roll back the lock file only (--no-restore)',
    );
  }
  for (const [path, text] of contents) {
    await writeFileAtomically(join(args.root, path), text);
  }
  return {
    lock,
    from: productionEntry(current),
    to,
    restoredPath: target.path,
    restoredPartials: target.partials ?? [],
    notes,
  };
}

/**
 * Paths a restore would destroy work in: the file on disk is neither as committed at HEAD nor the
 * current production version (which an earlier, not yet committed rollback may have written).
 */
async function uncommittedEdits(root: string, paths: string[], current: LockEntry): Promise<string[]> {
  const dirty: string[] = [];
  for (const path of paths) {
    const working = await readWorkingFile(root, path);
    if (working === undefined || sha256(working) === current.files[path]) continue;
    if (working !== (await readFileAtCommit(root, 'HEAD', path))) dirty.push(path);
  }
  return dirty;
}

/** The version the environment served before the current one: its history replayed as a stack of states. */
function previousVersion(current: LockedPrompt, env: string): HistoryEvent {
  const stack: HistoryEvent[] = [];
  for (const event of current.history.filter(changedVersion)) {
    if (event.event === 'rollback') {
      const index = stack.findLastIndex((e) => e.hash === event.hash);
      if (index >= 0) {
        stack.length = index + 1;
        continue;
      }
    } else if (stack.at(-1)?.hash === event.hash) continue;
    stack.push(event);
  }
  while (stack.length > 0 && stack.at(-1)?.hash === current.hash) stack.pop();
  const previous = stack.at(-1);
  if (!previous) {
    throw new UsageError(
      `\`${current.version}\` is the first ${env} version of this prompt: there is no earlier version to roll back to`,
    );
  }
  return previous;
}

/** Events that made a version the environment's version (a canary only serves some keys until it completes). */
function changedVersion(event: HistoryEvent): boolean {
  return ['promote', 'forced-promote', 'rollback', 'rollout-complete'].includes(event.event);
}

function namedVersion(current: LockedPrompt, env: string, version: string): HistoryEvent {
  const matches = (e: HistoryEvent) =>
    e.version === version || (version.length >= 7 && e.hash.startsWith(version));
  const event = current.history.filter(changedVersion).findLast(matches);
  if (!event) {
    const known = [...new Set(current.history.map((e) => e.version))].join(', ');
    throw new UsageError(`version \`${version}\` was never in ${env} (${env} history: ${known || 'empty'})`);
  }
  if (event.hash === current.hash)
    throw new UsageError(`version \`${current.version}\` is already in ${env}`);
  return event;
}

function sharedPartialNotes(lock: LockFile, id: string, partials: string[]): string[] {
  return partials.flatMap((partial) => {
    const users = Object.entries(lock.prompts)
      .filter(([other, p]) => other !== id && Object.hasOwn(p.files, partial))
      .map(([other]) => other);
    return users.length > 0
      ? [`partial ${partial} is also used by ${users.join(', ')}: restoring it changes them too`]
      : [];
  });
}
