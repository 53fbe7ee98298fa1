import { isRecord } from '../core/is-record.js';
import { Type } from '@sinclair/typebox';
import { checkMetricConfig, metricConfig, metricSite } from './config.js';
import { parseJsonOutput } from './json.js';
import { normaliseText, quote, type TextOptions } from './text.js';
import type { SingleMetricDefinition } from './types.js';
import { soleVariable, substituteVars, variableScope } from './vars.js';

export interface EqualsConfig extends TextOptions {
  /** Text (exact comparison) or a JSON value (the output is parsed as JSON and compared deeply). */
  value: unknown;
}

const EqualsConfigSchema = metricConfig({
  value: Type.Unknown(),
  ignoreCase: Type.Optional(Type.Boolean()),
  trim: Type.Optional(Type.Boolean()),
});

/**
 * `equals`: a text value must equal the output exactly (with optional `ignoreCase` / `trim`); a
 * mapping or list means the output is JSON (whole, or in a ```json fence) that must be deep-equal.
 * `value: "{{ expected }}"` with an object `expected` compares as JSON too.
 */
export const equalsMetric: SingleMetricDefinition<EqualsConfig> = {
  type: 'equals',
  kind: 'single',
  usesJudge: false,
  configSchema: EqualsConfigSchema,
  parse(raw, context) {
    const config = checkMetricConfig(metricSite('equals', context), EqualsConfigSchema, raw, {
      value: 'needs a `value`: a text, or a mapping/list to compare as JSON',
    });
    return { value: config.value, ignoreCase: config.ignoreCase ?? false, trim: config.trim ?? false };
  },
  evaluate(config, input) {
    const scope = variableScope(input);
    const expected = resolveValue(config.value, scope);
    if (typeof expected === 'object' && expected !== null) {
      return Promise.resolve(compareJson(expected, input.output));
    }
    const want = normaliseText(String(expected), config);
    const got = normaliseText(input.output, config);
    return Promise.resolve(
      want === got
        ? { outcome: 'pass', score: 1, reason: `equals ${quote(want)}` }
        : {
            outcome: 'fail',
            score: 0,
            reason: `expected ${quote(want)}, got ${quote(got)}${hintDifference(want, got, config)}`,
          },
    );
  },
};

function resolveValue(value: unknown, scope: Record<string, unknown>): unknown {
  if (typeof value === 'string') {
    const sole = soleVariable(value, scope);
    return typeof sole === 'object' && sole !== null ? sole : substituteVars(value, scope);
  }
  if (Array.isArray(value)) return value.map((item) => resolveValue(item, scope));
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveValue(v, scope)]));
  return value;
}

function hintDifference(want: string, got: string, options: TextOptions): string {
  if (!options.trim && want.trim() === got.trim())
    return ' (differs only in surrounding white space; set `trim: true`)';
  if (!options.ignoreCase && want.toLowerCase() === got.toLowerCase())
    return ' (differs only in case; set `ignoreCase: true`)';
  return '';
}

function compareJson(expected: object, output: string) {
  const parsed = parseJsonOutput(output, 'auto');
  if (!parsed.ok)
    return { outcome: 'fail' as const, score: 0, reason: `output is not JSON: ${parsed.error}` };
  const difference = firstDifference(expected, parsed.value, '$');
  return difference
    ? { outcome: 'fail' as const, score: 0, reason: difference }
    : { outcome: 'pass' as const, score: 1, reason: 'JSON equals the expected value' };
}

/** The first place two JSON values differ (object key order ignored), or undefined when equal. */
function firstDifference(expected: unknown, actual: unknown, path: string): string | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `at ${path}: expected a list, got ${kind(actual)}`;
    if (expected.length !== actual.length)
      return `at ${path}: expected ${expected.length} items, got ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const diff = firstDifference(expected[i], actual[i], `${path}[${i}]`);
      if (diff) return diff;
    }
    return undefined;
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) return `at ${path}: expected an object, got ${kind(actual)}`;
    for (const key of Object.keys(expected)) {
      if (!(key in actual)) return `at ${path}: missing key ${JSON.stringify(key)}`;
      const diff = firstDifference(expected[key], actual[key], `${path}.${key}`);
      if (diff) return diff;
    }
    const extra = Object.keys(actual).find((key) => !(key in expected));
    return extra === undefined ? undefined : `at ${path}: unexpected key ${JSON.stringify(extra)}`;
  }
  return Object.is(expected, actual) || expected === actual
    ? undefined
    : `at ${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual) ?? 'nothing'}`;
}

function kind(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
