import { isRecord } from '../core/is-record.js';

/** `{{name}}` or `{{ name }}`, with dotted paths into mappings (`{{ customer.name }}`). */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\s*\}\}/g;

/** What metric config strings may reference: the case's vars, and `expected` when the case has one. */
export function variableScope(input: {
  vars: Record<string, unknown>;
  expected?: unknown;
}): Record<string, unknown> {
  return input.expected === undefined ? input.vars : { ...input.vars, expected: input.expected };
}

/**
 * Substitutes case variables into a metric's configured text at evaluate time. `encode` lets a
 * caller escape the inserted values (e.g. for a regular expression). An unknown variable throws, so
 * the metric reports `error` instead of silently checking for the literal placeholder.
 */
export function substituteVars(
  text: string,
  scope: Record<string, unknown>,
  encode: (value: string) => string = (value) => value,
): string {
  return text.replace(PLACEHOLDER, (_match, path: string) => {
    const value = lookup(scope, path);
    if (value === undefined) {
      const known = Object.keys(scope).join(', ') || 'no variables';
      throw new Error(
        `undefined variable \`${path}\` in the metric configuration (the case provides: ${known})`,
      );
    }
    return encode(stringifyValue(value));
  });
}

/** Replaces every placeholder with `replacement`, to validate a template's static shape at parse time. */
export function blankPlaceholders(text: string, replacement: string): string {
  return text.replace(PLACEHOLDER, replacement);
}

/** Own data only: `{{ constructor }}` or `{{ a.__proto__ }}` find nothing, as for any unknown name. */
function lookup(scope: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(scope, path)) return scope[path];
  let value: unknown = scope;
  for (const part of path.split('.')) {
    if (!isRecord(value) || !Object.hasOwn(value, part)) return undefined;
    value = value[part];
  }
  return value;
}

export function stringifyValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value === null || value === undefined) return '';
  return JSON.stringify(value) ?? '';
}

/** The raw value when `text` is exactly one placeholder (so `"{{ expected }}"` can stay an object). */
export function soleVariable(text: string, scope: Record<string, unknown>): unknown {
  const match = new RegExp(`^${PLACEHOLDER.source}$`).exec(text.trim());
  return match?.[1] === undefined ? undefined : lookup(scope, match[1]);
}
