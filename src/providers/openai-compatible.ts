import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { ProviderConfig } from '../config/types.js';
import { isRecord } from '../core/is-record.js';
import { getErrorMessage } from '../errors.js';
import { TOOL_VERSION } from '../version.js';
import { requireCredential, resolveEndpoint, type Endpoint } from './endpoint.js';
import {
  connectionFailure,
  httpFailure,
  malformedReply,
  serverMessage,
  unexpectedFailure,
  type Credential,
} from './failures.js';
import { ConnectionError, RequestAbortedError, sharedPostJson, type HttpReply } from './http-json.js';
import { count } from './narrow.js';
import { ProviderError, type ChatRequest, type ChatResponse, type Provider } from './types.js';

/** Our own per-attempt timeout (retry.ts) governs; this only keeps an SDK's from firing first. */
export const SDK_TIMEOUT_MS = 60 * 60 * 1000;

export interface OpenAICompatibleSettings {
  name: string;
  type: 'openai' | 'github';
  endpoint: Endpoint;
  credential: Credential;
  /** OpenAI's organization and project headers (OPENAI_ORG_ID, OPENAI_PROJECT_ID). */
  organization?: string;
  project?: string;
  /** Keep-alive connections per host (the run's concurrency); unlimited when unset. */
  connections?: number;
}

/**
 * The client for one configured provider instance: endpoint and key resolved from the config and
 * the environment. Throws ConfigError when the key variable is unset.
 */
export function openAICompatibleFor(
  type: OpenAICompatibleSettings['type'],
  config: ProviderConfig,
  env: NodeJS.ProcessEnv,
  extra: Pick<OpenAICompatibleSettings, 'organization' | 'project' | 'connections'>,
): Provider {
  const endpoint = resolveEndpoint(config, env);
  const credential = requireCredential(config, endpoint);
  return createOpenAICompatibleProvider({ name: config.name, type, endpoint, credential, ...extra });
}

/**
 * The chat-completions client shared by OpenAI, OpenAI-compatible servers and GitHub Models. It
 * speaks the wire protocol directly over keep-alive connections instead of through the `openai` SDK:
 * the SDK's per-request machinery (header merging, web Request/Response and stream objects, its own
 * abort and retry plumbing, which ours replaces) cost about three times the CPU of the request itself
 * and most of a large run's garbage. What it sent is kept: the same headers (bearer key, organization,
 * project, JSON content type, configured headers last), and its failures classified the same way.
 */
export function createOpenAICompatibleProvider(settings: OpenAICompatibleSettings): Provider {
  const url = new URL(`${settings.endpoint.baseUrl}/chat/completions`);
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/json',
    'user-agent': `promptgate/${TOOL_VERSION}`,
    authorization: `Bearer ${settings.credential.apiKey}`,
    ...(settings.organization ? { 'openai-organization': settings.organization } : {}),
    ...(settings.project ? { 'openai-project': settings.project } : {}),
    ...lowerCaseNames(settings.endpoint.headers),
  };
  const post = sharedPostJson(settings.connections);
  return {
    name: settings.name,
    type: settings.type,
    async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
      let reply: HttpReply;
      try {
        reply = await post(url, headers, JSON.stringify(toChatCompletionParams(request)), signal);
      } catch (error) {
        throw transportFailure(error, settings.credential);
      }
      if (reply.status < 200 || reply.status > 299) throw replyFailure(reply, settings.credential);
      let body: unknown;
      try {
        body = JSON.parse(reply.text);
      } catch (error) {
        throw malformedReply(getErrorMessage(error));
      }
      return parseChatCompletion(body);
    },
  };
}

function transportFailure(error: unknown, credential: Credential): ProviderError {
  if (error instanceof RequestAbortedError) return new ProviderError('request aborted', false);
  if (error instanceof ConnectionError) return connectionFailure(error.message, credential);
  return unexpectedFailure(error, credential);
}

/** An error status, with the server's own message when its body is the usual `{error: {message}}`. */
function replyFailure(reply: HttpReply, credential: Credential): ProviderError {
  let body: unknown;
  try {
    body = JSON.parse(reply.text);
  } catch {
    body = undefined;
  }
  const header = (name: string): string | undefined => {
    const value = reply.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return httpFailure(reply.status, header, serverMessage(body) ?? reply.text, credential);
}

/** The request body, typed by the official SDK's own definition of it (a type only: no SDK code runs). */
type ChatCompletionParams = ChatCompletionCreateParamsNonStreaming;

/** Configured headers replace the defaults whatever their case (`Authorization` wins over ours). */
function lowerCaseNames(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

function toChatCompletionParams(request: ChatRequest): ChatCompletionParams {
  const params: ChatCompletionParams = {
    model: request.model,
    messages: request.messages.map((message) => ({ role: message.role, content: message.content })),
  };
  if (request.temperature !== undefined) params.temperature = request.temperature;
  if (request.topP !== undefined) params.top_p = request.topP;
  if (request.maxTokens !== undefined) {
    // `max_tokens` is what every compatible server understands; OpenAI's reasoning models reject it.
    if (usesMaxCompletionTokens(request.model)) params.max_completion_tokens = request.maxTokens;
    else params.max_tokens = request.maxTokens;
  }
  const format = request.responseFormat;
  // `text` is the default; leaving it out keeps servers without response_format support working.
  if (format?.type === 'json_object') params.response_format = { type: 'json_object' };
  if (format?.type === 'json_schema') {
    params.response_format = {
      type: 'json_schema',
      json_schema: {
        name: format.name,
        schema: format.schema,
        ...(format.strict === undefined ? {} : { strict: format.strict }),
      },
    };
  }
  return params;
}

/** o1/o3/o4-mini/gpt-5 and later, with or without a `publisher/` prefix (GitHub Models). */
function usesMaxCompletionTokens(model: string): boolean {
  return /^(?:[\w.-]+\/)?(?:o\d|gpt-5)/i.test(model);
}

/** Reads a chat completion defensively: compatible servers vary, and a broken reply must not crash us. */
function parseChatCompletion(body: unknown): ChatResponse {
  if (!isRecord(body)) return fail(`expected a JSON object, got ${typeof body}`);
  const choice: unknown = Array.isArray(body.choices) ? body.choices[0] : undefined;
  if (!isRecord(choice) || !isRecord(choice.message)) return fail('no choices[0].message in the reply');
  const { content, refusal } = choice.message;
  // A refusal arrives with null content; its text is the model's answer as far as metrics go.
  const text = typeof content === 'string' ? content : typeof refusal === 'string' ? refusal : '';
  const usage = isRecord(body.usage) ? body.usage : {};
  return {
    text,
    usage: { inputTokens: count(usage.prompt_tokens), outputTokens: count(usage.completion_tokens) },
  };
}

function fail(detail: string): never {
  throw malformedReply(detail);
}
