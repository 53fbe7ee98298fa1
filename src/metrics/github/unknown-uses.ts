import { MetricConfigReader } from '../config.js';
import type { SingleMetricDefinition } from '../types.js';

export interface GitHubUnknownUsesConfig {
  /** The `uses:` value as written. */
  uses: string;
  /** The closest built-in name, when one is close. */
  suggestion?: string;
}

/**
 * An evaluator whose `uses:` names no built-in. `gh models eval` reports such an evaluator as
 * failed (score 0) on every test and carries on, so the file fails its tests rather than failing
 * to load; the reason says what to write instead.
 */
export const githubUnknownUsesMetric: SingleMetricDefinition<GitHubUnknownUsesConfig> = {
  type: 'github-unknown-uses',
  kind: 'single',
  usesJudge: false,
  parse(raw, context) {
    const reader = new MetricConfigReader('uses', raw, context, ['uses', 'suggestion']);
    const suggestion = reader.optionalString('suggestion');
    return { uses: reader.requiredString('uses'), ...(suggestion ? { suggestion } : {}) };
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
