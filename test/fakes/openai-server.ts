/**
 * A fake OpenAI chat-completions server on 127.0.0.1 (random port) for tests and the bench.
 *
 *   const fake = await startFakeOpenAI({ reply: (body) => `hi ${body.model}`, latencyMs: 20 });
 *   // OpenAI SDK:     baseURL `${fake.url}/v1`
 *   // GitHub Models:  PROMPTGATE_GITHUB_MODELS_URL=`${fake.url}/inference`
 *   ...
 *   fake.requests[0].headers.authorization; // 'Bearer sk-test'
 *   fake.requests[0].body;                  // the parsed JSON request body
 *   fake.maxInFlight;                       // highest concurrency seen
 *   await fake.close();
 *
 * Answers `POST <any prefix>/chat/completions`, so `/v1/...` and GitHub Models' `/inference/...`
 * both work; other routes get 404. Bodies without `model` or `messages` get a 400 like the real API.
 *
 * Options (all optional):
 * - `reply(body, request)`: the assistant's answer as text, `{ text, usage? }` or `{ json, usage? }`
 *   (a JSON value sent as its JSON text). Default: echo the last user message.
 * - `latencyMs`: fixed delay before each answer.
 * - `failures`: scripted failures, a list consumed one per request in order, or a function
 *   `(request, index) => Failure | undefined`. A Failure is `{ status, headers?, message? }`
 *   (e.g. `{ status: 429, headers: { 'retry-after-ms': '50' } }`), `'hang'` (never answers),
 *   `'malformed'` (200 with a truncated JSON body) or `'reset'` (connection destroyed).
 * Usage defaults to about one token per 4 characters (prompt and reply).
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

export interface OpenAIChatBody {
  model: string;
  messages: { role: string; content: unknown }[];
  [param: string]: unknown;
}

export type FakeOpenAIOptions = FakeServerOptions<OpenAIChatBody>;

const openaiProtocol: Protocol<OpenAIChatBody> = {
  matches: (path) => path.endsWith('/chat/completions'),
  validate(body) {
    if (!isRecord(body)) return 'request body must be a JSON object';
    if (typeof body.model !== 'string' || !body.model) return "'model' is required";
    if (!Array.isArray(body.messages) || body.messages.length === 0)
      return "'messages' must be a non-empty array";
    if (!body.messages.every((m) => isRecord(m) && typeof m.role === 'string'))
      return 'every message needs a role';
    return body as OpenAIChatBody;
  },
  lastUserText: (body) => textOf(body.messages.findLast((m) => m.role === 'user')?.content),
  promptChars: (body) => body.messages.reduce((sum, m) => sum + textOf(m.content).length, 0),
  success: (body, text, usage) => ({
    id: `chatcmpl-fake-${Math.random().toString(36).slice(2, 10)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: text, refusal: null },
        finish_reason: 'stop',
        logprobs: null,
      },
    ],
    usage: {
      prompt_tokens: usage.inputTokens,
      completion_tokens: usage.outputTokens,
      total_tokens: usage.inputTokens + usage.outputTokens,
    },
  }),
  error: (status, message) => ({
    error: { message, type: status === 429 ? 'rate_limit_exceeded' : 'fake_error', param: null, code: null },
  }),
};

export function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeServer> {
  return startFakeServer(openaiProtocol, options);
}
