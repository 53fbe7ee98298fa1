import { Ajv, type ValidateFunction } from 'ajv';
import type { ChatMessage, ResponseFormat } from '../../providers/types.js';
import { jsonCandidates } from '../json.js';
import { truncate } from '../text.js';
import type { JudgeClient } from '../types.js';

let shared: Ajv | undefined;
/** Made with the first judge reply: constructing Ajv compiles its vocabularies, which most runs never use. */
const judgeAjv = (): Ajv => (shared ??= new Ajv({ allErrors: true, strict: false }));

/** A structured judge answer: its JSON schema (sent as the response format) and how to read it. */
export interface ReplyShape<T> {
  name: string;
  schema: Record<string, unknown>;
  validate: ValidateFunction<T>;
  /** Optional clean-up before validation (e.g. `"a"` -> `"A"`). */
  normalise?: (value: unknown) => unknown;
}

/**
 * The schema is sent as is (strict structured output needs `additionalProperties: false`), but
 * replies are validated without that rule: servers that ignore the response format often add
 * keys (`"pass": true`), and what is required is all a verdict needs.
 */
export function replyShape<T>(
  name: string,
  schema: Record<string, unknown>,
  normalise?: (value: unknown) => unknown,
): ReplyShape<T> {
  // Compiled on first use: shapes are declared at module load, and most runs never ask a judge.
  let validate: ValidateFunction<T> | undefined;
  return {
    name,
    schema,
    get validate() {
      return (validate ??= judgeAjv().compile<T>(allowingExtraKeys(schema)));
    },
    ...(normalise ? { normalise } : {}),
  };
}

/** A copy of a JSON schema with every `additionalProperties: false` dropped (recursively). */
function allowingExtraKeys(schema: unknown): Record<string, unknown> {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
        .map(([key, value]) => [key, strip(value)]),
    );
  };
  return strip(schema) as Record<string, unknown>;
}

export type StructuredReply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface JudgeRequest {
  model?: string;
  messages: ChatMessage[];
}

function responseFormatOf<T>(shape: ReplyShape<T>): ResponseFormat {
  return { type: 'json_schema', name: shape.name, schema: shape.schema, strict: true };
}

/**
 * Asks the judge for JSON of `shape`. The reply may be bare JSON, fenced, or JSON inside prose;
 * when none of that validates, the judge gets ONE repair request (its bad reply and the problem)
 * and a second failure is an error - never a guessed verdict.
 */
export async function askJudge<T>(
  judge: JudgeClient,
  request: JudgeRequest,
  shape: ReplyShape<T>,
): Promise<StructuredReply<T>> {
  const responseFormat = responseFormatOf(shape);
  const first = await judge.complete({ ...request, responseFormat });
  if (!first.ok) return { ok: false, error: `judge call failed: ${first.error}` };
  const parsed = readReply(first.text, shape);
  if (parsed.ok) return parsed;

  const repair: ChatMessage[] = [
    ...request.messages,
    { role: 'assistant', content: first.text },
    {
      role: 'user',
      content: `Your reply could not be used: ${parsed.error}. Reply again with only a JSON object matching this schema, and no other text:\n${JSON.stringify(shape.schema)}`,
    },
  ];
  const second = await judge.complete({ ...request, messages: repair, responseFormat });
  if (!second.ok) return { ok: false, error: `judge repair call failed: ${second.error}` };
  const repaired = readReply(second.text, shape);
  return repaired.ok
    ? repaired
    : {
        ok: false,
        error: `judge reply unusable after one repair request: ${repaired.error} (reply: ${JSON.stringify(truncate(second.text, 200))})`,
      };
}

/** Reads the first JSON value in `text` that validates against the shape. */
function readReply<T>(text: string, shape: ReplyShape<T>): StructuredReply<T> {
  const validate = shape.validate;
  const candidates = jsonCandidates(text);
  if (candidates.length === 0) return { ok: false, error: 'no JSON object found in the reply' };
  let problem = '';
  for (const candidate of candidates) {
    const value = shape.normalise ? shape.normalise(candidate) : candidate;
    if (validate(value)) return { ok: true, value };
    problem ||= judgeAjv().errorsText(validate.errors, { dataVar: 'reply' });
  }
  return { ok: false, error: `the JSON does not match the required shape (${problem})` };
}
