/**
 * A fake Anthropic Messages API server on 127.0.0.1 (random port) for tests.
 *
 *   const fake = await startFakeAnthropic({ reply: (body) => `system was: ${body.system}` });
 *   // Anthropic SDK: baseURL fake.url (the SDK posts to `${baseURL}/v1/messages`),
 *   // or env ANTHROPIC_BASE_URL=fake.url
 *   fake.requests[0].headers.authorization;       // 'Bearer <key>' (what @anthropic-ai/sdk 1.x sends)
 *   fake.requests[0].headers['anthropic-version'];
 *   fake.requests[0].body;                        // parsed JSON body
 *   await fake.close();
 *
 * Answers `POST <any prefix>/v1/messages`; other routes get 404. Like the real API it rejects (400)
 * bodies without `model`, a numeric `max_tokens` and a non-empty `messages` array, messages whose
 * role is not user/assistant, and the sampling parameters API version 2026-10-21 refuses
 * (`temperature`, `top_p`, `top_k`).
 *
 * Options are those of startFakeOpenAI (see openai-server.ts): `reply`, `latencyMs`, `failures`
 * (status errors come in Anthropic's `{type: 'error', error: {type, message}}` shape).
 */
import {
  isRecord,
  startFakeServer,
  textOf,
  type FakeServer,
  type FakeServerOptions,
  type Protocol,
} from './llm-server.js';

export type { Failure, FailureScript, FakeServer, RecordedRequest, Reply } from './llm-server.js';

export interface AnthropicMessagesBody {
  model: string;
  max_tokens: number;
  system?: unknown;
  messages: { role: 'user' | 'assistant'; content: unknown }[];
  [param: string]: unknown;
}

export type FakeAnthropicOptions = FakeServerOptions<AnthropicMessagesBody>;

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  429: 'rate_limit_error',
  529: 'overloaded_error',
};

const anthropicProtocol: Protocol<AnthropicMessagesBody> = {
  matches: (path) => path.endsWith('/v1/messages'),
  validate(body) {
    if (!isRecord(body)) return 'request body must be a JSON object';
    if (typeof body.model !== 'string' || !body.model) return 'model: Field required';
    if (typeof body.max_tokens !== 'number') return 'max_tokens: Field required';
    for (const param of ['temperature', 'top_p', 'top_k']) {
      if (param in body) return `${param}: Extra inputs are not permitted`;
    }
    if (!Array.isArray(body.messages) || body.messages.length === 0)
      return 'messages: at least one message is required';
    for (const message of body.messages) {
      if (!isRecord(message) || (message.role !== 'user' && message.role !== 'assistant')) {
        return "messages: role must be 'user' or 'assistant'";
      }
    }
    return body as AnthropicMessagesBody;
  },
  lastUserText: (body) => textOf(body.messages.findLast((m) => m.role === 'user')?.content),
  promptChars: (body) =>
    textOf(body.system).length + body.messages.reduce((sum, m) => sum + textOf(m.content).length, 0),
  success: (body, text, usage) => ({
    id: `msg_fake_${Math.random().toString(36).slice(2, 10)}`,
    type: 'message',
    role: 'assistant',
    model: body.model,
    content: [{ type: 'text', text }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: usage.inputTokens, output_tokens: usage.outputTokens },
  }),
  error: (status, message) => ({
    type: 'error',
    error: { type: ERROR_TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error'), message },
  }),
};

export function startFakeAnthropic(options: FakeAnthropicOptions = {}): Promise<FakeServer> {
  return startFakeServer(anthropicProtocol, options);
}
