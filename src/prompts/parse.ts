import { ConfigError, getErrorMessage } from '../errors.js';
import type { ResponseFormat, Role } from '../providers/types.js';
import { checkJsonNesting } from '../config/data-limits.js';
import { parseYaml, type YamlSource } from '../config/yaml.js';
import { isRecord } from '../core/is-record.js';
import { checkYaml } from '../validation/validate.js';
import { GitHubPromptSchema, PromptgatePromptSchema, type RawPrompt } from './schema.js';
import { goPrintedNumber } from './go-numbers.js';
import { goPrintedTimestamp } from './go-time.js';
import type { ModelParameters, PromptFile } from './types.js';

/** A prompt file as written, before partials are resolved. */
export interface PromptDraft extends Pick<
  PromptFile,
  | 'format'
  | 'id'
  | 'path'
  | 'name'
  | 'description'
  | 'version'
  | 'model'
  | 'modelParameters'
  | 'responseFormat'
  | 'messages'
> {
  testData: Record<string, unknown>[];
  evaluators: unknown[];
  source: YamlSource;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** Derives a GitHub Models file's id from its path: `prompts/summarize.prompt.yml` -> `prompts/summarize`. */
export function idFromPath(path: string): string {
  const id = path.replace(/\.prompt\.ya?ml$/i, '');
  // A file named just `.prompt.yml` (public repositories have them) keeps `.prompt` rather than
  // getting an empty id.
  return id === '' || id.endsWith('/') ? path.replace(/\.ya?ml$/i, '') : id;
}

export function parsePromptFile(text: string, path: string): PromptDraft {
  const parsed = parseYaml(text, path);
  if (!isRecord(parsed.data) || !('messages' in parsed.data)) {
    throw new ConfigError(
      'not a prompt file: it has no `messages`',
      parsed.locate([]),
      'a prompt file is a YAML mapping with `model` and `messages`; if this file is something else, add it to `exclude` in promptgate.yaml',
    );
  }
  const format = 'id' in parsed.data ? 'promptgate' : 'github';
  // gh ignores `id`, so GitHub Models files in the wild carry one; without a `version` that is far
  // more likely than a promptgate file missing its version, and the fix differs.
  if (format === 'promptgate' && !('version' in parsed.data)) {
    throw new ConfigError(
      '`id` makes this a promptgate prompt file, which needs a `version`',
      parsed.locate(['id']),
      `add a semver \`version: 1.0.0\`, or remove \`id\` to read it as a GitHub Models file, as \`gh models eval\` does (its id is then its path, \`${idFromPath(path)}\`)`,
    );
  }
  // gh decodes an empty key (`testData:`, `description:`) as absent, and an empty row as a test
  // without values, so GitHub files may have them.
  const source = format === 'github' ? { ...parsed, data: withoutEmptyKeys(parsed.data) } : parsed;
  const data: RawPrompt =
    format === 'promptgate'
      ? checkYaml(PromptgatePromptSchema, source, 'prompt file')
      : checkYaml(GitHubPromptSchema, source, 'prompt file');
  const lines = text.split('\n');
  if (format === 'github') {
    keepGoStringSources(data, source);
    printRowValuesAsGo(data, source, lines);
  }
  const messages = data.messages.map((m, i) => {
    const { line, column } = source.locate(['messages', i, 'content']);
    return {
      role: toRole(m.role, source, i),
      content: scalarText(m.content) ?? '',
      line,
      ...(line !== undefined ? { bodyLine: bodyStart(lines, line, column) } : {}),
    };
  });

  const version = format === 'promptgate' ? data.version : undefined;
  if (version !== undefined && !SEMVER.test(version)) {
    throw new ConfigError(
      `version \`${version}\` is not semver`,
      source.locate(['version']),
      'write it as MAJOR.MINOR.PATCH, e.g. 1.2.0',
    );
  }
  const testData = data.testData ?? [];
  // A GitHub file without tests may leave the model to whoever runs it: gh needs one only to call it.
  if (data.model === undefined && (format === 'promptgate' || testData.length > 0)) {
    throw new ConfigError(
      'the prompt names no `model`',
      source.locate([]),
      'add e.g. `model: openai/gpt-4o-mini`',
    );
  }

  return {
    format,
    id: (format === 'promptgate' ? data.id : undefined) ?? idFromPath(path),
    path,
    name: scalarText(data.name),
    description: scalarText(data.description),
    version,
    model: data.model ?? '',
    modelParameters: pickModelParameters(data.modelParameters),
    responseFormat: parseResponseFormat(data, source, format),
    messages,
    testData,
    evaluators: data.evaluators ?? [],
    source,
  };
}

/** The line a scalar's text starts on: the next one for a block scalar (`content: |`). */
function bodyStart(lines: readonly string[], line: number, column: number | undefined): number {
  const indicator = column === undefined ? undefined : lines[line - 1]?.[column - 1];
  return indicator === '|' || indicator === '>' ? line + 1 : line;
}

/** The string fields of gh's prompt file structs, as paths relative to the file (`*` = every item). */
const GO_STRING_FIELDS: readonly (readonly string[])[] = [
  ['name'],
  ['description'],
  ['messages', '*', 'content'],
  ['evaluators', '*', 'name'],
  ['evaluators', '*', 'uses'],
  ...['equals', 'contains', 'startsWith', 'endsWith'].map((check) => ['evaluators', '*', 'string', check]),
  ...['modelId', 'prompt', 'systemPrompt'].map((key) => ['evaluators', '*', 'llm', key]),
  ['evaluators', '*', 'llm', 'choices', '*', 'choice'],
];

/**
 * gh decodes these fields into Go strings, which receive a scalar's text as written: `equals: 1.50`
 * expects "1.50" and `content: 0010` sends "0010", where YAML typing would give 1.5 and 10. Every
 * number or boolean in such a field is replaced by its source text (in place).
 */
function keepGoStringSources(data: RawPrompt, source: YamlSource): void {
  const visit = (value: unknown, rest: readonly string[], at: (string | number)[]): unknown => {
    const [key, ...tail] = rest;
    if (key === undefined) {
      return typeof value === 'number' || typeof value === 'boolean'
        ? (source.scalarText(at) ?? value)
        : value;
    }
    if (key === '*') {
      if (Array.isArray(value)) value.forEach((item, i) => (value[i] = visit(item, tail, [...at, i])));
    } else if (isRecord(value) && key in value) {
      value[key] = visit(value[key], tail, [...at, key]);
    }
    return value;
  };
  for (const path of GO_STRING_FIELDS) visit(data, path, []);
}

/**
 * gh fills placeholders with a row's values as go-yaml decodes them and Go prints them: `010` is
 * 8, `1500000.0` prints `1.5e+06`, an unquoted `2024-01-01` is a time that prints
 * `2024-01-01 00:00:00 +0000 UTC`. A value whose printed text differs from JavaScript's is
 * replaced by gh's text (in place), so prompts and checks see what gh sends.
 */
function printRowValuesAsGo(data: RawPrompt, source: YamlSource, lines: readonly string[]): void {
  const quoted = (at: (string | number)[]) => {
    const { line, column } = source.locate(at);
    const first = line === undefined || column === undefined ? undefined : lines[line - 1]?.[column - 1];
    return first !== undefined && '"\'|>'.includes(first);
  };
  const visit = (value: unknown, at: (string | number)[]): unknown => {
    if (typeof value === 'number') {
      const printed = goPrintedNumber(source.scalarText(at) ?? String(value), value);
      return printed === String(value) ? value : printed;
    }
    if (typeof value === 'string') return (!quoted(at) && goPrintedTimestamp(value)) || value;
    if (Array.isArray(value)) value.forEach((item, i) => (value[i] = visit(item, [...at, i])));
    else if (isRecord(value))
      for (const key of Object.keys(value)) value[key] = visit(value[key], [...at, key]);
    return value;
  };
  if (Array.isArray(data.testData)) visit(data.testData, ['testData']);
}

/** A YAML scalar as the text gh's decoder puts in a Go string field; undefined when absent. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function withoutEmptyKeys(data: Record<string, unknown>): Record<string, unknown> {
  const kept = Object.entries(data).filter(([, value]) => value !== null);
  return Object.fromEntries(
    kept.map(([key, value]) => {
      if (key === 'modelParameters' && isRecord(value)) return [key, withoutEmptyKeys(value)];
      // An empty list item (`- ` with nothing after it) decodes to a nil map: a test with no values.
      if (key === 'testData' && Array.isArray(value)) return [key, value.map((row: unknown) => row ?? {})];
      return [key, value];
    }),
  );
}

/** Only the parameters prompt files define; anything else a GitHub file carries is ignored, as gh does. */
function pickModelParameters(raw: ModelParameters = {}): ModelParameters {
  const { maxTokens, temperature, topP } = raw;
  return {
    ...(maxTokens !== undefined ? { maxTokens } : {}),
    ...(temperature !== undefined ? { temperature } : {}),
    ...(topP !== undefined ? { topP } : {}),
  };
}

const ROLES: readonly Role[] = ['system', 'user', 'assistant'];

/** gh accepts roles in any case (`User`); the providers take them lower-case. */
function toRole(role: string, source: YamlSource, index: number): Role {
  const match = ROLES.find((r) => r === role.toLowerCase());
  if (match) return match;
  throw new ConfigError(
    `message role \`${role}\` is not system, user or assistant`,
    source.locate(['messages', index, 'role']),
  );
}

function parseResponseFormat(
  data: RawPrompt,
  source: YamlSource,
  format: PromptDraft['format'],
): ResponseFormat | undefined {
  const kind = data.responseFormat;
  if (kind === undefined) {
    // gh sends no response format then, schema or not; promptgate files flag the likely slip.
    if (data.jsonSchema !== undefined && format === 'promptgate') {
      throw new ConfigError(
        '`jsonSchema` is set but `responseFormat` is not `json_schema`',
        source.locate(['jsonSchema']),
        'add `responseFormat: json_schema`',
      );
    }
    return undefined;
  }
  if (kind !== 'json_schema') return { type: kind };
  const raw = data.jsonSchema;
  if (raw === undefined) {
    throw new ConfigError(
      '`responseFormat: json_schema` needs a `jsonSchema`',
      source.locate(['responseFormat']),
      'add `jsonSchema` with `name` and `schema`',
    );
  }
  let parsed: unknown = raw;
  if (typeof raw === 'string') {
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      throw new ConfigError(
        `\`jsonSchema\` is not valid JSON: ${getErrorMessage(error)}`,
        source.locate(['jsonSchema']),
      );
    }
    checkJsonNesting(parsed, source.locate(['jsonSchema']));
  }
  if (!isRecord(parsed) || typeof parsed.name !== 'string' || !isRecord(parsed.schema)) {
    throw new ConfigError(
      '`jsonSchema` must have a string `name` and an object `schema`',
      source.locate(['jsonSchema']),
    );
  }
  return {
    type: 'json_schema',
    name: parsed.name,
    schema: parsed.schema,
    ...(typeof parsed.strict === 'boolean' ? { strict: parsed.strict } : {}),
  };
}
