import { isRecord } from '../core/is-record.js';
import { ConfigError, getErrorMessage } from '../errors.js';
import type { MetricSpec } from '../suites/types.js';
import { containsMetric } from './contains.js';
import { endsWithMetric } from './ends-with.js';
import { equalsMetric } from './equals.js';
import { githubLlmMetric } from './github/llm.js';
import { githubStringMetric } from './github/string.js';
import { githubUnknownUsesMetric } from './github/unknown-uses.js';
import { judgeMetric } from './judge.js';
import { lengthMetric } from './length.js';
import { pairwiseMetric } from './pairwise.js';
import { regexMetric } from './regex.js';
import { schemaMetric } from './schema.js';
import { startsWithMetric } from './starts-with.js';
import { closestName } from '../validation/suggest.js';
import { shownInput } from '../validation/messages.js';
import type {
  MetricDefinition,
  MetricInput,
  MetricResult,
  PairInput,
  PairResult,
  ParseContext,
} from './types.js';

export { githubEvaluatorToMetricSpec } from './github/convert.js';

/** Any type may be written `not-<type>`: pass and fail swap, the score becomes 1 - score. */
const NEGATION_PREFIX = 'not-';

/** Types users write in suites. */
const SUITE_METRICS: readonly MetricDefinition[] = [
  regexMetric,
  containsMetric,
  equalsMetric,
  startsWithMetric,
  endsWithMetric,
  lengthMetric,
  schemaMetric,
  judgeMetric,
  pairwiseMetric,
];

/** Types only produced from `.prompt.yml` evaluators (their config is gh's, not ours). */
const GITHUB_METRICS: readonly MetricDefinition[] = [
  githubStringMetric,
  githubLlmMetric,
  githubUnknownUsesMetric,
];

/** Migration hints for assertion names of promptfoo, where most of our users come from. */
const PROMPTFOO_HINTS: Record<string, string> = {
  icontains: 'use `type: contains` with `ignoreCase: true`',
  'contains-any': 'use `type: contains` with `values: [...]` and `mode: any`',
  'contains-all': 'use `type: contains` with `values: [...]` (mode all is the default)',
  'icontains-any': 'use `type: contains` with `values`, `mode: any` and `ignoreCase: true`',
  'icontains-all': 'use `type: contains` with `values` and `ignoreCase: true`',
  'is-json': 'use `type: schema` (with `schema: {}` to only require valid JSON)',
  'contains-json': 'use `type: schema` (it also reads the first ```json fence)',
  'llm-rubric': 'use `type: judge` with `rubric:`',
  'model-graded-closedqa': 'use `type: judge` with a `rubric:` and the case `expected:` as reference',
  factuality: 'use `type: judge` with a `rubric:` and the case `expected:` as reference',
  'word-count': 'use `type: length` with `unit: words`',
  'select-best': 'use `type: pairwise` (it compares baseline and candidate)',
};

/** Indexes definitions by type; two definitions claiming one type is a programming error. */
export function buildRegistry(
  definitions: readonly MetricDefinition[],
): ReadonlyMap<string, MetricDefinition> {
  const registry = new Map<string, MetricDefinition>();
  for (const definition of definitions) {
    if (definition.type.startsWith(NEGATION_PREFIX))
      throw new Error(`metric type \`${definition.type}\` may not start with "not-"`);
    if (registry.has(definition.type))
      throw new Error(`metric type \`${definition.type}\` is registered twice`);
    registry.set(definition.type, definition);
  }
  return registry;
}

const registry = buildRegistry([...SUITE_METRICS, ...GITHUB_METRICS]);
const suiteTypes: readonly string[] = SUITE_METRICS.map((d) => d.type);

/** The definitions behind the types suites may use (the published suite schema is built from them). */
export function suiteMetricDefinitions(): readonly MetricDefinition[] {
  return SUITE_METRICS;
}

/** The type names suites may use (without the `not-` forms). */
export function knownMetricTypes(): string[] {
  return [...suiteTypes];
}

function splitNegation(type: string): { base: string; negated: boolean } {
  return type.startsWith(NEGATION_PREFIX)
    ? { base: type.slice(NEGATION_PREFIX.length), negated: true }
    : { base: type, negated: false };
}

/**
 * The definition behind a spec type. For `not-<type>` it is `<type>`'s definition: inversion is
 * applied by evaluateMetric, not by the definition. Throws on a type no spec can have.
 */
export function getMetricDefinition(type: string): MetricDefinition {
  const definition = registry.get(splitNegation(type).base);
  if (!definition) throw new Error(`unknown metric type \`${type}\``);
  return definition;
}

/**
 * Validates one suite metric mapping: `type` (or `not-<type>`), optional `name`, and the metric's
 * own keys (checked by its definition). Throws ConfigError with the location and a fix.
 */
export function parseMetricSpec(raw: unknown, context: ParseContext, defaultName: string): MetricSpec {
  if (!isRecord(raw)) {
    throw new ConfigError(
      'a metric must be a mapping with a `type`',
      context.location,
      'e.g. `- type: contains` with `value: refund`',
    );
  }
  const { type, name, ...config } = raw;
  if (typeof type !== 'string' || type === '') {
    throw new ConfigError(
      'a metric needs a `type`',
      context.location,
      `known types: ${suiteTypes.join(', ')}`,
    );
  }
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) {
    throw new ConfigError(`metric \`${type}\`: \`name\` must be a non-empty text`, context.location);
  }
  const { base, negated } = splitNegation(type);
  const definition = suiteTypes.includes(base) ? registry.get(base) : undefined;
  if (!definition) throw unknownType(type, context);
  if (negated && definition.kind === 'pairwise') {
    throw new ConfigError(
      `\`${type}\` is not possible: a pairwise comparison cannot be negated`,
      context.location,
      'use `type: pairwise`; a loss of the candidate already fails',
    );
  }
  return {
    name: name ?? defaultName,
    type,
    config: definition.parse(config, context),
    location: context.location,
  };
}

function unknownType(type: string, context: ParseContext): ConfigError {
  const { base, negated } = splitNegation(type);
  const migration = PROMPTFOO_HINTS[base];
  const near = closestName(base, suiteTypes);
  const suggestion =
    migration ?? (near ? `did you mean \`${negated ? NEGATION_PREFIX : ''}${near}\`?` : undefined);
  return new ConfigError(
    `unknown metric type \`${shownInput(type)}\`; known types: ${suiteTypes.join(', ')} (each also as \`not-<type>\`)`,
    context.location,
    suggestion,
  );
}

/** Runs a single-output metric. Never throws: an unexpected exception becomes outcome `error`. */
export async function evaluateMetric(spec: MetricSpec, input: MetricInput): Promise<MetricResult> {
  try {
    const { negated } = splitNegation(spec.type);
    const definition = getMetricDefinition(spec.type);
    if (definition.kind !== 'single') {
      return {
        outcome: 'error',
        score: 0,
        reason: `\`${spec.type}\` compares two versions and runs only in compare mode`,
      };
    }
    const result = checked(await definition.evaluate(spec.config, input));
    return negated ? invert(result) : result;
  } catch (error) {
    return { outcome: 'error', score: 0, reason: getErrorMessage(error) };
  }
}

/** Runs a pairwise metric on a case's baseline and candidate outputs. Never throws. */
export async function evaluatePairMetric(spec: MetricSpec, input: PairInput): Promise<PairResult> {
  try {
    const definition = getMetricDefinition(spec.type);
    if (definition.kind !== 'pairwise') {
      return { outcome: 'error', score: 0, reason: `\`${spec.type}\` is not a pairwise metric` };
    }
    const result = await definition.evaluatePair(spec.config, input);
    return checked(result);
  } catch (error) {
    return { outcome: 'error', score: 0, reason: getErrorMessage(error) };
  }
}

export function isPairwise(spec: MetricSpec): boolean {
  return registry.get(splitNegation(spec.type).base)?.kind === 'pairwise';
}

export function usesJudge(spec: MetricSpec): boolean {
  return registry.get(splitNegation(spec.type).base)?.usesJudge ?? false;
}

/**
 * The judge model a metric names itself (`model:` of judge/pairwise, `modelId` of GitHub `llm`
 * evaluators, `openai/gpt-4o` for `github/*`), so the pipeline can check it can be served before
 * any call. Undefined: the suite's or the global judge model is used (or the metric calls none).
 */
export function explicitJudgeModel(spec: MetricSpec): string | undefined {
  if (!usesJudge(spec) || !isRecord(spec.config)) return undefined;
  return typeof spec.config.model === 'string' ? spec.config.model : undefined;
}

/** The one place negation happens. An `error` stays an `error`: a broken check is never a pass. */
function invert(result: MetricResult): MetricResult {
  if (result.outcome === 'error') return result;
  return {
    outcome: result.outcome === 'pass' ? 'fail' : 'pass',
    score: 1 - result.score,
    reason: result.reason,
  };
}

/** Keeps the 0..1 score contract even if a metric computes something odd. */
function checked<R extends MetricResult>(result: R): R {
  if (!Number.isFinite(result.score)) {
    return { ...result, outcome: 'error', score: 0, reason: `invalid score (${result.reason})` };
  }
  return { ...result, score: Math.min(1, Math.max(0, result.score)) };
}
