import { Type, type Static } from '@sinclair/typebox';
import { literals } from '../../validation/types.js';
import { checkMetricConfig, metricConfig, metricSite, type MetricSite } from '../config.js';
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

/** The `string:` mapping as written: gh decodes each key into a Go string (scalars as their text). */
const GoText = Type.Optional(Type.Union([Type.String(), Type.Number(), Type.Boolean()]));
const GitHubStringInputSchema = metricConfig({
  equals: GoText,
  contains: GoText,
  startsWith: GoText,
  endsWith: GoText,
} satisfies Record<GitHubStringCheck, typeof GoText>);

/**
 * A `string` evaluator of a `.prompt.yml`, with `gh models eval` semantics: the output is trimmed;
 * `equals` is exact and case-sensitive, the others compare text lower-cased as Go does; `{{var}}` is replaced
 * literally from the test data. Built by `githubEvaluatorToMetricSpec`, not written in suites.
 */
export const githubStringMetric: SingleMetricDefinition<GitHubStringConfig> = {
  type: 'github-string',
  kind: 'single',
  usesJudge: false,
  configSchema: GitHubStringInputSchema,
  /** `raw` is the evaluator's `string:` mapping. */
  parse(raw, context) {
    const { known, ignored } = splitKeys(raw, GITHUB_STRING_CHECKS);
    const site: MetricSite = metricSite('string', context, 'GitHub `string` evaluator');
    const config = checkMetricConfig(site, GitHubStringInputSchema, known);
    // An absent or empty key is skipped, as gh skips an empty Go string.
    for (const key of GITHUB_STRING_CHECKS) {
      const value = config[key];
      if (value !== undefined && value !== '') return { check: key, value: String(value) };
    }
    return site.fail(
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
