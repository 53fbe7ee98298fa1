import type Anthropic from '@anthropic-ai/sdk';
import type { MessageCreateParamsNonStreaming, MessageParam } from '@anthropic-ai/sdk/resources/messages';
import type { ProviderConfig } from '../config/types.js';
import { requireCredential, resolveEndpoint } from './endpoint.js';
import { malformedReply, sdkFailure } from './failures.js';
import { assertSendableHeaders } from './http-agents.js';
import { isRecord } from '../core/is-record.js';
import { count } from './narrow.js';
import { SDK_TIMEOUT_MS } from './sdk-options.js';
import type { ChatRequest, ChatResponse, Provider } from './types.js';

/** The Messages API requires max_tokens; prompts rarely set it. */
export const DEFAULT_MAX_TOKENS = 4096;

/** Anthropic has no JSON mode; `json_object` is asked for in the system prompt instead. */
const JSON_OBJECT_INSTRUCTION = 'Respond with a single valid JSON object and nothing else.';

/** Anthropic's Messages API (or a proxy via `base_url` / ANTHROPIC_BASE_URL). Throws ConfigError without a key. */
export function createAnthropicProvider(
  config: ProviderConfig,
  env: NodeJS.ProcessEnv,
  connections?: number,
): Provider {
  const endpoint = resolveEndpoint(config, env);
  const credential = requireCredential(config, endpoint);
  assertSendableHeaders(config.name, endpoint.headers);
  // The SDK (about 1 MB of code) loads with the first call: runs that never call it never compile it.
  let connected: Promise<{ sdk: typeof Anthropic; client: Anthropic }> | undefined;
  const connect = () =>
    (connected ??= Promise.all([import('@anthropic-ai/sdk'), import('./http-fetch.js')]).then(
      ([{ default: sdk }, http]) => ({
        sdk,
        client: new sdk({
          apiKey: credential.apiKey,
          baseURL: endpoint.baseUrl,
          defaultHeaders: endpoint.headers,
          maxRetries: 0,
          timeout: SDK_TIMEOUT_MS,
          fetch: http.sharedHttpFetch(connections),
        }),
      }),
    ));
  return {
    name: config.name,
    type: 'anthropic',
    async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
      const { sdk, client } = await connect();
      let body: unknown;
      try {
        body = await client.messages.create(toMessageParams(request), { signal });
      } catch (error) {
        throw sdkFailure(error, credential, sdk, request.model);
      }
      return parseMessage(body);
    },
  };
}

/**
 * System messages become the top-level `system` (the API has no system role); consecutive messages
 * of one role are merged because the API expects user and assistant turns to alternate.
 * `json_schema` uses the API's structured outputs (`output_config.format`).
 * `temperature` and `topP` are not sent: API version 2026-10-21 (the SDK's default) rejects every
 * sampling parameter with a 400, and the SDK no longer has them.
 */
function toMessageParams(request: ChatRequest): MessageCreateParamsNonStreaming {
  const system = request.messages.filter((m) => m.role === 'system').map((m) => m.content);
  if (request.responseFormat?.type === 'json_object') system.push(JSON_OBJECT_INSTRUCTION);
  const messages: MessageParam[] = [];
  for (const message of request.messages) {
    if (message.role === 'system') continue;
    const previous = messages.at(-1);
    if (previous?.role === message.role && typeof previous.content === 'string') {
      previous.content = `${previous.content}\n\n${message.content}`;
    } else {
      messages.push({ role: message.role, content: message.content });
    }
  }
  const params: MessageCreateParamsNonStreaming = {
    model: request.model,
    max_tokens: request.maxTokens ?? DEFAULT_MAX_TOKENS,
    messages,
  };
  if (system.length > 0) params.system = system.join('\n\n');
  if (request.responseFormat?.type === 'json_schema') {
    params.output_config = { format: { type: 'json_schema', schema: request.responseFormat.schema } };
  }
  return params;
}

/** Text is every text block joined; thinking and tool blocks are not the answer. */
function parseMessage(body: unknown): ChatResponse {
  if (!isRecord(body) || !Array.isArray(body.content)) {
    throw malformedReply('no content array in the reply');
  }
  const text = body.content
    .filter(isRecord)
    .filter((block) => block.type === 'text' && typeof block.text === 'string')
    .map((block) => String(block.text))
    .join('');
  const usage = isRecord(body.usage) ? body.usage : {};
  // Prompt-cache reads and writes are input too; counting them keeps token totals honest.
  const inputTokens =
    count(usage.input_tokens) +
    count(usage.cache_creation_input_tokens) +
    count(usage.cache_read_input_tokens);
  return { text, usage: { inputTokens, outputTokens: count(usage.output_tokens) } };
}
