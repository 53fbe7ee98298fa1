import { type YamlSource } from '../config/yaml.js';
import { isRecord } from '../core/is-record.js';
import { ConfigError } from '../errors.js';

/** Object keys and list indexes from the document root to a value. */
export type YamlPath = (string | number)[];

/** Typed reads of the parsed YAML that fail with the line of the offending value. */
export class YamlChecker {
  constructor(
    private readonly source: YamlSource,
    /** What the file is, for messages: `invalid <what>: ...`. */
    private readonly what: string,
    private readonly hint: string,
  ) {}

  fail(at: YamlPath, message: string, hint?: string): never {
    throw new ConfigError(`invalid ${this.what}: ${message}`, this.source.locate(at), hint ?? this.hint);
  }

  mapping(value: unknown, at: YamlPath, keys: readonly string[] | undefined): Record<string, unknown> {
    if (!isRecord(value)) this.fail(at, `${describe(at)} must be a mapping`);
    if (keys) {
      const unknown = Object.keys(value).find((key) => !keys.includes(key));
      if (unknown !== undefined) this.fail([...at, unknown], `unknown key \`${unknown}\` in ${describe(at)}`);
    }
    return value;
  }

  list(value: unknown, at: YamlPath): unknown[] {
    if (!Array.isArray(value)) this.fail(at, `${describe(at)} must be a list`);
    return value;
  }

  string(record: Record<string, unknown> | unknown[], key: string | number, at: YamlPath): string {
    const value = (record as Record<string | number, unknown>)[key];
    if (value === undefined) this.fail(at, `${describe(at)} is missing \`${key}\``);
    if (typeof value !== 'string' || value === '') {
      this.fail([...at, key], `\`${describe([...at, key])}\` must be a non-empty string (quote it)`);
    }
    return value;
  }

  matching(
    record: Record<string, unknown>,
    key: string,
    at: YamlPath,
    pattern: RegExp,
    what: string,
  ): string {
    const value = this.string(record, key, at);
    if (!pattern.test(value))
      this.fail([...at, key], `\`${describe([...at, key])}\` must be ${what}, not \`${value}\``);
    return value;
  }

  timestamp(record: Record<string, unknown>, key: string, at: YamlPath): string {
    const value = this.string(record, key, at);
    if (Number.isNaN(Date.parse(value)))
      this.fail([...at, key], `\`${describe([...at, key])}\` must be an ISO timestamp`);
    return value;
  }

  oneOf<T extends string>(
    record: Record<string, unknown>,
    key: string,
    at: YamlPath,
    allowed: readonly T[],
  ): T {
    const value = this.string(record, key, at);
    if (!(allowed as readonly string[]).includes(value)) {
      this.fail(
        [...at, key],
        `\`${describe([...at, key])}\` must be one of ${allowed.join(', ')}, not \`${value}\``,
      );
    }
    return value as T;
  }

  number(record: Record<string, unknown>, key: string, at: YamlPath, min: number, max: number): number {
    const value = record[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      this.fail(
        value === undefined ? at : [...at, key],
        `\`${describe([...at, key])}\` must be a number from ${min} to ${max}`,
      );
    }
    return value;
  }

  integer(record: Record<string, unknown>, key: string, at: YamlPath): number {
    const value = record[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.fail(
        value === undefined ? at : [...at, key],
        `\`${describe([...at, key])}\` must be a whole number >= 0`,
      );
    }
    return value;
  }
}

function describe(at: YamlPath): string {
  return at.length === 0 ? 'the file' : at.join('.');
}
