import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { createOpenAIProvider } from '../../src/providers/openai.js';
import { ProviderError, type ChatRequest } from '../../src/providers/types.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';

const KEY = 'sk-test-0123456789';
let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const request = (extra: Partial<ChatRequest> = {}): ChatRequest => ({
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Say hi' },
  ],
  ...extra,
});

async function failureOf(promise: Promise<unknown>): Promise<ProviderError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ProviderError)) throw new Error(`expected a ProviderError, got ${String(error)}`);
  return error;
}

describe('createOpenAIProvider', () => {
  it('sends the chat-completions request shape with a bearer key and reads text and usage', async () => {
    fake = await startFakeOpenAI({
      reply: () => ({ text: 'hi!', usage: { inputTokens: 12, outputTokens: 3 } }),
    });
    const provider = createOpenAIProvider(
      { name: 'openai', type: 'openai', baseUrl: `${fake.url}/v1` },
      { OPENAI_API_KEY: KEY },
    );

    const response = await provider.complete(
      request({
        temperature: 0.2,
        topP: 0.9,
        maxTokens: 50,
        responseFormat: { type: 'json_schema', name: 'answer', schema: { type: 'object' }, strict: true },
      }),
      new AbortController().signal,
    );

    expect(response).toEqual({ text: 'hi!', usage: { inputTokens: 12, outputTokens: 3 } });
    const [sent] = fake.requests;
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(sent?.body).toEqual({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Say hi' },
      ],
      temperature: 0.2,
      top_p: 0.9,
      max_tokens: 50,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'answer', schema: { type: 'object' }, strict: true },
      },
    });
  });

  it('sends json_object as response_format, omits text, and uses max_completion_tokens for reasoning models', async () => {
    fake = await startFakeOpenAI();
    const provider = createOpenAIProvider(
      { name: 'openai', type: 'openai', baseUrl: `${fake.url}/v1` },
      { OPENAI_API_KEY: KEY },
    );
    const signal = new AbortController().signal;

    await provider.complete(request({ responseFormat: { type: 'json_object' } }), signal);
    await provider.complete(request({ responseFormat: { type: 'text' } }), signal);
    await provider.complete(request({ model: 'o4-mini', maxTokens: 100 }), signal);

    expect(fake.requests[0]?.body).toMatchObject({ response_format: { type: 'json_object' } });
    expect(fake.requests[1]?.body).not.toHaveProperty('response_format');
    expect(fake.requests[2]?.body).toMatchObject({ max_completion_tokens: 100 });
    expect(fake.requests[2]?.body).not.toHaveProperty('max_tokens');
  });

  it('takes the base URL from OPENAI_BASE_URL, the key from api_key_env, and expands ${VAR} in headers', async () => {
    fake = await startFakeOpenAI({ reply: () => 'ok' });
    const provider = createOpenAIProvider(
      { name: 'local', type: 'openai', apiKeyEnv: 'LOCAL_KEY', headers: { 'x-team': 'team-${TEAM}' } },
      { OPENAI_BASE_URL: `${fake.url}/v1`, LOCAL_KEY: 'local-secret', TEAM: 'evals' },
    );

    await provider.complete(request(), new AbortController().signal);

    expect(fake.requests[0]?.headers.authorization).toBe('Bearer local-secret');
    expect(fake.requests[0]?.headers['x-team']).toBe('team-evals');
  });

  it('sends the headers the official SDK sent: JSON in and out, organization, project, configured headers last', async () => {
    fake = await startFakeOpenAI({ reply: () => 'ok' });
    const provider = createOpenAIProvider(
      {
        name: 'proxy',
        type: 'openai',
        baseUrl: `${fake.url}/v1`,
        // A gateway that wants its own scheme: a configured header replaces ours whatever its case.
        headers: { Authorization: 'Token ${PROXY_TOKEN}', 'X-Team': 'evals' },
      },
      {
        OPENAI_API_KEY: KEY,
        PROXY_TOKEN: 'proxy-secret',
        OPENAI_ORG_ID: 'org-1',
        OPENAI_PROJECT_ID: 'proj-1',
      },
    );

    await provider.complete(request(), new AbortController().signal);

    const headers = fake.requests[0]?.headers ?? {};
    expect(headers).toMatchObject({
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: 'Token proxy-secret',
      'openai-organization': 'org-1',
      'openai-project': 'proj-1',
      'x-team': 'evals',
      connection: 'keep-alive',
    });
    expect(headers['user-agent']).toMatch(/^promptgate\//);
    expect(Number(headers['content-length'])).toBe(JSON.stringify(fake.requests[0]?.body).length);
  });

  it('throws ConfigError naming the variable when the key is missing', () => {
    expect(() => createOpenAIProvider({ name: 'openai', type: 'openai' }, {})).toThrow(ConfigError);
    expect(() => createOpenAIProvider({ name: 'openai', type: 'openai' }, {})).toThrow(
      /OPENAI_API_KEY is not set/,
    );
  });

  it('classifies failures: 401 names the variable but never the key, 429 carries Retry-After, malformed bodies retry', async () => {
    fake = await startFakeOpenAI({
      failures: [
        { status: 401, message: `Incorrect API key provided: ${KEY}` },
        { status: 429, headers: { 'retry-after': '2' } },
        { status: 400, message: `bad request, key ${KEY}` },
        'malformed',
        { status: 503 },
      ],
    });
    const provider = createOpenAIProvider(
      { name: 'openai', type: 'openai', baseUrl: `${fake.url}/v1` },
      { OPENAI_API_KEY: KEY },
    );
    const attempt = () => provider.complete(request(), new AbortController().signal);

    const unauthorized = await failureOf(attempt());
    expect(unauthorized).toMatchObject({
      message: 'OPENAI_API_KEY was rejected (401)',
      retryable: false,
      status: 401,
    });

    const limited = await failureOf(attempt());
    expect(limited).toMatchObject({ retryable: true, retryAfterMs: 2000, status: 429 });

    const rejected = await failureOf(attempt());
    expect(rejected.retryable).toBe(false);
    expect(rejected.message).toContain('request rejected (400)');
    expect(rejected.message).not.toContain(KEY);

    const malformed = await failureOf(attempt());
    expect(malformed.retryable).toBe(true);
    expect(malformed.message).toMatch(/^malformed response/);

    expect(await failureOf(attempt())).toMatchObject({ retryable: true, status: 503 });
  });

  it('says what an error reply without the usual JSON said, and retries a reset connection', async () => {
    const server = createServer((req, res) => {
      if (req.url?.endsWith('/reset/chat/completions')) return void req.socket.destroy();
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end(`<html>Bad Gateway for ${KEY}</html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const providerAt = (path: string) =>
      createOpenAIProvider(
        { name: 'openai', type: 'openai', baseUrl: `http://127.0.0.1:${port}${path}` },
        { OPENAI_API_KEY: KEY },
      );
    try {
      const proxied = await failureOf(providerAt('/v1').complete(request(), new AbortController().signal));
      expect(proxied).toMatchObject({
        message: 'server error (502): <html>Bad Gateway for ***</html>',
        retryable: true,
        status: 502,
      });

      const reset = await failureOf(providerAt('/reset').complete(request(), new AbortController().signal));
      expect(reset.retryable).toBe(true);
      expect(reset.message).toMatch(/^connection failed: /);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses a header value Node cannot send as a final error naming the header, never a retry', async () => {
    fake = await startFakeOpenAI();
    const provider = createOpenAIProvider(
      { name: 'openai', type: 'openai', baseUrl: `${fake.url}/v1`, headers: { 'x-bad': 'a\nb' } },
      { OPENAI_API_KEY: KEY },
    );

    const refused = await failureOf(provider.complete(request(), new AbortController().signal));
    expect(refused.retryable).toBe(false);
    expect(refused.message).toContain('x-bad');
    expect(fake.requests).toHaveLength(0);
  });

  it('aborts the request when the signal fires', async () => {
    fake = await startFakeOpenAI({ failures: ['hang'] });
    const provider = createOpenAIProvider(
      { name: 'openai', type: 'openai', baseUrl: `${fake.url}/v1` },
      { OPENAI_API_KEY: KEY },
    );
    const controller = new AbortController();
    const pending = provider.complete(request(), controller.signal);
    setTimeout(() => controller.abort(), 30);

    expect(await failureOf(pending)).toMatchObject({ message: 'request aborted', retryable: false });
  });
});
