import { ConfigError } from '../errors.js';
import { closestName } from '../validation/suggest.js';
import type { ParseContext } from './types.js';

/**
 * Reads one metric's YAML mapping (without `type`/`name`) with errors that name the metric, the
 * key and the fix: unknown keys (with the closest known key), wrong types, missing values.
 */
export class MetricConfigReader {
  constructor(
    private readonly type: string,
    private readonly raw: Record<string, unknown>,
    readonly context: ParseContext,
    allowedKeys: readonly string[],
    /** How messages name what is configured; defaults to "metric `<type>`". */
    private readonly subject = `metric \`${type}\``,
  ) {
    for (const key of Object.keys(raw)) {
      if (allowedKeys.includes(key)) continue;
      const near = closestName(key, allowedKeys);
      this.fail(
        `unknown key \`${key}\``,
        `${near ? `did you mean \`${near}\`? ` : ''}known keys: ${allowedKeys.join(', ')}`,
      );
    }
  }

  fail(message: string, hint?: string): never {
    throw new ConfigError(`${this.subject}: ${message}`, this.context.location, hint);
  }

  has(key: string): boolean {
    return this.raw[key] !== undefined && this.raw[key] !== null;
  }

  value(key: string): unknown {
    return this.raw[key];
  }

  requiredString(key: string, hint?: string): string {
    const value = this.optionalString(key);
    if (value === undefined || value === '')
      this.fail(`\`${key}\` is required and must be a non-empty string`, hint);
    return value;
  }

  optionalString(key: string): string | undefined {
    if (!this.has(key)) return undefined;
    const value = this.raw[key];
    if (typeof value !== 'string') this.fail(`\`${key}\` must be a string, got ${describeType(value)}`);
    return value;
  }

  boolean(key: string, fallback: boolean): boolean {
    if (!this.has(key)) return fallback;
    const value = this.raw[key];
    if (typeof value !== 'boolean') this.fail(`\`${key}\` must be true or false, got ${describeType(value)}`);
    return value;
  }

  optionalNumber(key: string): number | undefined {
    if (!this.has(key)) return undefined;
    const value = this.raw[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(`\`${key}\` must be a number, got ${describeType(value)}`);
    }
    return value;
  }

  choice<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
    if (!this.has(key)) return fallback;
    const value = this.raw[key];
    const match = allowed.find((option) => option === value);
    if (match === undefined) {
      this.fail(`\`${key}\` must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
    }
    return match;
  }

  /** A list of non-empty strings (scalars are accepted and turned into text). */
  stringList(key: string): string[] | undefined {
    if (!this.has(key)) return undefined;
    const value = this.raw[key];
    if (!Array.isArray(value) || value.length === 0) this.fail(`\`${key}\` must be a non-empty list`);
    return value.map((item, i) => {
      if (typeof item === 'string' && item !== '') return item;
      if (typeof item === 'number' || typeof item === 'boolean') return String(item);
      return this.fail(`\`${key}[${i}]\` must be a non-empty string, got ${describeType(item)}`);
    });
  }
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}
