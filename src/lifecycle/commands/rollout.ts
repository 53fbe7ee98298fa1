/** `promptgate rollout <id> --version V --weight W [--env E]` and `promptgate rollout <id> --abort`. */
import { loadProject } from '../../discover/project.js';
import { UsageError } from '../../errors.js';
import { gitOrThrow } from '../../repo/git.js';
import { WorkingTreeSnapshot } from '../../repo/worktree.js';
import { resolveActor } from '../actor.js';
import { lastReport } from '../cli.js';
import {
  environmentsOf,
  environmentStatus,
  findInEnvironment,
  PRODUCTION,
  resolveEnvironment,
  versionStatus,
} from '../environments.js';
import { productionEntry, type LockedPrompt, type LockEntry, type LockFile } from '../lockfile.js';
import { promote } from '../promote.js';
import { applyRollout, parseWeight, type RolloutStep } from '../rollout.js';
import { checkTransition } from '../states.js';
import { updateLockFile, type LockUpdate } from '../store.js';
import { displayVersion } from '../versioning.js';
import { singleId, stringOption, type CommandContext, type ReleaseCommand } from './command.js';
import { RELEASE_USAGE } from './usage.js';

export const rolloutCommand: ReleaseCommand = {
  name: 'rollout',
  usage: [...RELEASE_USAGE.rollout],
  options: {
    version: { type: 'string' },
    weight: { type: 'string' },
    abort: { type: 'boolean' },
    env: { type: 'string' },
    reason: { type: 'string' },
    report: { type: 'string' },
    force: { type: 'string' },
  },
  async run(context) {
    const id = singleId(context.args, 'rollout');
    const env = resolveEnvironment(stringOption(context.values, 'env'), context.config.release.environments);
    const version = stringOption(context.values, 'version');
    const weightText = stringOption(context.values, 'weight');
    const abort = context.values.abort === true;
    if (abort && (version !== undefined || weightText !== undefined))
      throw new UsageError('rollout --abort takes no --version or --weight');
    if (!abort && (version === undefined || weightText === undefined))
      throw new UsageError('rollout needs --version V and --weight W (0-100), or --abort');

    const weight = abort ? undefined : parseWeight(weightText ?? '');
    const actor = await resolveActor(context.root, context.env);
    const reason = stringOption(context.values, 'reason');
    const result = await updateLockFile(
      context.root,
      context.config.lockFile,
      async (lock): Promise<LockUpdate<{ summary: string[] } | { refused: string }>> => {
        let step: RolloutStep = { kind: 'abort' };
        if (weight !== undefined) {
          const source = await rolloutSource(context, lock, env, id, version ?? '');
          if ('refused' in source) return { result: source };
          step = { kind: 'weight', weight, entry: source.entry };
        }
        const applied = applyRollout(
          { lock, env, id, actor, now: context.now(), ...(reason ? { reason } : {}) },
          step,
        );
        return { lock: applied.lock, result: { summary: applied.summary } };
      },
    );
    if ('refused' in result) {
      context.print(`refused ${id} ${version ?? ''}: ${result.refused}\n`);
      return 1;
    }
    context.print(
      [
        ...result.summary,
        `commit ${context.config.lockFile} (and re-export flagd flags) to apply it`,
        '',
      ].join('\n'),
    );
    return 0;
  },
};

/**
 * What version `version` is: the canary already running, the prompt in the working tree (which then
 * needs a passing evaluation of its exact content, as a promotion does), or another environment's
 * version (staging's, typically), whose recorded evaluation must have passed.
 */
async function rolloutSource(
  context: CommandContext,
  lock: LockFile,
  env: string,
  id: string,
  version: string,
): Promise<{ entry: LockEntry } | { refused: string }> {
  const current = findInEnvironment(lock, env, id);
  if (current?.rollout?.version === version) return { entry: current.rollout };
  if (current?.version === version)
    throw new UsageError(`${id} ${version} is already the version of ${env}: nothing to roll out`);
  if (current?.rollout) {
    throw new UsageError(
      `a rollout of ${current.rollout.version} (${current.rollout.weight}%) is in progress in ${env}: complete it (--weight 100) or abort it (--abort) before rolling out ${version}`,
    );
  }
  const force = stringOption(context.values, 'force');
  const elsewhere = environmentsOf(lock, id).find(({ prompt: p }) => p.version === version);
  if (elsewhere) return fromEnvironment(lock, env, id, elsewhere, force);

  const project = await loadProject(new WorkingTreeSnapshot(context.root), context.config);
  const prompt = project.prompts.find((p) => p.id === id);
  if (prompt && displayVersion(prompt) === version) {
    // promote() applies every rule of a promotion (evaluation, committed content, lifecycle); the
    // entry it would have made becomes the canary, the rest of its result is discarded.
    const promoted = await promote({
      root: context.root,
      lock,
      prompts: project.prompts,
      ids: [id],
      ...(await lastReport(stringOption(context.values, 'report'), context.root)),
      ...(force !== undefined ? { force: { reason: force } } : {}),
      actor: await resolveActor(context.root, context.env),
      commit: (await gitOrThrow(['rev-parse', 'HEAD'], context.root)).trim(),
      now: context.now(),
      tag: false,
      env,
    });
    const refusal = promoted.refused[0];
    if (refusal) return { refused: refusal.reason };
    const entry = findInEnvironment(promoted.lock, env, id);
    if (!entry) throw new Error(`unreachable: ${id} missing after promote`);
    return { entry: productionEntry(entry) };
  }

  const known = [
    ...(prompt ? [`the working tree has ${displayVersion(prompt)}`] : []),
    ...environmentsOf(lock, id).map(({ env: e, prompt: p }) => `${e} has ${p.version}`),
  ];
  throw new UsageError(
    `unknown version \`${version}\` of \`${id}\` (${known.join(', ') || 'no version of it is known'})`,
  );
}

/** Another environment's version (staging's, typically): its recorded evaluation must have passed. */
function fromEnvironment(
  lock: LockFile,
  env: string,
  id: string,
  elsewhere: { env: string; prompt: LockedPrompt },
  force: string | undefined,
): { entry: LockEntry } | { refused: string } {
  const version = elsewhere.prompt.version;
  const entry = productionEntry(elsewhere.prompt);
  const status = versionStatus(lock, id, entry.hash);
  if (status && status !== 'production') checkTransition(`${id} ${version}`, status, environmentStatus(env));
  const passed = entry.evaluation?.verdict === 'pass' && !entry.forced;
  if (force !== undefined && !force.trim()) throw new UsageError('--force needs a reason');
  if (env === PRODUCTION && !passed && force === undefined) {
    return {
      refused: `${elsewhere.env}'s ${version} has no passing evaluation recorded${entry.forced ? ` (it was forced: ${entry.forced})` : ''}: evaluate it, or --force with a reason`,
    };
  }
  return { entry: force !== undefined && !passed ? { ...entry, forced: force } : entry };
}
