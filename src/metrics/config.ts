/**
 * Metric configs go through the one validation layer: each metric declares a TypeBox schema for its
 * YAML mapping (without `type`/`name`), its config type is inferred from it, and problems become a
 * ConfigError at the metric's location that names the metric, the key and the fix.
 */
import { Type, type Static, type TObject, type TProperties } from '@sinclair/typebox';
import { Errors, ValueErrorType } from '@sinclair/typebox/errors';
import { ConfigError } from '../errors.js';
import { pointerToPath, shownInput, toIssue } from '../validation/messages.js';
import { closestName } from '../validation/suggest.js';
import { isValid } from '../validation/validate.js';
import type { ParseContext } from './types.js';

/** A metric's mapping: its keys and nothing else. */
export const metricConfig = <T extends TProperties>(properties: T) =>
  Type.Object(properties, { additionalProperties: false });

/** A list of texts; YAML scalars such as `42` or `true` are accepted and read as text. */
export const TextList = Type.Array(
  Type.Union([Type.String({ minLength: 1 }), Type.Number(), Type.Boolean()]),
  {
    minItems: 1,
  },
);
export const textList = (items: Static<typeof TextList>): string[] => items.map(String);

/** Where a metric's config sits and how messages name it, for the checks that follow the schema. */
export interface MetricSite {
  readonly context: ParseContext;
  /** e.g. "metric `length`" or "GitHub `string` evaluator". */
  readonly subject: string;
  fail(message: string, hint?: string): never;
}

export function metricSite(type: string, context: ParseContext, subject = `metric \`${type}\``): MetricSite {
  return {
    context,
    subject,
    fail(message, hint) {
      throw new ConfigError(`${subject}: ${message}`, context.location, hint);
    },
  };
}

/**
 * Checks a metric's mapping against its schema and returns it typed. A key written with nothing
 * after it (`max:`) counts as absent, as it always has. `hints` say how to fix a missing or wrong key.
 */
export function checkMetricConfig<T extends TObject>(
  site: MetricSite,
  schema: T,
  raw: Record<string, unknown>,
  hints: Partial<Record<keyof T['properties'], string>> = {},
): Static<T> {
  const data = Object.fromEntries(
    Object.entries(raw).filter(([, value]) => value !== null && value !== undefined),
  );
  if (isValid(schema, data)) return data;
  const hintFor = (key: string | number | undefined): string | undefined =>
    Object.entries(hints).find(([name]) => name === key)?.[1];
  const error = Errors(schema, data).First();
  if (!error) return site.fail('does not match its schema');
  const issue = toIssue(error);
  const key = issue.path[0];
  // At the top level the metric is the container ("in the file" would be wrong); deeper, the issue names it.
  if (error.type === ValueErrorType.ObjectAdditionalProperties && issue.path.length === 1) {
    const known = Object.keys(schema.properties);
    const near = closestName(String(key), known);
    site.fail(
      `unknown key \`${shownInput(String(key))}\``,
      `${near ? `did you mean \`${near}\`? ` : ''}known keys: ${known.join(', ')}`,
    );
  }
  if (error.type === ValueErrorType.ObjectRequiredProperty) {
    // The error's own pointer names the missing key (the issue points at its parent, for the line).
    const missing = pointerToPath(error.path);
    site.fail(`\`${missing.join('.')}\` is required`, missing.length === 1 ? hintFor(missing[0]) : undefined);
  }
  return site.fail(issue.message, issue.hint ?? hintFor(key));
}
