/**
 * Environments in the lock file: `production` is the lock file's `prompts` (as before environments
 * existed), every other environment lives under `environments.<name>`. Pure helpers over LockFile.
 */
import { UsageError } from '../errors.js';
import type { HistoryEvent, LockedPrompt, LockFile } from './lockfile.js';
import type { LifecycleStatus } from './states.js';

export const PRODUCTION = 'production';
export const DEFAULT_ENVIRONMENTS: readonly string[] = ['staging', PRODUCTION];

/** The environment a command acts on: `--env` checked against the configured list, default production. */
export function resolveEnvironment(name: string | undefined, configured: readonly string[]): string {
  if (name === undefined) return PRODUCTION;
  if (!configured.includes(name)) {
    throw new UsageError(
      `unknown environment \`${name}\` (configured: ${configured.join(', ')}; add it to \`environments\` in promptgate.yaml)`,
    );
  }
  return name;
}

/** The prompts of one environment, by id (own keys only). */
export function environmentPrompts(lock: LockFile, env: string): Record<string, LockedPrompt> {
  if (env === PRODUCTION) return lock.prompts;
  const envs = lock.environments ?? {};
  return Object.hasOwn(envs, env) ? (envs[env] ?? {}) : {};
}

export function findInEnvironment(lock: LockFile, env: string, id: string): LockedPrompt | undefined {
  const prompts = environmentPrompts(lock, env);
  return Object.hasOwn(prompts, id) ? prompts[id] : undefined;
}

/** A new lock with `id` in `env` set to `prompt`; every other environment and prompt unchanged. */
export function withEnvironmentPrompt(
  lock: LockFile,
  env: string,
  id: string,
  prompt: LockedPrompt,
): LockFile {
  return withEnvironmentPrompts(lock, env, { ...environmentPrompts(lock, env), [id]: prompt });
}

export function withEnvironmentPrompts(
  lock: LockFile,
  env: string,
  prompts: Record<string, LockedPrompt>,
): LockFile {
  if (env === PRODUCTION) return { ...lock, prompts };
  return { ...lock, environments: { ...lock.environments, [env]: prompts } };
}

/** Every environment holding a record of `id`, production first. */
export function environmentsOf(lock: LockFile, id: string): { env: string; prompt: LockedPrompt }[] {
  const names = [PRODUCTION, ...Object.keys(lock.environments ?? {}).sort()];
  return names.flatMap((env) => {
    const prompt = findInEnvironment(lock, env, id);
    return prompt ? [{ env, prompt }] : [];
  });
}

/** The status a version has by being an environment's version: production there, staging elsewhere. */
export function environmentStatus(env: string): LifecycleStatus {
  return env === PRODUCTION ? 'production' : 'staging';
}

/**
 * The lifecycle status of the version of `id` with content `hash`, from the lock file alone: the
 * status of an environment (or canary) serving it, else the last status recorded for it in a
 * history when that was its last event, else `deprecated` (released, then replaced). Undefined when the lock has never seen it.
 */
export function versionStatus(lock: LockFile, id: string, hash: string): LifecycleStatus | undefined {
  const records = environmentsOf(lock, id);
  for (const { env, prompt } of records) {
    if (prompt.hash === hash) return prompt.status ?? environmentStatus(env);
  }
  for (const { env, prompt } of records) {
    if (prompt.rollout?.hash === hash) return environmentStatus(env);
  }
  const events: HistoryEvent[] = records
    .flatMap(({ prompt }) => prompt.history)
    .filter((e) => e.hash === hash)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const last = events.at(-1);
  if (!last) return undefined;
  // Released and since replaced, unless the last word about it was an explicit transition.
  return last.event === 'status' && last.status ? last.status : 'deprecated';
}
