import { isRecord } from '../../core/is-record.js';
import { ConfigError } from '../../errors.js';
import type { MetricSpec } from '../../suites/types.js';
import { closestName } from '../../validation/suggest.js';
import type { ParseContext } from '../types.js';
import { GITHUB_BUILTIN_EVALUATORS, githubBuiltinConfig } from './builtins.js';
import { githubLlmMetric } from './llm.js';
import { ignoredKeysHint, splitKeys } from './keys.js';
import { githubStringMetric } from './string.js';
import { githubUnknownUsesMetric } from './unknown-uses.js';

const EVALUATOR_KEYS = ['name', 'string', 'llm', 'uses'];
const METHODS = ['string', 'llm', 'uses'] as const;

/**
 * One entry of a `.prompt.yml` `evaluators:` list as a metric with `gh models eval` semantics:
 * `string` -> `github-string`, `llm` and `uses: github/*` -> `github-llm`. The metric is named
 * after the evaluator. As in gh, unknown keys are ignored and the first method present (string,
 * then llm, then uses) is the one that runs. An unknown `uses` fails that evaluator, as in gh.
 * Mistakes that stop gh's run (no method, no check in a `string` evaluator) are reported here,
 * with the evaluator's line.
 */
export function githubEvaluatorToMetricSpec(raw: unknown, context: ParseContext, index: number): MetricSpec {
  const fail = (message: string, hint?: string): never => {
    throw new ConfigError(`evaluators[${index}]: ${message}`, context.location, hint);
  };
  if (!isRecord(raw))
    return fail('an evaluator must be a mapping with `name` and one of `string`, `llm`, `uses`');
  const { known: evaluator, ignored } = splitKeys(raw, EVALUATOR_KEYS);
  // gh decodes any scalar name into its Go string (`name: 1`).
  const given = typeof evaluator.name === 'number' ? String(evaluator.name) : evaluator.name;
  const name = typeof given === 'string' && given.trim() ? given : `evaluator-${index + 1}`;
  const method = METHODS.find((key) => evaluator[key] !== undefined && evaluator[key] !== null);
  if (!method) {
    return fail(
      `evaluator \`${name}\` has no \`string\`, \`llm\` or \`uses\``,
      ignoredKeysHint(
        ignored,
        EVALUATOR_KEYS,
        'e.g. `string: { contains: "{{expected}}" }` or `uses: github/similarity`',
      ),
    );
  }
  const spec = (type: string, config: unknown): MetricSpec => ({
    name,
    type,
    config,
    location: context.location,
  });

  if (method === 'string') {
    if (!isRecord(evaluator.string))
      return fail(`\`string\` of \`${name}\` must be a mapping, e.g. \`{ contains: "refund" }\``);
    return spec(githubStringMetric.type, githubStringMetric.parse(evaluator.string, context));
  }
  if (method === 'llm') {
    if (!isRecord(evaluator.llm))
      return fail(`\`llm\` of \`${name}\` must be a mapping with modelId, prompt and choices`);
    return spec(githubLlmMetric.type, githubLlmMetric.parse(evaluator.llm, context));
  }
  const uses = String(evaluator.uses);
  const builtin = GITHUB_BUILTIN_EVALUATORS.find((b) => `github/${b}` === uses);
  if (!builtin) {
    // gh fails such an evaluator on every test instead of refusing the file: so do we.
    const suggestion = closestName(
      uses,
      GITHUB_BUILTIN_EVALUATORS.map((b) => `github/${b}`),
    );
    return spec(
      githubUnknownUsesMetric.type,
      githubUnknownUsesMetric.parse({ uses, ...(suggestion ? { suggestion } : {}) }, context),
    );
  }
  return spec(githubLlmMetric.type, githubBuiltinConfig(builtin));
}
