import { ConfigError } from '../errors.js';
import type { ResponseFormat, Role } from '../providers/types.js';
import { validateYaml } from '../config/validate.js';
import { isRecord, parseYaml, type YamlSource } from '../config/yaml.js';
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

const promptSchema = {
  type: 'object',
  required: ['messages'],
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._/-]*$' },
    version: { type: 'string' },
    name: { type: 'string' },
    description: { type: 'string' },
    model: { type: 'string', minLength: 1 },
    modelParameters: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxTokens: { type: 'integer', minimum: 1 },
        temperature: { type: 'number', minimum: 0, maximum: 2 },
        topP: { type: 'number', minimum: 0, maximum: 1 },
      },
    },
    responseFormat: { enum: ['text', 'json_object', 'json_schema'] },
    jsonSchema: { type: ['string', 'object'] },
    messages: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['role', 'content'],
        properties: {
          role: { type: 'string' },
          content: { type: 'string' },
        },
      },
    },
    testData: { type: 'array', items: { type: 'object' } },
    evaluators: { type: 'array', items: { type: 'object' } },
  },
} as const;

/** promptgate's own files are strict (typos surface); GitHub Models files keep gh's leniency. */
const strictPromptSchema = {
  ...promptSchema,
  additionalProperties: false,
  required: ['id', 'version', 'model', 'messages'],
};

/** Derives a GitHub Models file's id from its path: `prompts/summarize.prompt.yml` -> `prompts/summarize`. */
export function idFromPath(path: string): string {
  return path.replace(/\.prompt\.ya?ml$/i, '');
}

export function parsePromptFile(text: string, path: string): PromptDraft {
  const source = parseYaml(text, path);
  if (!isRecord(source.data)) {
    throw new ConfigError('a prompt file must be a YAML mapping with `messages`', source.locate([]));
  }
  const data = source.data;
  const format = 'id' in data ? 'promptgate' : 'github';
  validateYaml(format === 'promptgate' ? strictPromptSchema : promptSchema, source, 'prompt file');
  normaliseRoles(data, source);

  const version = typeof data.version === 'string' ? data.version : undefined;
  if (format === 'promptgate' && version !== undefined && !SEMVER.test(version)) {
    throw new ConfigError(
      `version \`${version}\` is not semver`,
      source.locate(['version']),
      'write it as MAJOR.MINOR.PATCH, e.g. 1.2.0',
    );
  }
  if (typeof data.model !== 'string') {
    throw new ConfigError(
      'the prompt names no `model`',
      source.locate([]),
      'add e.g. `model: openai/gpt-4o-mini`',
    );
  }
  const messages = (data.messages as { role: string; content: string }[]).map((m, i) => ({
    role: m.role.toLowerCase() as Role,
    content: m.content,
    line: source.locate(['messages', i, 'content']).line,
  }));

  return {
    format,
    id: typeof data.id === 'string' ? data.id : idFromPath(path),
    path,
    name: typeof data.name === 'string' ? data.name : undefined,
    description: typeof data.description === 'string' ? data.description : undefined,
    version,
    model: data.model,
    modelParameters: (data.modelParameters as ModelParameters | undefined) ?? {},
    responseFormat: parseResponseFormat(data, source),
    messages,
    testData: (data.testData as Record<string, unknown>[] | undefined) ?? [],
    evaluators: (data.evaluators as unknown[] | undefined) ?? [],
    source,
  };
}

function normaliseRoles(data: Record<string, unknown>, source: YamlSource): void {
  const messages = data.messages as { role: string }[];
  messages.forEach((m, i) => {
    if (!['system', 'user', 'assistant'].includes(m.role.toLowerCase())) {
      throw new ConfigError(
        `message role \`${m.role}\` is not system, user or assistant`,
        source.locate(['messages', i, 'role']),
      );
    }
  });
}

function parseResponseFormat(data: Record<string, unknown>, source: YamlSource): ResponseFormat | undefined {
  const kind = data.responseFormat as 'text' | 'json_object' | 'json_schema' | undefined;
  if (kind === undefined) {
    if (data.jsonSchema !== undefined) {
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
        `\`jsonSchema\` is not valid JSON: ${(error as Error).message}`,
        source.locate(['jsonSchema']),
      );
    }
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
