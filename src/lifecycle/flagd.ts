/**
 * `promptgate export flagd`: one OpenFeature flagd flag per prompt id. The variants are the versions
 * (string values), the default variant the environment's version, and a rollout becomes a
 * `fractional` rule on the targeting key, bucketed exactly as `resolvePrompt` buckets it.
 */
import { cohortsOf } from './cohorts.js';
import { environmentPrompts } from './environments.js';
import { byCodeUnit, type LockFile } from './lockfile.js';

export const FLAGD_SCHEMA_URL = 'https://flagd.dev/schema/v0/flags.json';

export interface FlagdFlag {
  state: 'ENABLED';
  variants: Record<string, string>;
  defaultVariant: string;
  targeting?: { fractional: [string, number][] };
  metadata: Record<string, string | number>;
}

export interface FlagdDocument {
  $schema: string;
  flags: Record<string, FlagdFlag>;
}

export function flagdDocument(lock: LockFile, env: string): FlagdDocument {
  const prompts = environmentPrompts(lock, env);
  const ids = Object.keys(prompts).sort(byCodeUnit);
  const flags = Object.fromEntries(
    ids.map((id) => {
      const prompt = prompts[id];
      if (!prompt) throw new Error(`unreachable: ${id}`);
      const { defaultVersion, buckets } = cohortsOf(prompt);
      const versions = buckets ? buckets.map(([version]) => version) : [defaultVersion];
      const flag: FlagdFlag = {
        state: 'ENABLED',
        variants: Object.fromEntries(versions.map((v) => [v, v])),
        defaultVariant: defaultVersion,
        ...(buckets ? { targeting: { fractional: buckets.map(([v, w]): [string, number] => [v, w]) } } : {}),
        metadata: {
          environment: env,
          path: prompt.path,
          contentHash: prompt.hash,
          commit: prompt.commit,
          ...(prompt.rollout
            ? { rolloutVersion: prompt.rollout.version, rolloutWeight: prompt.rollout.weight }
            : {}),
        },
      };
      return [id, flag];
    }),
  );
  return { $schema: FLAGD_SCHEMA_URL, flags };
}

export function renderFlagd(lock: LockFile, env: string): string {
  return `${JSON.stringify(flagdDocument(lock, env), null, 2)}\n`;
}
