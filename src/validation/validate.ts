/**
 * The one validation layer. TypeBox schemas are the single source of the published JSON Schemas, of
 * the static types loaders use (`Static<>`) and of the runtime checks, so a checked value needs no
 * cast. Errors carry the file, line and column of the offending value and say what is expected.
 */
import type { Static, TSchema } from '@sinclair/typebox';
import { Errors, ValueErrorType } from '@sinclair/typebox/errors';
import { Check } from '@sinclair/typebox/value';
import { ConfigError, type SourceLocation } from '../errors.js';
import type { YamlSource } from '../config/yaml.js';
import { registerFormats } from './formats.js';
import { toIssue, type Issue } from './messages.js';

registerFormats();

// TypeBox's interpreter, not its compiler: compiling costs milliseconds per schema at start-up,
// more than a run spends checking its few small files.
export function isValid<T extends TSchema>(schema: T, data: unknown): data is Static<T> {
  return Check(schema, data);
}

/** Up to `limit` distinct problems, in the schema's order. */
export function findIssues(schema: TSchema, data: unknown, limit = 6): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of Errors(schema, data)) {
    // A missing required key is also reported as a value of the wrong type ("got nothing"): the
    // "is missing the required key" issue already says it.
    if (
      error.value === undefined &&
      error.path !== '' &&
      error.type !== ValueErrorType.ObjectRequiredProperty
    )
      continue;
    const issue = toIssue(error);
    const key = `${issue.path.join('\0')}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
    if (issues.length === limit) break;
  }
  return issues;
}

const position = (at: SourceLocation) => (at.line ?? 0) * 1e6 + (at.column ?? 0);

/**
 * Checks parsed YAML against a schema and returns it typed. The first problem in the file becomes a
 * ConfigError at its line; the others are listed so one run shows every mistake.
 */
export function checkYaml<T extends TSchema>(
  schema: T,
  source: YamlSource,
  what: string,
  /** How to fix the file when the problem itself suggests nothing. */
  hint?: string,
): Static<T> {
  const { data } = source;
  if (isValid(schema, data)) return data;
  const [first, ...others] = findIssues(schema, data)
    .map((issue) => ({ ...issue, location: source.locate(issue.path) }))
    .sort((a, b) => position(a.location) - position(b.location));
  const rest = others.map((e) => `  - ${e.message} (line ${e.location.line ?? '?'})`);
  throw new ConfigError(
    `invalid ${what}: ${first?.message ?? 'does not match its schema'}${rest.length ? `\n  other problems:\n${rest.join('\n')}` : ''}`,
    first?.location ?? source.locate([]),
    first?.hint ?? hint,
  );
}
