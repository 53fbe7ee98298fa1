/**
 * `promptgate status [<id>] [--env E]`: each environment's version, lifecycle status and rollout;
 * `promptgate status <id> --set STATUS [--version V] [--env E] --reason TEXT`: a lifecycle transition
 * by hand (deprecate, archive, back to testing), refused with the allowed ones named when illegal.
 */
import { UsageError } from '../../errors.js';
import { resolveActor } from '../actor.js';
import {
  environmentsOf,
  environmentStatus,
  findInEnvironment,
  resolveEnvironment,
  versionStatus,
  withEnvironmentPrompt,
} from '../environments.js';
import { byCodeUnit, type HistoryEvent, type LockFile } from '../lockfile.js';
import { checkTransition, isLifecycleStatus, LIFECYCLE_STATUSES } from '../states.js';
import { readLockFile, updateLockFile, type LockUpdate } from '../store.js';
import { singleId, stringOption, type CommandContext, type ReleaseCommand } from './command.js';
import { RELEASE_USAGE } from './usage.js';

export const statusCommand: ReleaseCommand = {
  name: 'status',
  usage: [...RELEASE_USAGE.status],
  options: {
    set: { type: 'string' },
    version: { type: 'string' },
    env: { type: 'string' },
    reason: { type: 'string' },
  },
  async run(context) {
    const target = stringOption(context.values, 'set');
    if (target === undefined) {
      context.print(formatStatus(await readLockFile(context.root, context.config.lockFile), context.args));
      return 0;
    }
    const actor = await resolveActor(context.root, context.env);
    const line = await updateLockFile(context.root, context.config.lockFile, (lock) =>
      setStatus(context, lock, target, actor),
    );
    context.print(`${line}\ncommit ${context.config.lockFile} to record it\n`);
    return 0;
  },
};

function formatStatus(lock: LockFile, ids: string[]): string {
  const all = new Set([
    ...Object.keys(lock.prompts),
    ...Object.values(lock.environments ?? {}).flatMap((prompts) => Object.keys(prompts)),
  ]);
  const selected = ids.length > 0 ? ids : [...all].sort(byCodeUnit);
  const unknown = selected.filter((id) => !all.has(id));
  if (unknown.length > 0) throw new UsageError(`not in the lock file: ${unknown.join(', ')}`);
  const lines = selected.flatMap((id) => [
    id,
    ...environmentsOf(lock, id).map(({ env, prompt }) => {
      const rollout = prompt.rollout
        ? `; rollout ${prompt.rollout.version} at ${prompt.rollout.weight}%`
        : '';
      const status = versionStatus(lock, id, prompt.hash) ?? environmentStatus(env);
      return `  ${env}: ${prompt.version} (${status})${rollout}`;
    }),
  ]);
  return `${lines.join('\n') || 'no prompt has been promoted yet'}\n`;
}

function setStatus(
  context: CommandContext,
  lock: LockFile,
  target: string,
  actor: string,
): LockUpdate<string> {
  if (!isLifecycleStatus(target))
    throw new UsageError(`unknown status \`${target}\` (one of ${LIFECYCLE_STATUSES.join(', ')})`);
  const id = singleId(context.args, 'status --set');
  const reason = stringOption(context.values, 'reason')?.trim();
  if (!reason) throw new UsageError('a status change needs --reason TEXT (it is kept in the history)');
  const env = resolveEnvironment(stringOption(context.values, 'env'), context.config.release.environments);
  const current = findInEnvironment(lock, env, id);
  if (!current) throw new UsageError(`\`${id}\` has no version in ${env}`);

  const version = stringOption(context.values, 'version') ?? current.version;
  const entry =
    version === current.version
      ? current
      : (current.history.findLast((e) => e.version === version) ??
        environmentsOf(lock, id)
          .flatMap(({ prompt }) => prompt.history)
          .findLast((e) => e.version === version));
  if (!entry) throw new UsageError(`unknown version \`${version}\` of \`${id}\` (not in the lock file)`);
  const from = versionStatus(lock, id, entry.hash) ?? 'testing';
  const subject = `${id} ${version}`;
  checkTransition(subject, from, target);
  const servedBy = environmentsOf(lock, id).filter(
    ({ prompt }) => prompt.hash === entry.hash || prompt.rollout?.hash === entry.hash,
  );
  if ((target === 'archived' || target === 'draft') && servedBy.length > 0) {
    throw new UsageError(
      `${subject} is still served in ${servedBy.map((s) => s.env).join(', ')}: replace or roll it back there before marking it ${target}`,
    );
  }
  const event: HistoryEvent = {
    event: 'status',
    version,
    hash: entry.hash,
    path: entry.path,
    commit: entry.commit,
    actor,
    at: context.now().toISOString(),
    status: target,
    reason,
  };
  const served = version === current.version;
  const next = {
    ...current,
    ...(served ? { status: target } : {}),
    history: [...current.history, event],
  };
  if (served && target === environmentStatus(env)) delete next.status;
  return { lock: withEnvironmentPrompt(lock, env, id, next), result: `${subject}: ${from} -> ${target}` };
}
