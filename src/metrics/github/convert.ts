import { isRecord } from '../../config/yaml.js';
import { ConfigError } from '../../errors.js';
import type { MetricSpec } from '../../suites/types.js';
import { closestName } from '../suggest.js';
import type { ParseContext } from '../types.js';
import { GITHUB_BUILTIN_EVALUATORS, githubBuiltinConfig } from './builtins.js';
import { githubLlmMetric } from './llm.js';
import { githubStringMetric } from './string.js';

const EVALUATOR_KEYS = ['name', 'string', 'llm', 'uses'];

/**
 * One entry of a `.prompt.yml` `evaluators:` list as a metric with `gh models eval` semantics:
 * `string` -> `github-string`, `llm` and `uses: github/*` -> `github-llm`. The metric is named
 * after the evaluator. Mistakes gh would only hit at run time (an unknown `uses`, no check in a
 * `string` evaluator) are reported here, with the evaluator's line.
 */
export function githubEvaluatorToMetricSpec(raw: unknown, context: ParseContext, index: number): MetricSpec {
  const fail = (message: string, hint?: string): never => {
    throw new ConfigError(`evaluators[${index}]: ${message}`, context.location, hint);
  };
  if (!isRecord(raw))
    return fail('an evaluator must be a mapping with `name` and one of `string`, `llm`, `uses`');
  for (const key of Object.keys(raw)) {
    if (!EVALUATOR_KEYS.includes(key)) {
      const near = closestName(key, EVALUATOR_KEYS);
      fail(
        `unknown key \`${key}\``,
        `${near ? `did you mean \`${near}\`? ` : ''}evaluator keys: ${EVALUATOR_KEYS.join(', ')}`,
      );
    }
  }
  const name = typeof raw.name === 'string' && raw.name.trim() ? raw.name : `evaluator-${index + 1}`;
  const methods = (['string', 'llm', 'uses'] as const).filter(
    (key) => raw[key] !== undefined && raw[key] !== null,
  );
  if (methods.length !== 1) {
    fail(
      methods.length === 0
        ? `evaluator \`${name}\` has no \`string\`, \`llm\` or \`uses\``
        : `evaluator \`${name}\` sets ${methods.join(' and ')}; use one`,
    );
  }
  const spec = (type: string, config: unknown): MetricSpec => ({
    name,
    type,
    config,
    location: context.location,
  });

  if (raw.string !== undefined && raw.string !== null) {
    if (!isRecord(raw.string))
      return fail(`\`string\` of \`${name}\` must be a mapping, e.g. \`{ contains: "refund" }\``);
    return spec(githubStringMetric.type, githubStringMetric.parse(raw.string, context));
  }
  if (raw.llm !== undefined && raw.llm !== null) {
    if (!isRecord(raw.llm))
      return fail(`\`llm\` of \`${name}\` must be a mapping with modelId, prompt and choices`);
    return spec(githubLlmMetric.type, githubLlmMetric.parse(raw.llm, context));
  }
  const uses = String(raw.uses);
  const builtin = GITHUB_BUILTIN_EVALUATORS.find((b) => `github/${b}` === uses);
  if (!builtin) {
    const known = GITHUB_BUILTIN_EVALUATORS.map((b) => `github/${b}`);
    const near = closestName(uses, known);
    return fail(
      `unknown evaluator \`uses: ${uses}\``,
      `${near ? `did you mean \`${near}\`? ` : ''}built-in evaluators: ${known.join(', ')}`,
    );
  }
  return spec(githubLlmMetric.type, githubBuiltinConfig(builtin));
}
