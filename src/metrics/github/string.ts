import { Type, type Static } from '@sinclair/typebox';
import { literals } from '../../validation/types.js';
import { MetricConfigReader } from '../config.js';
import type { SingleMetricDefinition } from '../types.js';
import { quote } from '../text.js';
import { goLowerCase } from './go-lower.js';
import { ignoredKeysHint, splitKeys } from './keys.js';
import { substituteGitHub } from './substitute.js';

/** The one check a GitHub `string` evaluator performs: the first present of these, in this order. */
export const GITHUB_STRING_CHECKS = ['equals', 'contains', 'startsWith', 'endsWith'] as const;
export type GitHubStringCheck = (typeof GITHUB_STRING_CHECKS)[number];

/** The parsed config; a schema so code outside the metric can narrow a spec's config without a cast. */
export const GitHubStringConfigSchema = Type.Object({
  check: literals(GITHUB_STRING_CHECKS),
  value: Type.String(),
});
export type GitHubStringConfig = Static<typeof GitHubStringConfigSchema>;

/**
 * A `string` evaluator of a `.prompt.yml`, with `gh models eval` semantics: the output is trimmed;
 * `equals` is exact and case-sensitive, the others compare text lower-cased as Go does; `{{var}}` is replaced
 * literally from the test data. Built by `githubEvaluatorToMetricSpec`, not written in suites.
 */
export const githubStringMetric: SingleMetricDefinition<GitHubStringConfig> = {
  type: 'github-string',
  kind: 'single',
  usesJudge: false,
  /** `raw` is the evaluator's `string:` mapping. */
  parse(raw, context) {
    const { known, ignored } = splitKeys(raw, GITHUB_STRING_CHECKS);
    const reader: MetricConfigReader = new MetricConfigReader(
      'string',
      known,
      context,
      GITHUB_STRING_CHECKS,
      'GitHub `string` evaluator',
    );
    // gh decodes each key into a Go string: an absent or empty one is skipped.
    for (const key of GITHUB_STRING_CHECKS) {
      const value = reader.value(key);
      if (value === undefined || value === null || value === '') continue;
      if (typeof value === 'string') return { check: key, value };
      if (typeof value === 'number' || typeof value === 'boolean')
        return { check: key, value: String(value) };
      reader.fail(`\`${key}\` must be a text`);
    }
    return reader.fail(
      `needs one of ${GITHUB_STRING_CHECKS.join(', ')} with a non-empty text`,
      ignoredKeysHint(ignored, GITHUB_STRING_CHECKS, 'e.g. `string: { contains: "{{expected}}" }`'),
    );
  },
  evaluate(config, input) {
    const output = input.output.trim();
    const value = substituteGitHub(config.value, input.vars);
    const passed = check(config.check, output, value);
    const verb = { equals: 'equal', contains: 'contain', startsWith: 'start with', endsWith: 'end with' }[
      config.check
    ];
    const cased = config.check === 'equals' ? '' : ' (case-insensitive)';
    return Promise.resolve({
      outcome: passed ? 'pass' : 'fail',
      score: passed ? 1 : 0,
      reason: `${passed ? 'does' : 'does not'} ${verb} ${quote(value)}${cased}`,
    });
  },
};

function check(kind: GitHubStringCheck, output: string, value: string): boolean {
  const lower = goLowerCase(output);
  const needle = goLowerCase(value);
  switch (kind) {
    case 'equals':
      return output === value;
    case 'contains':
      return lower.includes(needle);
    case 'startsWith':
      return lower.startsWith(needle);
    case 'endsWith':
      return lower.endsWith(needle);
  }
}
