import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { ProviderConfig } from '../config/types.js';
import { isRecord } from '../core/is-record.js';
import { requireCredential, resolveEndpoint, type Endpoint } from './endpoint.js';
import { malformedReply, sdkFailure, type Credential } from './failures.js';
import { assertSendableHeaders } from './http-agents.js';
import { sharedHttpFetch } from './http-fetch.js';
import { count } from './narrow.js';
import { SDK_TIMEOUT_MS } from './sdk-options.js';
import type { ChatRequest, ChatResponse, Provider } from './types.js';

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
 * the environment. Throws ConfigError when the key variable is unset or a configured header cannot
 * be sent.
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
 * The chat-completions client shared by OpenAI, OpenAI-compatible servers and GitHub Models: the
 * official `openai` SDK, one client per configured provider. This module (and the SDK with it) loads
 * only when a run first uses such a provider (the catalog imports it lazily). The SDK's own retries
 * and timeout are off: withRetry governs attempts, and each attempt's timeout aborts `signal`. Its
 * requests go through the shared keep-alive pools (http-fetch.ts), at most the run's concurrency of
 * connections per host.
 */
export function createOpenAICompatibleProvider(settings: OpenAICompatibleSettings): Provider {
  assertSendableHeaders(settings.name, settings.endpoint.headers);
  // Everything is passed explicitly so the SDK never falls back to process.env (logLevel included:
  // OPENAI_LOG=debug would print every request).
  const client = new OpenAI({
    apiKey: settings.credential.apiKey,
    adminAPIKey: null,
    baseURL: settings.endpoint.baseUrl,
    organization: settings.organization ?? null,
    project: settings.project ?? null,
    defaultHeaders: settings.endpoint.headers,
    maxRetries: 0,
    timeout: SDK_TIMEOUT_MS,
    logLevel: 'off',
    fetch: sharedHttpFetch(settings.connections),
  });
  return {
    name: settings.name,
    type: settings.type,
    async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
      let body: unknown;
      try {
        body = await client.chat.completions.create(toChatCompletionParams(request), { signal });
      } catch (error) {
        throw sdkFailure(error, settings.credential, OpenAI, request.model);
      }
      return parseChatCompletion(body);
    },
  };
}

function toChatCompletionParams(request: ChatRequest): ChatCompletionCreateParamsNonStreaming {
  const params: ChatCompletionCreateParamsNonStreaming = {
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
