/**
 * Which version serves which targeting key in one environment: the environment's version by
 * default, and during a rollout a fractional split between it and the canary. The flagd export and
 * the runtime resolver both read it from here, so they always agree.
 */
import { fractionalVariant, type Bucket } from './fractional.js';
import type { LockedPrompt, LockEntry } from './lockfile.js';

export interface Cohorts {
  defaultVersion: string;
  /** Present during a rollout: [environment version, 100 - weight], [canary version, weight]. */
  buckets?: Bucket[];
}

export function cohortsOf(prompt: LockedPrompt): Cohorts {
  const rollout = prompt.rollout;
  if (!rollout) return { defaultVersion: prompt.version };
  return {
    defaultVersion: prompt.version,
    buckets: [
      [prompt.version, 100 - rollout.weight],
      [rollout.version, rollout.weight],
    ],
  };
}

/**
 * The entry serving `targetingKey` for flag `flagKey` (the prompt id). Without a key, or when the
 * weights give no bucket, the environment's version, as flagd falls back to the default variant.
 */
export function entryFor(flagKey: string, prompt: LockedPrompt, targetingKey: string | undefined): LockEntry {
  const { buckets } = cohortsOf(prompt);
  if (!buckets || !prompt.rollout || !targetingKey) return prompt;
  const version = fractionalVariant(flagKey, targetingKey, buckets);
  return version === prompt.rollout.version ? prompt.rollout : prompt;
}
