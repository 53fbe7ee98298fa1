import { Type, type Static } from '@sinclair/typebox';
import { checkMetricConfig, metricConfig, metricSite } from '../config.js';
import type { SingleMetricDefinition } from '../types.js';

const GitHubUnknownUsesConfigSchema = metricConfig({
  /** The `uses:` value as written. */
  uses: Type.String({ minLength: 1 }),
  /** The closest built-in name, when one is close. */
  suggestion: Type.Optional(Type.String()),
});
export type GitHubUnknownUsesConfig = Static<typeof GitHubUnknownUsesConfigSchema>;

/**
 * An evaluator whose `uses:` names no built-in. `gh models eval` reports such an evaluator as
 * failed (score 0) on every test and carries on, so the file fails its tests rather than failing
 * to load; the reason says what to write instead.
 */
export const githubUnknownUsesMetric: SingleMetricDefinition<GitHubUnknownUsesConfig> = {
  type: 'github-unknown-uses',
  kind: 'single',
  usesJudge: false,
  configSchema: GitHubUnknownUsesConfigSchema,
  parse(raw, context) {
    const { uses, suggestion } = checkMetricConfig(
      metricSite('uses', context),
      GitHubUnknownUsesConfigSchema,
      raw,
    );
    return { uses, ...(suggestion ? { suggestion } : {}) };
  },
  evaluate(config) {
    const hint = config.suggestion ? ` (did you mean \`${config.suggestion}\`?)` : '';
    return Promise.resolve({
      outcome: 'fail',
      score: 0,
      reason: `evaluator \`uses: ${config.uses}\` does not exist${hint}; gh fails it too`,
    });
  },
};
