/**
 * Canary rollouts in the lock file: a version serves a share of an environment's targeting keys
 * while the environment's version serves the rest; completing makes it the environment's version,
 * aborting withdraws it. Pure: lock in, lock out; every step appends a history event.
 */
import { UsageError } from '../errors.js';
import { findInEnvironment, withEnvironmentPrompt } from './environments.js';
import type { HistoryEvent, LockedPrompt, LockEntry, LockFile, Rollout } from './lockfile.js';

export type RolloutStep =
  /** Start a canary of `entry` (or change the weight of the running one). */
  { kind: 'weight'; weight: number; entry: LockEntry } | { kind: 'complete' } | { kind: 'abort' };

export interface RolloutArgs {
  lock: LockFile;
  env: string;
  id: string;
  actor: string;
  now: Date;
  reason?: string;
}

export interface RolloutResult {
  lock: LockFile;
  /** One line per step taken, for the terminal. */
  summary: string[];
}

/** A weight from the command line or a config: an integer 0-100. */
export function parseWeight(text: string): number {
  const weight = Number(text);
  if (!/^\d{1,3}$/.test(text.trim()) || !Number.isInteger(weight) || weight < 0 || weight > 100) {
    throw new UsageError(
      `--weight must be a whole number from 0 to 100 (percent of targeting keys), got \`${text}\``,
    );
  }
  return weight;
}

export function applyRollout(args: RolloutArgs, step: RolloutStep): RolloutResult {
  const current = findInEnvironment(args.lock, args.env, args.id);
  if (!current) {
    throw new UsageError(
      `\`${args.id}\` has no version in ${args.env} yet: promote one first (\`promptgate promote ${args.id} --env ${args.env}\`), a rollout changes an existing version`,
    );
  }
  if (step.kind === 'weight') return setWeight(args, current, step.entry, step.weight);
  const rollout = current.rollout;
  if (!rollout) {
    throw new UsageError(
      `no rollout of \`${args.id}\` is in progress in ${args.env} (its version there is ${current.version})`,
    );
  }
  return step.kind === 'complete' ? complete(args, current, rollout) : abort(args, current, rollout);
}

function setWeight(
  args: RolloutArgs,
  current: LockedPrompt,
  entry: LockEntry,
  weight: number,
): RolloutResult {
  if (!Number.isInteger(weight) || weight < 0 || weight > 100) {
    throw new UsageError(`the rollout weight must be a whole number from 0 to 100, got ${weight}`);
  }
  if (entry.hash === current.hash) {
    throw new UsageError(
      `${args.id} ${current.version} is already the version of ${args.env}: nothing to roll out`,
    );
  }
  const running = current.rollout;
  if (running && running.hash !== entry.hash) {
    throw new UsageError(
      `a rollout of ${running.version} (${running.weight}%) is in progress in ${args.env}: complete it (--weight 100) or abort it (--abort) before rolling out ${entry.version}`,
    );
  }
  const rollout: Rollout = running
    ? { ...running, weight }
    : { ...entry, weight, promotedBy: args.actor, promotedAt: args.now.toISOString() };
  const event = historyEvent(args, rollout, 'rollout', current.version, weight);
  const next: LockedPrompt = { ...current, rollout, history: [...current.history, event] };
  const verb = running ? `${running.weight}% -> ${weight}%` : `started at ${weight}%`;
  const summary = [
    `rollout of ${args.id} ${rollout.version} in ${args.env}: ${verb} (the rest: ${current.version})`,
  ];
  const lock = withEnvironmentPrompt(args.lock, args.env, args.id, next);
  if (weight < 100) return { lock, summary };
  const completed = complete({ ...args, lock }, next, rollout);
  return { lock: completed.lock, summary: [...summary, ...completed.summary] };
}

function complete(args: RolloutArgs, current: LockedPrompt, rollout: Rollout): RolloutResult {
  const event = historyEvent(args, rollout, 'rollout-complete', current.version, 100);
  const entry: LockEntry & { weight?: number } = { ...rollout };
  delete entry.weight;
  // The scheduled-run baseline and any explicit status described the version being replaced.
  const next: LockedPrompt = {
    ...entry,
    promotedBy: args.actor,
    promotedAt: args.now.toISOString(),
    history: [...current.history, event],
  };
  return {
    lock: withEnvironmentPrompt(args.lock, args.env, args.id, next),
    summary: [
      `rollout of ${args.id} ${rollout.version} in ${args.env} complete: it replaces ${current.version}`,
    ],
  };
}

function abort(args: RolloutArgs, current: LockedPrompt, rollout: Rollout): RolloutResult {
  const event = historyEvent(args, rollout, 'rollout-abort', current.version, 0);
  const next: LockedPrompt = { ...current, history: [...current.history, event] };
  delete next.rollout;
  return {
    lock: withEnvironmentPrompt(args.lock, args.env, args.id, next),
    summary: [
      `rollout of ${args.id} ${rollout.version} in ${args.env} aborted: every key is back on ${current.version}`,
    ],
  };
}

function historyEvent(
  args: RolloutArgs,
  version: LockEntry,
  event: HistoryEvent['event'],
  from: string,
  weight: number,
): HistoryEvent {
  const partials = Object.keys(version.files).filter((path) => path !== version.path);
  return {
    event,
    version: version.version,
    hash: version.hash,
    path: version.path,
    ...(partials.length > 0 ? { partials } : {}),
    commit: version.commit,
    actor: args.actor,
    at: args.now.toISOString(),
    from,
    weight,
    ...(args.reason?.trim() ? { reason: args.reason.trim() } : {}),
  };
}
